// SPDX-License-Identifier: BSL-1.0
// Many rows in one call: insert_into(users).columns(users.name, users.age).rows(range), a range of
// std::tuple (any tuple-like type) or of Boost.Hana structs, whose elements fill the named columns by
// position. It runs as INSERT ... VALUES (?, ?), (?, ?), ... in batches that stay under the
// dialect's parameter limit; full batches share one prepared statement.
#pragma once
#include <boost/hana/accessors.hpp>
#include <boost/hana/at.hpp>
#include <boost/hana/concept/struct.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/size.hpp>
#include <algorithm>
#include <cstddef>
#include <ranges>
#include <span>
#include <tuple>
#include <type_traits>
#include <vector>

#include "../clause/insert_select.hpp"
#include "../clause/values.hpp"
#include "../render/dynamic.hpp"
#include "write.hpp"

namespace sequel {

// Parameters one statement may bind (each dialect's max_parameters).
constexpr std::size_t parameter_limit(dialect_id d) noexcept {
  switch (d) {
    case dialect_id::sqlite: return sqlite::max_parameters;
    case dialect_id::postgres: return postgres::max_parameters;
    case dialect_id::mysql: return mysql::max_parameters;
  }
  return 0;
}

namespace detail {
template <class T>
inline constexpr bool hana_struct = boost::hana::Struct<T>::value;

// The elements of a row: a tuple-like type's, or a Hana struct's members in declaration order.
template <class Row>
constexpr std::size_t row_size() {
  if constexpr (hana_struct<Row>)
    return decltype(boost::hana::size(boost::hana::accessors<Row>()))::value;
  else if constexpr (requires { std::tuple_size<Row>::value; })
    return std::tuple_size_v<Row>;
  else
    return 0;
}
template <std::size_t I, class Row>
constexpr auto const& row_element(Row const& row) {
  if constexpr (hana_struct<Row>)
    return boost::hana::second(boost::hana::at_c<I>(boost::hana::accessors<Row>()))(row);
  else {
    using std::get;
    return get<I>(row);
  }
}
template <class Row, std::size_t I>
using row_element_t = std::remove_cvref_t<decltype(row_element<I>(std::declval<Row const&>()))>;

// Whether a C++ value of type Field may fill Column, as users.col = value would check it.
template <class Column, class Field>
constexpr bool fills() {
  if constexpr (!is_value_or_expression<Field> || expression<Field>) {
    return false;
  } else {
    using value = typename semantic<held_type<Field>>::type;
    return assignable<typename Column::value_type, value> &&
           (Column::nullable || !is_nullable<value>);
  }
}
template <class Row, class... Columns, std::size_t... I>
constexpr bool row_fits(std::index_sequence<I...>) {
  return (fills<Columns, row_element_t<Row, I>>() && ...);
}
}  // namespace detail

// The rows to insert and the window [first, first + count) the current batch covers.
template <class Row, class... Columns>
struct rows_clause {
  std::span<Row const> rows;
  std::size_t first = 0;
  std::size_t count = 0;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" (");
    w.template column_names<Columns...>();
    w.put(") VALUES ");
    w.dynamic_part();  // "no member dynamic_part": sql_of<> was given a statement with run-time
                       // parts; use sq::to_sql<Dialect>(statement)
  }
  template <class W>
  void render_dynamic(W& w) const {
    for (std::size_t r = 0; r != count; ++r) {
      w.put(r == 0 ? "(" : ", (");
      for (std::size_t c = 0; c != sizeof...(Columns); ++c) {
        if (c != 0) w.put(", ");
        w.parameter();
      }
      w.put(')');
    }
  }
  template <class F>
  void for_each_param(F& f) const {
    if constexpr (renders_dynamic<F, rows_clause>) {
      f.dynamic(*this);
    } else {
      for (Row const& row : rows.subspan(first, count))
        [&]<std::size_t... I>(std::index_sequence<I...>) { (bind_element<I>(f, row), ...); }(
            std::index_sequence_for<Columns...>{});
    }
  }

 private:
  // The element itself, so that bound text stays valid; a string literal's pointer as a view.
  template <std::size_t I, class F>
  static void bind_element(F& f, Row const& row) {
    auto const& element = detail::row_element<I>(row);
    using element_t = std::remove_cvref_t<decltype(element)>;
    if constexpr (std::is_same_v<held_type<element_t>, element_t>)
      f(element);
    else
      f(held_type<element_t>(element));
  }
};

template <class Row, class... Columns, class S>
struct clause_methods<rows_clause<Row, Columns...>, S> {
  // The statement once per batch, for a database with the given parameter limit.
  std::vector<S> batches(dialect_id d) const {
    static_assert(!returns_rows<S>, "rows(): returning() is not supported with rows()");
    auto const& all = static_cast<S const&>(*this);
    auto const& rows = static_cast<rows_clause<Row, Columns...> const&>(all).rows;
    std::size_t const per_batch = parameter_limit(d) / sizeof...(Columns);
    std::vector<S> out;
    out.reserve((rows.size() + per_batch - 1) / per_batch);
    for (std::size_t first = 0; first < rows.size(); first += per_batch) {
      S batch = all;
      auto& clause = static_cast<rows_clause<Row, Columns...>&>(batch);
      clause.first = first;
      clause.count = std::min(per_batch, rows.size() - first);
      out.push_back(batch);
    }
    return out;
  }
};

// insert_into(t).columns(c...).rows(range); columns() is in clause/insert_select.hpp.
template <class S, class... Columns>
template <class Range>
auto insert_columns<S, Columns...>::rows(Range const& range) const {
  static_assert(std::ranges::contiguous_range<Range const&>,
                "rows(): pass the rows in a contiguous range: std::vector, std::array, std::span");
  using row = std::remove_cv_t<std::remove_pointer_t<decltype(std::ranges::data(range))>>;
  constexpr bool sized = detail::row_size<row>() == sizeof...(Columns);
  static_assert(sized,
                "rows(): each row must be a std::tuple or a Boost.Hana struct with one element "
                "per column named in columns()");
  if constexpr (sized) {
    static_assert(detail::row_fits<row, Columns...>(std::index_sequence_for<Columns...>{}),
                  "rows(): a row element's type does not fit its column (a number for a text "
                  "column, or a std::optional for a NOT NULL column)");
  }
  using table = typename S::target_table;
  std::span<row const> all(std::ranges::data(range), std::ranges::size(range));
  return make_statement(write_head<table, "INSERT INTO ">{}, rows_clause<row, Columns...>{all, 0, all.size()},
                        no_returning<table, true>{});
}

}  // namespace sequel
