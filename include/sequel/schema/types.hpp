// SPDX-License-Identifier: BSL-1.0
// The C++ types a column may hold, what kind of SQL value each is, and how a user type maps to one.
#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sequel {

using blob = std::vector<std::byte>;
using timestamp_us = std::chrono::sys_time<std::chrono::microseconds>;

// What a value is in SQL: decides which values compare and which operators apply.
enum class value_kind { boolean, integer, real, text, blob, date, timestamp };

// Specialize for a user type: `using storage_type = <a built-in type>;`
// `static storage_type to_storage(T const&);` `static T from_storage(storage_type);`
template <class T>
struct type_traits;

namespace detail {

template <class T>
constexpr bool is_builtin_value =
    std::is_same_v<T, bool> || std::is_integral_v<T> || std::is_floating_point_v<T> ||
    std::is_same_v<T, std::string> || std::is_same_v<T, blob> ||
    std::is_same_v<T, std::chrono::sys_days> || std::is_same_v<T, std::chrono::sys_seconds> ||
    std::is_same_v<T, timestamp_us>;

template <class T>
struct optional_traits {
  using value = T;
  static constexpr bool nullable = false;
};
template <class T>
struct optional_traits<std::optional<T>> {
  using value = T;
  static constexpr bool nullable = true;
};

}  // namespace detail

template <class T>
using strip_optional = typename detail::optional_traits<T>::value;

template <class T>
inline constexpr bool is_nullable = detail::optional_traits<T>::nullable;

// A type a column can hold: a built-in value or a type with a type_traits specialization.
template <class T>
concept column_value = detail::is_builtin_value<T> || requires {
  typename type_traits<T>::storage_type;
  requires detail::is_builtin_value<typename type_traits<T>::storage_type>;
};

template <class T>
struct storage_of {
  using type = T;
};
template <class T>
  requires(!detail::is_builtin_value<T>) && column_value<T>
struct storage_of<T> {
  using type = typename type_traits<T>::storage_type;
};

// The built-in type a value is stored as (user types go through type_traits).
template <class T>
using storage_type = typename storage_of<T>::type;

template <class T>
constexpr value_kind kind_of() {
  using S = storage_type<strip_optional<T>>;
  if constexpr (std::is_same_v<S, bool>) return value_kind::boolean;
  else if constexpr (std::is_integral_v<S>) return value_kind::integer;
  else if constexpr (std::is_floating_point_v<S>) return value_kind::real;
  else if constexpr (std::is_same_v<S, std::string>) return value_kind::text;
  else if constexpr (std::is_same_v<S, blob>) return value_kind::blob;
  else if constexpr (std::is_same_v<S, std::chrono::sys_days>) return value_kind::date;
  else return value_kind::timestamp;
}

template <class T>
inline constexpr value_kind kind_v = kind_of<T>();

template <class T>
inline constexpr bool is_numeric =
    kind_v<T> == value_kind::integer || kind_v<T> == value_kind::real;

// Values of these kinds may be compared with each other.
template <class A, class B>
inline constexpr bool comparable = kind_v<A> == kind_v<B> || (is_numeric<A> && is_numeric<B>);

}  // namespace sequel
