// SPDX-License-Identifier: BSL-1.0
// WHERE condition. UPDATE and DELETE must have one: .where(sq::all_rows) says "every row" out loud.
#pragma once
#include <utility>

#include "../expr/node.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

struct all_rows_t {};
inline constexpr all_rows_t all_rows{};

// No where() yet. Required says whether the statement is incomplete without one.
template <bool Required>
struct no_where : no_parameters {
  static constexpr bool missing_where = Required;
  template <class W>
  static constexpr void render(W&) {}
};

template <class Condition>
struct where_clause {
  Condition condition;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" WHERE ");
    Condition::render(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    condition.for_each_param(f);
  }
};

template <>
struct where_clause<all_rows_t> : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

// The WHERE clause of a condition; a condition built at run time also learns whether the statement
// needs one (clause/dynamic_where.hpp).
template <bool Required, class Condition>
constexpr where_clause<Condition> make_where_clause(Condition condition) {
  return {std::move(condition)};
}

template <bool Required, class S>
struct clause_methods<no_where<Required>, S> {
  template <class Condition>
  constexpr auto where(Condition condition) const {
    static_assert(std::is_same_v<Condition, all_rows_t> || expression<Condition>,
                  "where(): the condition must be a sequel expression such as users.age > 28");
    if constexpr (std::is_same_v<Condition, all_rows_t>) {
      return replace_clause<no_where<Required>>(self(), where_clause<all_rows_t>{});
    } else if constexpr (!expression<Condition>) {
      return self();  // reported above; the checks below would only repeat it
    } else {
      static_assert(is_boolean<Condition>,
                    "where(): the condition must be boolean; compare the column with a value");
      static_assert(detail::is_subset<tables_of<Condition>, scope_of<S>>,
                    "where(): the condition uses a column whose table is not in FROM; add the "
                    "table with from() first");
      return replace_clause_made<no_where<Required>>(
          self(), [&] { return make_where_clause<Required>(std::move(condition)); });
    }
  }

 private:
  constexpr S const& self() const { return static_cast<S const&>(*this); }
};

template <class S>
inline constexpr bool misses_where = has_clause<no_where<true>, S>;

}  // namespace sequel
