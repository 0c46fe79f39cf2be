// SPDX-License-Identifier: BSL-1.0
// select(columns...).from(tables...).where(...).order_by(...).limit(n).offset(m)
#pragma once
#include <tuple>

#include "../clause/from.hpp"
#include "../clause/limit.hpp"
#include "../clause/order_by.hpp"
#include "../clause/where.hpp"
#include "../detail/value_pack.hpp"
#include "../expr/aggregate.hpp"
#include "../schema/table.hpp"
#include "statement.hpp"

namespace sequel {

// sq::all_of(users): every column of the table, in declaration order.
template <class Table>
struct all_columns {};

template <table_type T>
constexpr all_columns<std::remove_cvref_t<T>> all_of(T const&) {
  return {};
}

template <class... Items>
struct select_list {
  using result_items = detail::type_list<Items...>;
  using selected_tables = detail::concat<tables_of<Items>...>;
  static constexpr bool returns_rows = true;

  detail::value_pack<Items...> columns;

  template <class W>
  static constexpr void render(W& w) {
    w.put("SELECT ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Items::render(w)), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    columns.for_each([&f](auto const& item) { item.for_each_param(f); });
  }
};

namespace detail {
template <class T>
constexpr auto expand_item(T const& item) {
  return std::tuple<T>{item};
}
template <class... Columns>
constexpr auto columns_tuple(type_list<Columns...>) {
  return std::tuple<std::remove_cv_t<Columns>...>{};
}
template <class Table>
constexpr auto expand_item(all_columns<Table>) {
  return columns_tuple(columns_of<Table>{});
}
template <class... Items>
constexpr auto make_select(Items const&... items) {
  return statement<select_list<Items...>, no_from, no_where<false>, no_order_by, no_limit>(
      select_list<Items...>{{{items}...}}, {}, {}, {}, {});
}
template <class T>
inline constexpr bool is_all_columns = false;
template <class T>
inline constexpr bool is_all_columns<all_columns<T>> = true;

template <class Item>
constexpr bool reads_bare_column() {
  if constexpr (is_all_columns<Item>)
    return true;
  else if constexpr (expression<Item>)
    return sequel::reads_bare_column<Item>;
  else
    return false;
}
}  // namespace detail

template <class... Items>
constexpr auto select(Items const&... items) {
  static_assert(sizeof...(Items) != 0,
                "select(): name at least one column or expression, or sq::all_of(table)");
  constexpr bool selectable = ((expression<Items> || detail::is_all_columns<Items>) && ...);
  static_assert(selectable,
                "select(): every argument must be a column, an expression or sq::all_of(table)");
  static_assert(!((is_aggregate<Items> || ...) && (detail::reads_bare_column<Items>() || ...)),
                "select(): a column next to an aggregate such as count() needs a GROUP BY; "
                "select only aggregates");
  if constexpr (selectable && !(detail::is_all_columns<Items> || ...))
    return detail::make_select(items...);
  else if constexpr (selectable)  // sq::all_of(table) expands into the table's columns
    return std::apply([](auto const&... columns) { return detail::make_select(columns...); },
                      std::tuple_cat(detail::expand_item(items)...));
  else
    return detail::make_select();  // reported above
}

}  // namespace sequel
