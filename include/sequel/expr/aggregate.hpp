// SPDX-License-Identifier: BSL-1.0
// Aggregate functions: count(), count(x), count_distinct(x), sum, avg, min, max.
// Over no rows SUM, AVG, MIN and MAX are NULL, so their values are optional; in a grouped select
// every group has a row, and they are optional only when their argument may be NULL
// (grouped_value_type, applied by the select's result type).
#pragma once
#include <cstdint>
#include <optional>

#include "../detail/fixed_string.hpp"
#include "node.hpp"

namespace sequel {

struct count_all : expression_base<count_all> {
  using value_type = std::int64_t;
  using tables = detail::type_list<>;
  using bare_tables = detail::type_list<>;
  static constexpr bool uses_aggregate = true;

  template <class W>
  static constexpr void render(W& w) {
    w.put("COUNT(*)");
  }
  template <class F>
  constexpr void for_each_param(F&) const {}
};

// FUNCTION([DISTINCT ]arg) with the value type Value.
template <fixed_string Function, bool Distinct, class Arg, class Value>
struct aggregate_call : expression_base<aggregate_call<Function, Distinct, Arg, Value>> {
  using value_type = Value;
  using grouped_value_type =
      std::conditional_t<is_nullable<value_of<Arg>>, Value, strip_optional<Value>>;
  using tables = tables_of<Arg>;
  using bare_tables = detail::type_list<>;
  static constexpr bool uses_aggregate = true;

  Arg arg;

  template <class W>
  static constexpr void render(W& w) {
    w.put(Function.view());
    w.put(Distinct ? "(DISTINCT " : "(");
    Arg::render(w);
    w.put(')');
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    arg.for_each_param(f);
  }
};

namespace detail {
// The checks every aggregate makes of its argument; the function's own message comes first.
template <class E>
inline constexpr bool aggregate_argument = expression<E> && !uses_aggregate<E>;

template <fixed_string Function, bool Distinct, class Value, class E>
constexpr auto make_aggregate(E const& arg) {
  if constexpr (aggregate_argument<E>)
    return aggregate_call<Function, Distinct, E, Value>{{}, arg};
  else
    return invalid_expr<Value>{};  // reported by the caller
}

template <class E>
inline constexpr bool numeric_expression = [] {
  if constexpr (expression<E>)
    return is_numeric<strip_optional<value_of<E>>>;
  else
    return false;
}();

template <class E>
using sum_type = std::optional<std::conditional_t<kind_v<value_of<E>> == value_kind::integer,
                                                  std::int64_t, double>>;
}  // namespace detail

constexpr count_all count() { return {}; }

// COUNT(x): the rows where x is not NULL.
template <class E>
constexpr auto count(E const& arg) {
  static_assert(expression<E>, "count(): the argument must be a column or expression");
  static_assert(!uses_aggregate<E>, "count(): an aggregate cannot contain another aggregate");
  return detail::make_aggregate<"COUNT", false, std::int64_t>(arg);
}

template <class E>
constexpr auto count_distinct(E const& arg) {
  static_assert(expression<E>, "count_distinct(): the argument must be a column or expression");
  static_assert(!uses_aggregate<E>, "count_distinct(): an aggregate cannot contain another aggregate");
  return detail::make_aggregate<"COUNT", true, std::int64_t>(arg);
}

template <class E>
constexpr auto sum(E const& arg) {
  static_assert(expression<E>, "sum(): the argument must be a column or expression");
  static_assert(!uses_aggregate<E>, "sum(): an aggregate cannot contain another aggregate");
  static_assert(!expression<E> || detail::numeric_expression<E>,
                "sum(): the argument must be a number");
  if constexpr (detail::numeric_expression<E>)
    return detail::make_aggregate<"SUM", false, detail::sum_type<E>>(arg);
  else
    return invalid_expr<std::optional<std::int64_t>>{};
}

template <class E>
constexpr auto avg(E const& arg) {
  static_assert(expression<E>, "avg(): the argument must be a column or expression");
  static_assert(!uses_aggregate<E>, "avg(): an aggregate cannot contain another aggregate");
  static_assert(!expression<E> || detail::numeric_expression<E>,
                "avg(): the argument must be a number");
  if constexpr (detail::numeric_expression<E>)
    return detail::make_aggregate<"AVG", false, std::optional<double>>(arg);
  else
    return invalid_expr<std::optional<double>>{};
}

template <class E>
constexpr auto min(E const& arg) {
  static_assert(expression<E>, "min(): the argument must be a column or expression");
  static_assert(!uses_aggregate<E>, "min(): an aggregate cannot contain another aggregate");
  if constexpr (expression<E>)
    return detail::make_aggregate<"MIN", false, std::optional<strip_optional<value_of<E>>>>(arg);
  else
    return invalid_expr<std::optional<int>>{};
}

template <class E>
constexpr auto max(E const& arg) {
  static_assert(expression<E>, "max(): the argument must be a column or expression");
  static_assert(!uses_aggregate<E>, "max(): an aggregate cannot contain another aggregate");
  if constexpr (expression<E>)
    return detail::make_aggregate<"MAX", false, std::optional<strip_optional<value_of<E>>>>(arg);
  else
    return invalid_expr<std::optional<int>>{};
}

}  // namespace sequel
