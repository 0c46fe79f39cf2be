// SPDX-License-Identifier: BSL-1.0
// SQL functions as expressions: coalesce, nullif, lower, upper, length, trim, substr, replace, abs,
// round, cast<T>, concat and current_timestamp. Each entry function checks its arguments' kinds,
// so a misuse is one error on the line that calls it; C++ values become bound parameters.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "aggregate.hpp"
#include "arithmetic.hpp"
#include "binary.hpp"

namespace sequel {

// --- What the dialects spell differently --------------------------------------------------------
template <class Dialect>
struct function_syntax;

template <>
struct function_syntax<sqlite> {
  static constexpr std::string_view length = "LENGTH";  // counts characters
  static constexpr bool concat_operator = true;         // a || b
  static constexpr std::string_view current_timestamp = "CURRENT_TIMESTAMP";  // UTC, whole seconds
  static constexpr bool typed_integer_arguments = false;
  static constexpr bool round_numeric = false;
  // Dates and times are ISO 8601 text in SQLite: CAST(x AS DATE) would take the NUMERIC affinity
  // and keep only the year, so they are normalized with the date functions instead.
  template <class T, class W, class Render>
  static constexpr void cast(W& w, Render render) {
    using S = storage_type<T>;
    if constexpr (kind_v<T> == value_kind::date) {
      w.put("DATE(");
      render(w);
      w.put(')');
    } else if constexpr (std::is_same_v<S, std::chrono::sys_seconds>) {
      w.put("DATETIME(");
      render(w);
      w.put(')');
    } else if constexpr (kind_v<T> == value_kind::timestamp) {
      w.put("STRFTIME('%Y-%m-%d %H:%M:%f', ");  // milliseconds: SQLite keeps no finer time
      render(w);
      w.put(')');
    } else {
      w.put("CAST(");
      render(w);
      w.put(" AS ");
      w.put(sqlite::type_name<T>(false));
      w.put(')');
    }
  }
};

template <>
struct function_syntax<postgres> {
  static constexpr std::string_view length = "LENGTH";
  static constexpr bool concat_operator = true;
  // CURRENT_TIMESTAMP is a TIMESTAMPTZ; in UTC and to the second it is what the other two give.
  static constexpr std::string_view current_timestamp =
      "DATE_TRUNC('second', CURRENT_TIMESTAMP AT TIME ZONE 'UTC')";
  // Integers are bound as BIGINT, and SUBSTR/ROUND take INTEGER with no implicit narrowing.
  static constexpr bool typed_integer_arguments = true;
  // ROUND(x, n) exists only for NUMERIC; it also rounds halves away from zero, as SQLite does.
  static constexpr bool round_numeric = true;
  template <class T, class W, class Render>
  static constexpr void cast(W& w, Render render) {
    w.put("CAST(");
    render(w);
    w.put(" AS ");
    w.put(postgres::type_name<T>(false));
    w.put(')');
  }
};

template <>
struct function_syntax<mysql> {
  static constexpr std::string_view length = "CHAR_LENGTH";  // LENGTH counts bytes
  static constexpr bool concat_operator = false;              // || is OR: CONCAT(a, b)
  static constexpr std::string_view current_timestamp = "UTC_TIMESTAMP()";
  static constexpr bool typed_integer_arguments = false;
  static constexpr bool round_numeric = false;
  // CAST takes its own type names, not the column types.
  template <class T>
  static constexpr std::string_view cast_type() {
    using S = storage_type<T>;
    constexpr value_kind kind = kind_v<T>;
    if constexpr (kind == value_kind::integer) return std::is_unsigned_v<S> ? "UNSIGNED" : "SIGNED";
    else if constexpr (kind == value_kind::real) return "DOUBLE";
    else if constexpr (kind == value_kind::text) return "CHAR";
    else if constexpr (kind == value_kind::blob) return "BINARY";
    else if constexpr (kind == value_kind::date) return "DATE";
    else if constexpr (std::is_same_v<S, std::chrono::sys_seconds>) return "DATETIME";
    else return "DATETIME(6)";
  }
  template <class T, class W, class Render>
  static constexpr void cast(W& w, Render render) {
    w.put("CAST(");
    render(w);
    w.put(" AS ");
    w.put(cast_type<T>());
    w.put(')');
  }
};

// --- The node -------------------------------------------------------------------------------------
// A function applied to its arguments; Fn supplies result<argument value types...> and render.
template <class Fn, class... Args>
struct function_call : expression_base<function_call<Fn, Args...>> {
  using value_type = typename Fn::template result<value_of<Args>...>;
  using tables = detail::concat<tables_of<Args>...>;
  using bare_tables = detail::concat<bare_tables_of<Args>...>;
  static constexpr bool uses_aggregate = (sequel::uses_aggregate<Args> || ...);  // round(avg(x))

  std::tuple<Args...> args;

  template <class W>
  static constexpr void render(W& w) {
    Fn::template render<W, Args...>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... a) { (a.for_each_param(f), ...); }, args);
  }
};

namespace detail {
template <class Fn, class... Args>
constexpr auto call(Args const&... args) {
  return function_call<Fn, operand_t<Args>...>{{}, {as_operand(args)...}};
}

// The kind of an argument, or none when it is neither a sequel expression nor a value.
template <class T>
constexpr std::optional<value_kind> argument_kind() {
  if constexpr (is_value_or_expression<T>)
    return kind_v<value_of<operand_t<T>>>;
  else
    return std::nullopt;
}
template <class T>
inline constexpr bool is_text_argument = argument_kind<T>() == value_kind::text;
template <class T>
inline constexpr bool is_integer_argument = argument_kind<T>() == value_kind::integer;
template <class T>
inline constexpr bool is_number_argument =
    argument_kind<T>() == value_kind::integer || argument_kind<T>() == value_kind::real;

// Whether values may stand in one place (coalesce, the branches of a CASE): all of one kind, or
// all numbers.
template <class... T>
constexpr bool one_kind() {
  constexpr std::optional<value_kind> kinds[] = {argument_kind<T>()...};
  bool same = true, numbers = true;
  for (auto kind : kinds) {
    if (!kind) return false;
    same = same && kind == kinds[0];
    numbers = numbers && (kind == value_kind::integer || kind == value_kind::real);
  }
  return same || numbers;
}

template <class First, class... Rest>
struct shared_value_impl
    : std::conditional_t<(std::is_same_v<First, Rest> && ...), std::type_identity<First>,
                         std::common_type<storage_type<First>, storage_type<Rest>...>> {};

// The type values of one kind share: their own when alike, else their common type (an int and a
// double give a double).
template <class... V>
using shared_value = typename shared_value_impl<strip_optional<V>...>::type;

template <class T, class... V>
using nullable_if_any_value =
    std::conditional_t<(is_nullable<V> || ...), std::optional<strip_optional<T>>, strip_optional<T>>;

template <class W, class... Args>
constexpr void render_arguments(W& w) {
  bool first = true;
  ((w.put(first ? "" : ", "), first = false, Args::render(w)), ...);
}

// An INTEGER argument: PostgreSQL binds integers as BIGINT and will not narrow them implicitly.
template <class W, class Arg>
constexpr void render_integer_argument(W& w) {
  if constexpr (function_syntax<typename W::dialect>::typed_integer_arguments) {
    w.put("CAST(");
    Arg::render(w);
    w.put(" AS INTEGER)");
  } else {
    Arg::render(w);
  }
}

// NAME(a, b, ...) returning Result, nullable when an argument is.
template <fixed_string Name, class Result>
struct plain_fn {
  template <class... V>
  using result = nullable_if_any_value<Result, V...>;
  template <class W, class... Args>
  static constexpr void render(W& w) {
    w.put(Name.view());
    w.put('(');
    render_arguments<W, Args...>(w);
    w.put(')');
  }
};

struct length_fn {
  template <class V>
  using result = nullable_if_any_value<std::int64_t, V>;
  template <class W, class Arg>
  static constexpr void render(W& w) {
    w.put(function_syntax<typename W::dialect>::length);
    w.put('(');
    Arg::render(w);
    w.put(')');
  }
};

struct substr_fn {
  template <class... V>
  using result = nullable_if_any_value<std::string, V...>;
  template <class W, class Text, class... Integers>
  static constexpr void render(W& w) {
    w.put("SUBSTR(");
    Text::render(w);
    ((w.put(", "), render_integer_argument<W, Integers>(w)), ...);
    w.put(')');
  }
};

// abs keeps its argument's type.
struct abs_fn {
  template <class V>
  using result = nullable_if_any_value<storage_type<strip_optional<V>>, V>;
  template <class W, class Arg>
  static constexpr void render(W& w) {
    w.put("ABS(");
    Arg::render(w);
    w.put(')');
  }
};

struct round_fn {
  template <class... V>
  using result = nullable_if_any_value<double, V...>;
  template <class W, class Number, class... Digits>
  static constexpr void render(W& w) {
    w.put("ROUND(");
    if constexpr (function_syntax<typename W::dialect>::round_numeric) {
      w.put("CAST(");
      Number::render(w);
      w.put(" AS NUMERIC)");
    } else {
      Number::render(w);
    }
    ((w.put(", "), render_integer_argument<W, Digits>(w)), ...);
    w.put(')');
  }
};

// Nullable only when every value is: COALESCE gives the first that is not NULL.
struct coalesce_fn {
  template <class... V>
  using result = std::conditional_t<(is_nullable<V> && ...), std::optional<shared_value<V...>>,
                                    shared_value<V...>>;
  template <class W, class... Args>
  static constexpr void render(W& w) {
    w.put("COALESCE(");
    render_arguments<W, Args...>(w);
    w.put(')');
  }
};

// NULL when the two are equal, so always nullable.
struct nullif_fn {
  template <class A, class B>
  using result = std::optional<strip_optional<A>>;
  template <class W, class A, class B>
  static constexpr void render(W& w) {
    w.put("NULLIF(");
    render_arguments<W, A, B>(w);
    w.put(')');
  }
};

struct concat_fn {
  template <class... V>
  using result = nullable_if_any_value<std::string, V...>;
  // SQLite and PostgreSQL rank || differently among the operators, so the chain is parenthesized.
  template <class W, class... Args>
  static constexpr void render(W& w) {
    if constexpr (function_syntax<typename W::dialect>::concat_operator) {
      bool first = true;
      w.put('(');
      ((w.put(first ? "" : " || "), first = false, render_operand<mul_level, true, false, Args>(w)),
       ...);
      w.put(')');
    } else {
      w.put("CONCAT(");
      render_arguments<W, Args...>(w);
      w.put(')');
    }
  }
};

template <class T>
struct cast_fn {
  template <class V>
  using result = nullable_if_any_value<T, V>;
  template <class W, class Arg>
  static constexpr void render(W& w) {
    function_syntax<typename W::dialect>::template cast<T>(w, [](W& out) { Arg::render(out); });
  }
};
}  // namespace detail

// --- Text ---------------------------------------------------------------------------------------
template <class Text>
constexpr auto lower(Text const& text) {
  static_assert(detail::is_text_argument<Text>, "lower(): the argument must be text");
  if constexpr (detail::is_text_argument<Text>)
    return detail::call<detail::plain_fn<"LOWER", std::string>>(text);
  else
    return invalid_expr<std::string>{};
}

template <class Text>
constexpr auto upper(Text const& text) {
  static_assert(detail::is_text_argument<Text>, "upper(): the argument must be text");
  if constexpr (detail::is_text_argument<Text>)
    return detail::call<detail::plain_fn<"UPPER", std::string>>(text);
  else
    return invalid_expr<std::string>{};
}

// Leading and trailing spaces removed.
template <class Text>
constexpr auto trim(Text const& text) {
  static_assert(detail::is_text_argument<Text>, "trim(): the argument must be text");
  if constexpr (detail::is_text_argument<Text>)
    return detail::call<detail::plain_fn<"TRIM", std::string>>(text);
  else
    return invalid_expr<std::string>{};
}

// The number of characters (not bytes), as std::int64_t.
template <class Text>
constexpr auto length(Text const& text) {
  static_assert(detail::is_text_argument<Text>, "length(): the argument must be text");
  if constexpr (detail::is_text_argument<Text>)
    return detail::call<detail::length_fn>(text);
  else
    return invalid_expr<std::int64_t>{};
}

// substr(s, start[, count]): characters from start (counting from 1).
template <class Text, class Start, class... Count>
constexpr auto substr(Text const& text, Start const& start, Count const&... count) {
  static_assert(sizeof...(Count) <= 1, "substr(): give the text, the start and at most a length");
  static_assert(detail::is_text_argument<Text>, "substr(): the first argument must be text");
  constexpr bool integers =
      detail::is_integer_argument<Start> && (detail::is_integer_argument<Count> && ...);
  static_assert(integers, "substr(): the start and the length must be integers");
  if constexpr (sizeof...(Count) <= 1 && detail::is_text_argument<Text> && integers)
    return detail::call<detail::substr_fn>(text, start, count...);
  else
    return invalid_expr<std::string>{};
}

// replace(s, from, to): every occurrence of from replaced by to.
template <class Text, class From, class To>
constexpr auto replace(Text const& text, From const& from, To const& to) {
  constexpr bool texts = detail::is_text_argument<Text> && detail::is_text_argument<From> &&
                         detail::is_text_argument<To>;
  static_assert(texts, "replace(): every argument must be text");
  if constexpr (texts)
    return detail::call<detail::plain_fn<"REPLACE", std::string>>(text, from, to);
  else
    return invalid_expr<std::string>{};
}

// a || b || ... (CONCAT(a, b, ...) on MySQL); NULL if any part is NULL.
template <class... Texts>
constexpr auto concat(Texts const&... texts) {
  static_assert(sizeof...(Texts) >= 2, "concat(): give at least two values");
  constexpr bool ok = (detail::is_text_argument<Texts> && ...);
  static_assert(ok,
                "concat(): every argument must be text; convert a number with "
                "sq::cast<std::string>(x)");
  if constexpr (sizeof...(Texts) >= 2 && ok)
    return detail::call<detail::concat_fn>(texts...);
  else
    return invalid_expr<std::string>{};
}

// --- Numbers ------------------------------------------------------------------------------------
template <class Number>
constexpr auto abs(Number const& number) {
  static_assert(detail::is_number_argument<Number>, "abs(): the argument must be a number");
  if constexpr (detail::is_number_argument<Number>)
    return detail::call<detail::abs_fn>(number);
  else
    return invalid_expr<double>{};
}

// round(x[, digits]), a double.
template <class Number, class... Digits>
constexpr auto round(Number const& number, Digits const&... digits) {
  static_assert(sizeof...(Digits) <= 1, "round(): give the number and at most the digits");
  static_assert(detail::is_number_argument<Number>, "round(): the argument must be a number");
  constexpr bool integer_digits = (detail::is_integer_argument<Digits> && ...);
  static_assert(integer_digits, "round(): the digits must be an integer");
  if constexpr (sizeof...(Digits) <= 1 && detail::is_number_argument<Number> && integer_digits)
    return detail::call<detail::round_fn>(number, digits...);
  else
    return invalid_expr<double>{};
}

// --- NULL handling ------------------------------------------------------------------------------
// The first value that is not NULL.
template <class First, class... Values>
constexpr auto coalesce(First const& first, Values const&... values) {
  static_assert(sizeof...(Values) >= 1, "coalesce(): give at least two values");
  constexpr bool ok = detail::one_kind<First, Values...>();
  static_assert(ok,
                "coalesce(): the values must be of one kind (all text, all numbers, all dates ...)");
  if constexpr (sizeof...(Values) >= 1 && ok)
    return detail::call<detail::coalesce_fn>(first, values...);
  else  // the first value's type, so that what surrounds the call raises no second error
    return invalid_expr<typename decltype(detail::stand_in_value<First>())::type>{};
}

// NULL when value equals other, else value.
template <class Value, class Other>
constexpr auto nullif(Value const& value, Other const& other) {
  constexpr bool ok = detail::one_kind<Value, Other>();
  static_assert(ok, "nullif(): the two values must be of one kind (both text, both numbers ...)");
  if constexpr (ok)
    return detail::call<detail::nullif_fn>(value, other);
  else
    return invalid_expr<typename decltype(detail::stand_in_value<Value>())::type>{};
}

// --- Conversion ---------------------------------------------------------------------------------
// CAST(x AS <the dialect's name for T>); NULL stays NULL. Casting a real to an integer truncates
// on SQLite and rounds on PostgreSQL and MySQL.
template <class T, class Value>
constexpr auto cast(Value const& value) {
  using target = strip_optional<T>;
  constexpr bool storable = column_value<target>;
  static_assert(storable,
                "cast<T>(): T must be a column value type (an integer, double, std::string, a "
                "std::chrono time point ...)");
  constexpr bool not_bool = !storable || kind_v<target> != value_kind::boolean;
  static_assert(not_bool,
                "cast<T>(): casting to bool is not portable (MySQL has no such CAST); compare "
                "instead, e.g. x != 0");
  constexpr bool value_ok = is_value_or_expression<Value>;
  static_assert(value_ok, "cast<T>(): the argument is neither a sequel expression nor a value");
  if constexpr (storable && not_bool && value_ok)
    return detail::call<detail::cast_fn<target>>(value);
  else
    return invalid_expr<int>{};
}

// --- Time ---------------------------------------------------------------------------------------
// The current time in UTC, to the second (SQLite keeps no finer time): CURRENT_TIMESTAMP,
// PostgreSQL's truncated to seconds in UTC, MySQL's UTC_TIMESTAMP(). PostgreSQL gives the start of
// the transaction, the others the time of the statement.
struct current_timestamp_t : expression_base<current_timestamp_t> {
  using value_type = std::chrono::sys_seconds;
  using tables = detail::type_list<>;

  template <class W>
  static constexpr void render(W& w) {
    w.put(function_syntax<typename W::dialect>::current_timestamp);
  }
  template <class F>
  constexpr void for_each_param(F&) const {}
};

inline constexpr current_timestamp_t current_timestamp{};

}  // namespace sequel
