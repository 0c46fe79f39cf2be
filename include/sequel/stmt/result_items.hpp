// SPDX-License-Identifier: BSL-1.0
// The columns of a statement's rows: its select list (or returning list), each with the value type
// the whole statement gives it. An outer join may leave a table's columns NULL, so they become
// optional; in a grouped select an aggregate of a NOT NULL argument is never NULL, so it is not.
#pragma once
#include <optional>
#include <string_view>
#include <type_traits>

#include "../clause/group_by.hpp"
#include "../detail/type_list.hpp"
#include "../expr/node.hpp"
#include "statement.hpp"

namespace sequel {

namespace detail {
template <class Item>
struct named_like {};
template <class Item>
  requires requires { Item::sql_name; }
struct named_like<Item> {
  static constexpr std::string_view sql_name = Item::sql_name;
};
}  // namespace detail

// Item, read as a Value.
template <class Item, class Value>
struct result_item : detail::named_like<Item> {
  using item = Item;
  using value_type = Value;
};

namespace detail {
template <class T>
struct item_of {
  using type = T;
};
template <class Item, class Value>
struct item_of<result_item<Item, Value>> {
  using type = Item;
};

template <class Item>
struct grouped_value {
  using type = value_of<Item>;
};
template <class Item>
  requires requires { typename Item::grouped_value_type; }
struct grouped_value<Item> {
  using type = typename Item::grouped_value_type;
};
template <class Item>
  requires requires { typename Item::expression; }
struct grouped_value<Item> : grouped_value<typename Item::expression> {};

template <class A, class B>
struct shares_any;
template <class... A, class B>
struct shares_any<type_list<A...>, B> : std::bool_constant<(contains<A, B> || ...)> {};

template <class Item, class Nullable, bool Grouped>
constexpr auto typed_item() {
  using value = value_of<Item>;
  if constexpr (shares_any<tables_of<Item>, Nullable>::value) {
    if constexpr (shares_any<bare_tables_of<Item>, Nullable>::value)
      return type_box<result_item<Item, std::optional<strip_optional<value>>>>{};
    else
      return type_box<Item>{};  // an aggregate over the outer side: as optional as it already is
  } else if constexpr (Grouped && !std::is_same_v<typename grouped_value<Item>::type, value>) {
    return type_box<result_item<Item, typename grouped_value<Item>::type>>{};
  } else {
    return type_box<Item>{};
  }
}
template <class T>
T unbox(type_box<T>);

template <class Items, class Nullable, bool Grouped>
struct typed_items;
template <class... Items, class Nullable, bool Grouped>
struct typed_items<type_list<Items...>, Nullable, Grouped> {
  using type = type_list<decltype(unbox(typed_item<Items, Nullable, Grouped>()))...>;
};
}  // namespace detail

namespace detail {
template <class S, bool Plain = nullable_tables_of<S>::size == 0 && !is_grouped_statement<S>>
struct result_items {  // no outer join, no grouping: the items as they are
  using type = typename S::result_items;
};
template <class S>
struct result_items<S, false>
    : typed_items<typename S::result_items, nullable_tables_of<S>, is_grouped_statement<S>> {};
}  // namespace detail

// The statement's row columns, typed as the statement reads them.
template <class S>
using result_items_of = typename detail::result_items<std::remove_cvref_t<S>>::type;

// The item a row column stands for (row[users.name] finds it).
template <class T>
using item_of = typename detail::item_of<T>::type;

}  // namespace sequel
