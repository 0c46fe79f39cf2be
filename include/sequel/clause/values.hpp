// SPDX-License-Identifier: BSL-1.0
// INSERT's ("a", "b") VALUES (?, ?): every NOT NULL column without a default must be given once.
#pragma once
#include <tuple>
#include <utility>

#include "../schema/table.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

struct no_values : no_parameters {
  static constexpr bool missing_values = true;
  template <class W>
  static constexpr void render(W&) {}
};

template <class... Assignments>
struct values_clause {
  std::tuple<Assignments...> assignments;

  template <class W>
  static constexpr void render(W& w) {
    if constexpr (sizeof...(Assignments) == 0) {
      w.put(W::dialect::default_values);  // every column takes its default
    } else {
      w.put(" (");
      w.template column_names<typename Assignments::column...>();
      w.put(") VALUES (");
      bool first = true;
      ((w.put(first ? "" : ", "), first = false, decltype(Assignments::value)::render(w)), ...);
      w.put(')');
    }
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... a) { (a.for_each_param(f), ...); }, assignments);
  }
};

namespace detail {
template <class Columns, class... Assigned>
struct required_columns_given;
template <class... Columns, class... Assigned>
struct required_columns_given<type_list<Columns...>, Assigned...>
    : std::bool_constant<((!is_required<Columns> || count_of<Columns, Assigned...> != 0) && ...)> {};
}  // namespace detail

template <class S>
struct clause_methods<no_values, S> {
  template <class... Assignments>
  constexpr auto values(Assignments... assignments) const {
    using table = typename S::target_table;
    static_assert((is_assignment<Assignments> && ...),
                  "values(): every argument must be an assignment such as users.name = \"Alice\"");
    static_assert((std::is_same_v<typename Assignments::column::table, table> && ...),
                  "values(): a column belongs to another table than the one inserted into");
    static_assert(detail::all_distinct<typename Assignments::column...>,
                  "values(): the same column is assigned twice");
    static_assert((std::is_same_v<typename Assignments::tables, detail::type_list<>> && ...),
                  "values(): a value reads a column; INSERT ... VALUES takes values, not columns");
    static_assert(detail::required_columns_given<columns_of<table>,
                                                 typename Assignments::column...>::value,
                  "values(): a NOT NULL column without a default is missing; assign every "
                  "required column");
    return replace_clause_made<no_values>(static_cast<S const&>(*this), [&] {
      return values_clause<Assignments...>{{std::move(assignments)...}};
    });
  }
};

template <class S>
inline constexpr bool misses_values = has_clause<no_values, S>;

}  // namespace sequel
