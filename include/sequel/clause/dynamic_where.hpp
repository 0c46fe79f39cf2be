// SPDX-License-Identifier: BSL-1.0
// A condition assembled at run time from typed conditions: sq::dynamic_where(users, posts) joins
// what add() is given with AND, sq::dynamic_any(users) with OR. The tables are declared up front, so
// add() checks each condition against them and where() checks them against FROM, at compile time.
#pragma once
#include "../expr/erased.hpp"
#include "../run/error.hpp"
#include "../schema/table.hpp"
#include "where.hpp"

namespace sequel {

// Level: and_level or or_level. Empty, an AND list is true and an OR list false.
template <int Level, class... Tables>
class dynamic_condition : public expression_base<dynamic_condition<Level, Tables...>> {
 public:
  using value_type = bool;
  using tables = detail::type_list<Tables...>;
  static constexpr int precedence = Level;

  template <class Condition>
  dynamic_condition& add(Condition const& condition) {
    static_assert(is_boolean<Condition>,
                  "dynamic_where::add(): the condition must be a boolean sequel expression such as "
                  "users.age > 28");
    if constexpr (is_boolean<Condition>) {
      static_assert(detail::is_subset<tables_of<Condition>, tables>,
                    "dynamic_where::add(): the condition uses a column of a table not declared in "
                    "sq::dynamic_where(tables...); declare the table there");
      if constexpr (detail::is_subset<tables_of<Condition>, tables>) conditions_.add(condition);
    }
    return *this;
  }
  bool empty() const noexcept { return conditions_.empty(); }
  std::size_t size() const noexcept { return conditions_.size(); }

  template <class W>
  static constexpr void render(W& w) {
    w.dynamic_part();  // "no member dynamic_part": sql_of<> was given a statement with run-time
                       // parts; use sq::to_sql<Dialect>(statement)
  }
  template <class W>
  void render_dynamic(W& w) const {
    if (conditions_.empty())
      w.put(Level == and_level ? "1 = 1" : "1 = 0");
    else
      conditions_.render(w, Level == and_level ? " AND " : " OR ");
  }
  template <class F>
  void for_each_param(F& f) const {
    if constexpr (renders_dynamic<F, dynamic_condition>)
      f.dynamic(*this);
    else
      conditions_.for_each_param(f);
  }

 private:
  erased_list<Level> conditions_;
};

// As the whole WHERE clause, an empty AND list renders no WHERE at all, except in an UPDATE or
// DELETE: there "every row" must be said with sq::all_rows, so an empty list is an error.
template <int Level, class... Tables>
struct where_clause<dynamic_condition<Level, Tables...>> {
  dynamic_condition<Level, Tables...> condition;
  bool required = false;

  template <class W>
  static constexpr void render(W& w) {
    w.dynamic_part();
  }
  template <class W>
  void render_dynamic(W& w) const {
    if (Level == and_level && condition.empty()) {
      if (required)
        throw error("update()/delete_from(): the sq::dynamic_where() condition is empty, which would "
                    "change every row; add a condition, or say .where(sq::all_rows)");
      return;
    }
    w.put(" WHERE ");
    condition.render_dynamic(w);
  }
  template <class F>
  void for_each_param(F& f) const {
    if constexpr (renders_dynamic<F, where_clause>)
      f.dynamic(*this);
    else
      condition.for_each_param(f);
  }
};

template <bool Required, int Level, class... Tables>
where_clause<dynamic_condition<Level, Tables...>> make_where_clause(
    dynamic_condition<Level, Tables...> condition) {
  return {std::move(condition), Required};
}

template <table_type... Tables>
auto dynamic_where(Tables const&...) {
  static_assert(sizeof...(Tables) != 0, "dynamic_where(): declare the tables the conditions use");
  return dynamic_condition<and_level, std::remove_cvref_t<Tables>...>{};
}

template <table_type... Tables>
auto dynamic_any(Tables const&...) {
  static_assert(sizeof...(Tables) != 0, "dynamic_any(): declare the tables the conditions use");
  return dynamic_condition<or_level, std::remove_cvref_t<Tables>...>{};
}

}  // namespace sequel
