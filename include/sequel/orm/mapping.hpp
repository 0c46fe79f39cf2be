// SPDX-License-Identifier: BSL-1.0
// Which table a struct maps to, and the compile-time checks of that mapping:
//
//   struct User { std::int64_t id = 0; std::string name; std::optional<int> age; };
//   BOOST_HANA_ADAPT_STRUCT(User, id, name, age);
//   template <> inline constexpr auto sq::table_for<User> = users;
//
// Each field names a column of the table (by its SQL name) and has a type that fits it both ways: the
// same kind of value, and std::optional exactly when the column is nullable. Every NOT NULL column
// without a default has a field (else the struct could not be inserted), and the session needs the
// primary key's fields. The checks run in each session function (SEQUEL_ORM_CHECK_MODEL below).
#pragma once
#include <boost/hana/accessors.hpp>
#include <boost/hana/adapt_struct.hpp>
#include <boost/hana/at.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/second.hpp>
#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "../run/mapping.hpp"
#include "../schema/table.hpp"

namespace sequel {

// The type of table_for<T> while T has no table.
template <class T>
struct no_table_for {};

// Specialize for each mapped struct: template <> inline constexpr auto sq::table_for<User> = users;
template <class T>
inline constexpr no_table_for<T> table_for{};

namespace orm {

// How diagnostics name what is wrong: field_named<boost::hana::string<'a', 'g', 'e'>> is the field
// "age"; column_without_field<column_t<users_t, "name", ...>> the column "name".
template <class Name>
struct field_named {};
template <class Column>
struct column_without_field {};
template <class Table>
struct key_without_field {};
struct no_problem {};
template <class Problem>
inline constexpr bool fine = std::is_same_v<Problem, no_problem>;

template <class T>
inline constexpr bool has_table =
    !std::is_same_v<std::remove_cv_t<decltype(table_for<T>)>, no_table_for<T>>;

template <class T>
using table_of = std::remove_cvref_t<decltype(table_for<T>)>;

// Whether a field of type Field and a column holding Value fit both ways: the field can be bound into
// the column (INSERT, UPDATE) and read back from it.
template <class Field, class Value>
constexpr bool field_fits() {
  if constexpr (!column_value<strip_optional<Field>>)
    return false;
  else
    return is_nullable<Field> == is_nullable<Value> && field_holds<Field, Value> &&
           assignable<strip_optional<Value>, strip_optional<Field>>;
}

namespace detail {
using sequel::detail::type_list;

template <std::size_t I, class List>
struct nth_impl;
template <std::size_t I, class... T>
struct nth_impl<I, type_list<T...>> {
  using type = std::remove_cv_t<std::tuple_element_t<I, std::tuple<T...>>>;
};
template <std::size_t I, class List>
using nth = typename nth_impl<I, List>::type;

template <class... C>
constexpr std::array<std::string_view, sizeof...(C)> column_names(type_list<C...>) {
  return {C::sql_name...};
}
template <class... C>
constexpr std::array<bool, sizeof...(C)> column_flags(type_list<C...>, int which) {
  return {(which == 0 ? is_required<C> : C::template has<primary_key>)...};
}

// The Hana key of field F (a boost::hana::string), for diagnostics.
template <class T, std::size_t F>
struct field_key {
  using type = field_named<std::remove_cvref_t<decltype(boost::hana::first(
      boost::hana::at_c<F>(boost::hana::accessors<T>())))>>;
};

// Whether each field fits its column (true for a field without one: reported apart).
template <class Field, class Columns, std::size_t C>
constexpr bool fits_column() {
  if constexpr (C == Columns::size)
    return true;
  else
    return field_fits<Field, typename nth<C, Columns>::value_type>();
}
template <class Fields, class Columns, auto ColumnOf, std::size_t... F>
constexpr std::array<bool, sizeof...(F)> fields_fit(std::index_sequence<F...>) {
  return {fits_column<nth<F, Fields>, Columns, ColumnOf[F]>()...};
}

template <bool Problem, class Lazy>
using problem_if = typename std::conditional_t<Problem, Lazy, std::type_identity<no_problem>>::type;

// What the checks know about a mapped struct; all fine while T is not adapted or has no table (the
// checks for those report instead).
template <class T, bool = hana_adapted<T> && has_table<T>>
struct model_info {
  using unnamed_field = no_problem;
  using misfit_field = no_problem;
  using unfilled_column = no_problem;
  using missing_key = no_problem;
  static constexpr bool usable = false;
};

template <class T>
struct model_info<T, true> {
  using table = table_of<T>;
  using columns = columns_of<table>;
  using fields = sequel::detail::field_types<T>;
  static constexpr auto names = sequel::detail::field_names<T>();
  static constexpr std::size_t field_count = names.size();
  static constexpr std::size_t column_count = columns::size;
  static constexpr std::size_t npos = column_count;

  // The column of each field, npos when it has none.
  static constexpr std::array<std::size_t, field_count> column_of = [] {
    constexpr auto column_name = column_names(columns{});
    std::array<std::size_t, field_count> out{};
    for (std::size_t f = 0; f != field_count; ++f) {
      out[f] = npos;
      for (std::size_t c = 0; c != column_count; ++c)
        if (column_name[c] == names[f]) out[f] = c;
    }
    return out;
  }();
  // The field of each column, field_count when it has none.
  static constexpr std::array<std::size_t, column_count> field_of = [] {
    std::array<std::size_t, column_count> out{};
    for (auto& f : out) f = field_count;
    for (std::size_t f = 0; f != field_count; ++f)
      if (column_of[f] != npos) out[column_of[f]] = f;
    return out;
  }();

  static constexpr auto fits = fields_fit<fields, columns, column_of>(std::make_index_sequence<field_count>{});

  static constexpr std::size_t first_unnamed = [] {
    std::size_t f = 0;
    while (f != field_count && column_of[f] != npos) ++f;
    return f;
  }();
  static constexpr std::size_t first_misfit = [] {
    std::size_t f = 0;
    while (f != field_count && fits[f]) ++f;
    return f;
  }();
  static constexpr std::size_t first_unfilled = [] {
    constexpr auto required = column_flags(columns{}, 0);
    std::size_t c = 0;
    while (c != column_count && !(required[c] && field_of[c] == field_count)) ++c;
    return c;
  }();

  // The primary key's columns, in declaration order, and their fields.
  static constexpr std::size_t key_count = primary_key_count<table>;
  static constexpr std::array<std::size_t, key_count> key_columns = [] {
    constexpr auto is_key = column_flags(columns{}, 1);
    std::array<std::size_t, key_count> out{};
    std::size_t k = 0;
    for (std::size_t c = 0; c != column_count; ++c)
      if (is_key[c]) out[k++] = c;
    return out;
  }();
  static constexpr bool key_mapped = [] {
    for (std::size_t c : key_columns)
      if (field_of[c] == field_count) return false;
    return key_count != 0;
  }();

  using unnamed_field = problem_if<first_unnamed != field_count, field_key<T, first_unnamed>>;
  using misfit_field = problem_if<first_unnamed == field_count && first_misfit != field_count,
                                  field_key<T, first_misfit>>;
  using unfilled_column =
      problem_if<first_unfilled != column_count,
                 std::type_identity<column_without_field<nth<(first_unfilled < column_count ? first_unfilled : 0), columns>>>>;
  using missing_key = problem_if<!key_mapped, std::type_identity<key_without_field<table>>>;
  static constexpr bool usable = fine<unnamed_field> && fine<misfit_field> &&
                                 fine<unfilled_column> && fine<missing_key>;
};
}  // namespace detail

// T can be used with the session: adapted, mapped to a table that fits it, with its primary key.
template <class T>
inline constexpr bool session_ready = detail::model_info<T>::usable;

}  // namespace orm
}  // namespace sequel

// SEQUEL_ORM_CHECK_MODEL(T, WHAT): the checks of a model type T in each session function.
#include "check_model.hpp"  // IWYU pragma: export
