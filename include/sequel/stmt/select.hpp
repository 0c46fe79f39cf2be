// SPDX-License-Identifier: BSL-1.0
// select(columns...).distinct().from(sources...).join(...).where(...).group_by(...).having(...)
//   .order_by(...).limit(n).offset(m)
#pragma once
#include <tuple>

#include "../clause/correlate.hpp"
#include "../clause/from.hpp"
#include "../clause/group_by.hpp"
#include "../clause/having.hpp"
#include "../clause/join.hpp"
#include "../clause/limit.hpp"
#include "../clause/order_by.hpp"
#include "../clause/where.hpp"
#include "../detail/value_pack.hpp"
#include "../expr/aggregate.hpp"
#include "../expr/label.hpp"
#include "../schema/table.hpp"
#include "result_items.hpp"
#include "statement.hpp"

namespace sequel {

// sq::all_of(users): every column of the table, in declaration order.
template <class Table>
struct all_columns {};

template <table_type T>
constexpr all_columns<std::remove_cvref_t<T>> all_of(T const&) {
  return {};
}

template <bool Distinct, class... Items>
struct select_list {
  using result_items = detail::type_list<Items...>;
  using selected_tables = detail::concat<tables_of<Items>...>;
  static constexpr bool returns_rows = true;

  detail::value_pack<Items...> columns;

  template <class W>
  static constexpr void render(W& w) {
    w.put(Distinct ? "SELECT DISTINCT " : "SELECT ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, render_select_item<Items>(w)), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    columns.for_each([&f](auto const& item) { item.for_each_param(f); });
  }
};

// .distinct(): SELECT DISTINCT, rows without duplicates.
template <class S, class... Items>
struct clause_methods<select_list<false, Items...>, S> {
  constexpr auto distinct() const {
    using list = select_list<false, Items...>;
    auto const& self = static_cast<S const&>(*this);
    return replace_clause<list>(self,
                                select_list<true, Items...>{static_cast<list const&>(self).columns});
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
  return make_statement(select_list<false, Items...>{{{items}...}}, no_from{}, no_correlation{},
                        no_where<false>{}, no_group_by{}, no_order_by{}, no_limit{});
}
template <class T>
inline constexpr bool is_all_columns = false;
template <class T>
inline constexpr bool is_all_columns<all_columns<T>> = true;

template <class Items>
struct aggregates_mixed;
template <class... Items>
struct aggregates_mixed<type_list<Items...>>
    : std::bool_constant<(uses_aggregate<Items> || ...) && (reads_bare_column<Items> || ...)> {};

// Whether a select reads columns next to aggregates without grouping them.
template <class S>
constexpr bool ungrouped_aggregates() {
  if constexpr (requires { typename S::selected_tables; })
    return !is_grouped_statement<S> && aggregates_mixed<typename S::result_items>::value;
  else
    return false;
}
}  // namespace detail

template <class S>
inline constexpr bool mixes_aggregates = detail::ungrouped_aggregates<std::remove_cvref_t<S>>();

template <class... Items>
constexpr auto select(Items const&... items) {
  static_assert(sizeof...(Items) != 0,
                "select(): name at least one column or expression, or sq::all_of(table)");
  constexpr bool selectable = ((expression<Items> || detail::is_all_columns<Items>) && ...);
  static_assert(selectable,
                "select(): every argument must be a column, an expression or sq::all_of(table)");
  if constexpr (selectable && !(detail::is_all_columns<Items> || ...))
    return detail::make_select(items...);
  else if constexpr (selectable)  // sq::all_of(table) expands into the table's columns
    return std::apply([](auto const&... columns) { return detail::make_select(columns...); },
                      std::tuple_cat(detail::expand_item(items)...));
  else
    return detail::make_select();  // reported above
}

}  // namespace sequel
