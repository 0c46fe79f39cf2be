// SPDX-License-Identifier: BSL-1.0
// expr.as<"total">(): a result column with a name. The select list renders `expr AS "total"`, ORDER BY
// sorts by the name; anywhere else the label is its expression. as<T>() maps a field of that name.
#pragma once
#include <string_view>

#include "aggregate.hpp"
#include "node.hpp"

namespace sequel {

template <class E, fixed_string Name>
struct labeled : expression_base<labeled<E, Name>> {
  using value_type = value_of<E>;
  using tables = tables_of<E>;
  using expression = E;
  using bare_tables = bare_tables_of<E>;
  static constexpr bool uses_aggregate = sequel::uses_aggregate<E>;
  static constexpr std::string_view sql_name = Name.view();

  E expr;

  template <class W>
  static constexpr void render(W& w) {
    E::render(w);
  }
  template <class W>
  static constexpr void render_name(W& w) {
    w.identifier(sql_name);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    expr.for_each_param(f);
  }
};

template <class Derived>
template <fixed_string Name>
constexpr labeled<Derived, Name> expression_base<Derived>::as() const {
  static_assert(!Name.view().empty(), "as<\"name\">(): the name must not be empty");
  return {{}, self()};
}

// How the select list writes an item: a label names its expression.
template <class Item, class W>
constexpr void render_select_item(W& w) {
  Item::render(w);
  if constexpr (is_labeled<Item>) {
    w.put(" AS ");
    Item::render_name(w);
  }
}

}  // namespace sequel
