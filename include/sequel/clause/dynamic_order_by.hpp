// SPDX-License-Identifier: BSL-1.0
// Sort keys chosen at run time: sq::dynamic_order_by(users).add(users.name.asc()), then
// .order_by(keys). Keys are checked against the declared tables, the tables against FROM.
// With no key added, the statement has no ORDER BY.
#pragma once
#include "../expr/erased.hpp"
#include "../schema/table.hpp"
#include "order_by.hpp"

namespace sequel {

template <class... Tables>
class dynamic_order {
 public:
  using tables = detail::type_list<Tables...>;

  template <class Key>
  dynamic_order& add(Key const& key) {
    constexpr bool is_key = expression<Key> || is_order_item<Key>;
    static_assert(is_key,
                  "dynamic_order_by::add(): the key must be an expression, expr.asc() or expr.desc()");
    if constexpr (is_key) {
      constexpr bool declared = detail::is_subset<typename Key::tables, tables>;
      static_assert(declared,
                    "dynamic_order_by::add(): the key uses a column of a table not declared in "
                    "sq::dynamic_order_by(tables...); declare the table there");
      if constexpr (declared) keys_.add(as_order_item(key));
    }
    return *this;
  }
  bool empty() const noexcept { return keys_.empty(); }
  std::size_t size() const noexcept { return keys_.size(); }

  template <class W>
  static constexpr void render(W&) {
    static_assert(sizeof(W) == 0,
                  "order_by(): a sq::dynamic_order_by must be its only argument; add the fixed "
                  "keys to it");
  }

  template <class W>
  void render_dynamic(W& w) const {
    if (keys_.empty()) return;
    w.put(" ORDER BY ");
    keys_.render(w, ", ");
  }
  template <class F>
  void for_each_param(F& f) const {
    keys_.for_each_param(f);
  }

 private:
  erased_list<0> keys_;  // level 0: sort keys are never parenthesized
};

template <class... Tables>
inline constexpr bool is_order_item<dynamic_order<Tables...>> = true;

template <class... Tables>
struct order_by_clause<dynamic_order<Tables...>> {
  dynamic_order<Tables...> keys;

  template <class W>
  static constexpr void render(W& w) {
    w.dynamic_part();  // "no member dynamic_part": sql_of<> was given a statement with run-time
                       // parts; use sq::to_sql<Dialect>(statement)
  }
  template <class W>
  void render_dynamic(W& w) const {
    keys.render_dynamic(w);
  }
  template <class F>
  void for_each_param(F& f) const {
    if constexpr (renders_dynamic<F, order_by_clause>)
      f.dynamic(*this);
    else
      keys.for_each_param(f);
  }
};

template <table_type... Tables>
auto dynamic_order_by(Tables const&...) {
  static_assert(sizeof...(Tables) != 0, "dynamic_order_by(): declare the tables the keys use");
  return dynamic_order<std::remove_cvref_t<Tables>...>{};
}

}  // namespace sequel
