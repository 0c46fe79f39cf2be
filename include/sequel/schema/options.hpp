// SPDX-License-Identifier: BSL-1.0
// Column options: column<"name", T, sq::primary_key, sq::unique, sq::default_value<0>, ...>.
#pragma once
#include <cstddef>
#include <limits>
#include <string_view>
#include <type_traits>

#include "../detail/fixed_string.hpp"
#include "types.hpp"

namespace sequel {

struct primary_key {};
struct unique {};
struct index {};
struct on_delete_cascade {};

template <auto Member>
struct references;
template <class Column, class Table, Column Table::*Member>
struct references<Member> {
  using target = Column;
};

// A DDL literal: a string, an integer or a bool (floating-point template arguments need clang 18).
template <std::size_t N>
struct default_literal {
  enum kind_t { text, integer, boolean } kind{};
  char chars[N + 1]{};
  long long number = 0;

  constexpr default_literal(char const (&s)[N + 1]) : kind(text) {
    for (std::size_t i = 0; i != N + 1; ++i) chars[i] = s[i];
  }
  template <std::integral T>
  constexpr default_literal(T value) : kind(std::is_same_v<T, bool> ? boolean : integer),
                                       number(static_cast<long long>(value)) {}
  constexpr std::string_view text_view() const { return {chars, N}; }
};
template <std::size_t N>
default_literal(char const (&)[N]) -> default_literal<N - 1>;
template <std::integral T>
default_literal(T) -> default_literal<0>;

template <default_literal Value>
struct default_value {
  static constexpr auto value = Value;
};

// The SQL type of the column, as written, in every dialect.
template <fixed_string Type>
struct sql_type {
  static constexpr std::string_view text = Type.view();
};

namespace detail {
template <class T>
inline constexpr bool is_references = false;
template <auto M>
inline constexpr bool is_references<references<M>> = true;
template <class T>
inline constexpr bool is_default = false;
template <default_literal V>
inline constexpr bool is_default<default_value<V>> = true;
template <class T>
inline constexpr bool is_sql_type = false;
template <fixed_string S>
inline constexpr bool is_sql_type<sql_type<S>> = true;

template <class T>
inline constexpr bool is_column_option =
    std::is_same_v<T, primary_key> || std::is_same_v<T, unique> || std::is_same_v<T, index> ||
    std::is_same_v<T, on_delete_cascade> || is_references<T> || is_default<T> || is_sql_type<T>;

// The first option matching Pred, or void.
template <template <class> class Pred, class... Options>
struct find_option {
  using type = void;
};
template <template <class> class Pred, class First, class... Rest>
struct find_option<Pred, First, Rest...>
    : std::conditional_t<Pred<First>::value, std::type_identity<First>, find_option<Pred, Rest...>> {};

template <class T>
struct references_pred : std::bool_constant<is_references<T>> {};
template <class T>
struct default_pred : std::bool_constant<is_default<T>> {};
template <class T>
struct sql_type_pred : std::bool_constant<is_sql_type<T>> {};

// Whether an integer literal is within the range of integer type S (e.g. no -5 for an unsigned).
template <class S>
constexpr bool integer_fits(long long n) {
  if constexpr (std::is_unsigned_v<S>)
    return n >= 0 && static_cast<unsigned long long>(n) <= std::numeric_limits<S>::max();
  else
    return n >= std::numeric_limits<S>::min() && n <= std::numeric_limits<S>::max();
}

// Whether column C's default_value, if any, fits its type.
template <class C>
constexpr bool default_fits() {
  if constexpr (!C::has_default) {
    return true;
  } else {
    constexpr auto v = C::default_option::value;
    constexpr value_kind k = kind_v<typename C::value_type>;
    if constexpr (v.kind == v.text)
      return k == value_kind::text || k == value_kind::date || k == value_kind::timestamp;
    else if constexpr (v.kind == v.boolean)
      return k == value_kind::boolean;
    else if constexpr (k == value_kind::integer)
      return integer_fits<storage_type<strip_optional<typename C::value_type>>>(v.number);
    else
      return k == value_kind::real;
  }
}
}  // namespace detail

}  // namespace sequel
