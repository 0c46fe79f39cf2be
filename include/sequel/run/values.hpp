// SPDX-License-Identifier: BSL-1.0
// Moving C++ values into parameters and out of result columns, through a connector's cursor.
// The functions each value goes through are declared inline: g++ gives a template not declared so
// the small inlining budget of an ordinary function, and these run once per value.
#pragma once
#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "../expr/node.hpp"
#include "../schema/types.hpp"
#include "backend.hpp"
#include "error.hpp"

namespace sequel {

template <class Cursor, class T>
inline void bind_value(Cursor& c, int index, T const& value) {
  if constexpr (std::is_same_v<T, null_t>) {
    c.bind_null(index);
  } else if constexpr (is_nullable<T>) {
    if (value)
      bind_value(c, index, *value);
    else
      c.bind_null(index);
  } else if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, std::string>) {
    c.bind(index, std::string_view(value));
  } else if constexpr (!detail::is_builtin_value<T>) {
    bind_value(c, index, type_traits<T>::to_storage(value));
  } else if constexpr (std::is_same_v<T, bool>) {
    c.bind(index, value);
  } else if constexpr (std::is_integral_v<T>) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) == 8) {
      if (value > static_cast<T>(std::numeric_limits<std::int64_t>::max()))
        throw error("bind: an unsigned 64-bit value above INT64_MAX cannot be stored");
    }
    c.bind(index, static_cast<std::int64_t>(value));
  } else if constexpr (std::is_floating_point_v<T>) {
    c.bind(index, static_cast<double>(value));
  } else if constexpr (std::is_same_v<T, blob>) {
    c.bind(index, std::span<std::byte const>(value.data(), value.size()));
  } else if constexpr (std::is_same_v<T, std::chrono::sys_days>) {
    c.bind(index, value);
  } else {
    c.bind(index, std::chrono::time_point_cast<std::chrono::microseconds>(value));
  }
}

// The parameter type a held value binds as.
template <class T>
constexpr param_type param_type_of() {
  if constexpr (std::is_same_v<T, null_t>) return param_type::null;
  else if constexpr (std::is_same_v<T, std::string_view>) return param_type::text;
  else if constexpr (is_nullable<T>) return param_type_of<strip_optional<T>>();
  else {
    switch (kind_v<T>) {
      case value_kind::boolean: return param_type::boolean;
      case value_kind::integer: return param_type::integer;
      case value_kind::real: return param_type::real;
      case value_kind::text: return param_type::text;
      case value_kind::blob: return param_type::blob;
      case value_kind::date: return param_type::date;
      case value_kind::timestamp: return param_type::timestamp;
    }
    return param_type::null;
  }
}

// The parameter types of a statement object, in the order its SQL text names them.
template <class Statement>
std::vector<param_type> param_types_of(Statement const& s) {
  std::vector<param_type> types;
  auto record = [&types](auto const& value) {
    types.push_back(param_type_of<std::remove_cvref_t<decltype(value)>>());
  };
  s.for_each_param(record);
  return types;
}

// Binds every parameter of a statement object, numbered in the order its SQL text names them.
template <class Cursor, class Statement>
inline void bind_all(Cursor& c, Statement const& s) {
  int index = 0;
  auto bind_next = [&c, &index](auto const& value) { bind_value(c, ++index, value); };
  s.for_each_param(bind_next);
}

namespace detail {
// The errors of a read, out of line: the reads they guard stay small enough to inline.
[[noreturn, gnu::cold, gnu::noinline]] inline void integer_does_not_fit(std::int64_t value, int column) {
  throw result_error("column " + std::to_string(column) + ": the value " + std::to_string(value) +
                     " does not fit the C++ integer type");
}
[[noreturn, gnu::cold, gnu::noinline]] inline void null_into_non_optional(int column) {
  throw result_error("column " + std::to_string(column) +
                     ": NULL read into a type that cannot hold it; use std::optional");
}

template <class T>
inline T checked_integer(std::int64_t value, int column) {
  if constexpr (std::is_same_v<T, std::int64_t>) {
    return value;
  } else {
    if (!std::in_range<T>(value)) integer_does_not_fit(value, column);
    return static_cast<T>(value);
  }
}
}  // namespace detail

namespace detail {
// Reads a column known not to be NULL as T.
template <class T, class Cursor>
inline T read_present(Cursor& c, int column) {
  if constexpr (!is_builtin_value<T>) {
    return type_traits<T>::from_storage(read_present<storage_type<T>>(c, column));
  } else if constexpr (std::is_same_v<T, bool>) {
    return c.read_bool(column);
  } else if constexpr (std::is_integral_v<T>) {
    return checked_integer<T>(c.read_int64(column), column);
  } else if constexpr (std::is_floating_point_v<T>) {
    return static_cast<T>(c.read_double(column));
  } else if constexpr (std::is_same_v<T, std::string>) {
    return std::string(c.read_text(column));
  } else if constexpr (std::is_same_v<T, blob>) {
    auto bytes = c.read_blob(column);
    return blob(bytes.begin(), bytes.end());
  } else if constexpr (std::is_same_v<T, std::chrono::sys_days>) {
    return c.read_date(column);
  } else {
    return std::chrono::time_point_cast<typename T::duration>(c.read_timestamp(column));
  }
}
}  // namespace detail

namespace detail {
template <class Cursor>
inline void check_not_null(Cursor& c, int column) {
  if (c.is_null(column)) null_into_non_optional(column);
}
}  // namespace detail

// Reads column `column` (from 0) as T; NULL only into a std::optional. One is_null() per value.
template <class T, class Cursor>
inline T read_value(Cursor& c, int column) {
  if constexpr (is_nullable<T>) {
    if (c.is_null(column)) return std::nullopt;
    return detail::read_present<strip_optional<T>>(c, column);
  } else {
    detail::check_not_null(c, column);
    return detail::read_present<T>(c, column);
  }
}

// Reads column `column` as T into target, as target = read_value<T>(c, column) does; a
// std::string keeps its buffer.
template <class T, class Target, class Cursor>
inline void read_into(Target& target, Cursor& c, int column) {
  if constexpr (std::is_same_v<T, std::string> && std::is_same_v<Target, std::string>) {
    detail::check_not_null(c, column);
    target.assign(c.read_text(column));
  } else {
    target = read_value<T>(c, column);
  }
}

}  // namespace sequel
