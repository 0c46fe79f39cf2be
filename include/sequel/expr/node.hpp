// SPDX-License-Identifier: BSL-1.0
// What every expression node is: a type that knows its SQL value type, the tables it reads and how to
// render itself; an object that holds the values it binds, visited in the order they render.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../detail/fixed_string.hpp"
#include "../detail/type_list.hpp"
#include "../render/writer.hpp"
#include "../schema/types.hpp"

namespace sequel {

struct expression_tag {};

template <class T>
concept expression = std::is_base_of_v<expression_tag, std::remove_cvref_t<T>>;

template <class E>
using value_of = typename std::remove_cvref_t<E>::value_type;

template <class E>
using tables_of = typename std::remove_cvref_t<E>::tables;

// What GROUP BY checks: whether an expression contains an aggregate, and which tables it reads
// outside any aggregate. Aggregates and nodes with operands say so, by specializing this (computed
// only when a check asks) or with members of those names; any other node reads its tables outside
// aggregates.
namespace detail {
template <class E>
struct aggregate_traits {
  using bare_tables = tables_of<E>;
  static constexpr bool uses_aggregate = false;
};
template <class E>
  requires requires { typename E::bare_tables; }
struct aggregate_traits<E> {
  using bare_tables = typename E::bare_tables;
  static constexpr bool uses_aggregate = E::uses_aggregate;
};
}  // namespace detail

template <class E>
inline constexpr bool uses_aggregate = detail::aggregate_traits<std::remove_cvref_t<E>>::uses_aggregate;

template <class E>
using bare_tables_of = typename detail::aggregate_traits<std::remove_cvref_t<E>>::bare_tables;

// A select item that reads a column outside any aggregate.
template <class E>
inline constexpr bool reads_bare_column = bare_tables_of<E>::size != 0;

template <class E>
inline constexpr bool is_boolean = expression<E> && kind_v<value_of<E>> == value_kind::boolean;

template <class Derived, class Value, class Operand, class... Args>
struct like_expr;
template <class Derived, class... Values>
struct in_expr;
template <class Derived, class Low, class High>
struct between_expr;
template <class Derived, bool Negated>
struct null_test;
template <class Derived, int Direction>
struct order_item;
template <class Derived, fixed_string Name>
struct labeled;
template <class T>
inline constexpr bool is_labeled = false;
template <class E, fixed_string N>
inline constexpr bool is_labeled<labeled<E, N>> = true;

// The methods every expression offers; each is defined in the file of its node (expr/compare.hpp,
// expr/order.hpp, expr/label.hpp), so a reader finds a form's checks and rendering together.
template <class Derived>
struct expression_base : expression_tag {
  template <class Pattern>
  constexpr auto like(Pattern const& pattern) const;
  template <class... Values>
  constexpr auto in(Values const&... values) const;
  template <class Low, class High>
  constexpr auto between(Low const& low, High const& high) const;
  constexpr auto is_null() const;
  constexpr auto is_not_null() const;
  constexpr auto asc() const;
  constexpr auto desc() const;
  // expr.as<"total">(): the result column's name, for as<T>() and order_by().
  template <fixed_string Name>
  constexpr labeled<Derived, Name> as() const;

  constexpr Derived const& self() const { return static_cast<Derived const&>(*this); }
};

struct null_t {};

namespace detail {

// How a C++ value is held until it is bound: string literals by view, strings by copy.
template <class T>
struct held {
  using type = T;
};
template <>
struct held<char const*> {
  using type = std::string_view;
};
template <>
struct held<char*> {
  using type = std::string_view;
};
template <>
struct held<std::nullopt_t> {
  using type = null_t;
};
template <class T>
struct held<std::optional<T>> {
  using type = std::optional<typename held<T>::type>;
};

// The SQL-facing type of a held value: a string_view is text like a std::string.
template <class T>
struct semantic {
  using type = T;
};
template <>
struct semantic<std::string_view> {
  using type = std::string;
};
template <class T>
struct semantic<std::optional<T>> {
  using type = std::optional<typename semantic<T>::type>;
};
// NULL (std::nullopt assigned to a nullable column) is a value that is always absent.
template <>
struct semantic<null_t> {
  using type = std::optional<null_t>;
};

}  // namespace detail

template <class T>
using held_type = typename detail::held<std::decay_t<T>>::type;

// A value bound as a parameter: always a placeholder in the SQL text, never the value itself.
template <class T>
struct param : expression_base<param<T>> {
  using value_type = typename detail::semantic<T>::type;
  using tables = detail::type_list<>;

  T value;

  template <class W>
  static constexpr void render(W& w) {
    w.parameter();
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    f(value);
  }
};

// What an operator or check returns once one of its static_asserts has failed: a well-formed
// expression of the type the operator would have had, so that the one message is not followed by a
// cascade of errors from the rest of the statement.
template <class Value>
struct invalid_expr : expression_base<invalid_expr<Value>> {
  using value_type = Value;
  using tables = detail::type_list<>;
  template <class W>
  static constexpr void render(W&) {}
  template <class F>
  constexpr void for_each_param(F&) const {}
};

// An operand as a node: expressions stay as they are, C++ values become parameters.
template <class T>
constexpr auto as_operand(T const& value) {
  if constexpr (expression<T>)
    return value;
  else
    return param<held_type<T>>{{}, held_type<T>(value)};
}

template <class T>
using operand_t = decltype(as_operand(std::declval<T const&>()));

template <class T>
inline constexpr bool is_null_literal = std::is_same_v<std::decay_t<T>, std::nullopt_t>;

template <class T>
inline constexpr bool is_value_or_expression = expression<T> || requires {
  typename detail::semantic<held_type<T>>::type;
  requires column_value<strip_optional<typename detail::semantic<held_type<T>>::type>>;
};

// A SQL value type is nullable when any operand may be NULL.
template <class Value, class... Operands>
using nullable_if_any = std::conditional_t<(is_nullable<value_of<Operands>> || ...),
                                           std::optional<strip_optional<Value>>, Value>;

}  // namespace sequel
