// SPDX-License-Identifier: BSL-1.0
// Sort keys: expr.asc(), expr.desc(); a bare expression in order_by() keeps the database's default.
#pragma once
#include "node.hpp"

namespace sequel {

enum order_direction : int { unspecified, ascending, descending };

template <class E, int Direction>
struct order_item {
  using tables = tables_of<E>;
  using key_type = E;
  E key;

  // A labelled key sorts by its name (expr.as<"n">() in the select list), so binds nothing here.
  static constexpr bool by_name = is_labeled<E>;

  template <class W>
  static constexpr void render(W& w) {
    if constexpr (by_name)
      E::render_name(w);
    else
      E::render(w);
    if constexpr (Direction == ascending) w.put(" ASC");
    if constexpr (Direction == descending) w.put(" DESC");
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    if constexpr (!by_name) key.for_each_param(f);
  }
};

template <class Derived>
constexpr auto expression_base<Derived>::asc() const {
  return order_item<Derived, ascending>{self()};
}
template <class Derived>
constexpr auto expression_base<Derived>::desc() const {
  return order_item<Derived, descending>{self()};
}

template <class T>
inline constexpr bool is_order_item = false;
template <class E, int D>
inline constexpr bool is_order_item<order_item<E, D>> = true;

// Any order_by() argument as a sort key.
template <class T>
constexpr auto as_order_item(T const& item) {
  if constexpr (is_order_item<T>)
    return item;
  else
    return order_item<T, unspecified>{item};
}

}  // namespace sequel
