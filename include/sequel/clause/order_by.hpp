// SPDX-License-Identifier: BSL-1.0
// ORDER BY key [ASC|DESC], ...
#pragma once
#include <tuple>

#include "../expr/order.hpp"
#include "position.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

struct no_order_by : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

template <class... Items>
struct order_by_clause {
  std::tuple<Items...> items;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" ORDER BY ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Items::render(w)), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... item) { (item.for_each_param(f), ...); }, items);
  }
};

namespace detail {
// A selected key that binds values sorts by its position (clause/position.hpp).
template <class S, class Key>
constexpr Key sort_key(Key const& key) {  // a dynamic_order_by() list
  return key;
}
template <class S, class E, int Direction>
constexpr auto sort_key(order_item<E, Direction> const& item) {
  if constexpr (requires { typename S::result_items; }) {
    auto key = by_position(item.key, typename S::result_items{});
    return order_item<decltype(key), Direction>{key};
  } else {
    return item;
  }
}
}  // namespace detail

// A key labelled with expr.as<"name">() is sorted by name, which only the select list defines.
template <class S, class Item>
inline constexpr bool selects_label = [] {
  if constexpr (requires { typename Item::key_type; }) {
    using key = typename Item::key_type;
    if constexpr (is_labeled<key> && requires { typename S::result_items; })
      return detail::contains<key, typename S::result_items>;
  }
  return true;
}();

template <class S>
struct clause_methods<no_order_by, S> {
  template <class... Items>
  constexpr auto order_by(Items const&... items) const {
    static_assert(sizeof...(Items) != 0, "order_by(): name at least one sort key");
    constexpr bool keys = ((expression<Items> || is_order_item<Items>) && ...);
    static_assert(keys, "order_by(): every key must be an expression, expr.asc() or expr.desc()");
    if constexpr (keys) {
      static_assert((detail::is_subset<typename Items::tables, scope_of<S>> && ...),
                    "order_by(): a sort key uses a column whose table is not in FROM; add the "
                    "table with from() first");
      static_assert((selects_label<S, decltype(as_order_item(items))> && ...),
                    "order_by(): a labelled key sorts by its name, so select it: pass the same "
                    "expr.as<\"name\">() to select()");
      return replace_clause<no_order_by>(
          static_cast<S const&>(*this),
          order_by_clause<decltype(detail::sort_key<S>(as_order_item(items)))...>{
              {detail::sort_key<S>(as_order_item(items))...}});
    } else {
      return static_cast<S const&>(*this);  // reported above
    }
  }
};

}  // namespace sequel
