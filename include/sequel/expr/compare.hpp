// SPDX-License-Identifier: BSL-1.0
// Comparisons: = <> < <= > >=, LIKE, IN (values), BETWEEN, IS [NOT] NULL.
#pragma once
#include <ranges>
#include <tuple>

#include "binary.hpp"
#include "subquery.hpp"

namespace sequel {

// in(range): one argument that is a range of values, of run-time length (expr/in_list.hpp).
template <class R>
concept value_list = std::ranges::input_range<R> && !is_value_or_expression<R>;
template <class Derived, class Range>
auto in_list_of(Derived const& subject, Range const& values);

namespace detail {
// Whether the elements of list R are values (not optional: IN never matches NULL) of Subject's kind.
template <class Subject, class R>
constexpr bool list_fits() {
  using element = std::remove_cvref_t<std::ranges::range_reference_t<R const&>>;
  if constexpr (is_value_or_expression<element> && !expression<element>) {
    using held = held_type<element>;
    return !is_nullable<held> && comparable<value_of<Subject>, typename semantic<held>::type>;
  } else {
    return false;
  }
}
}  // namespace detail

template <fixed_string Symbol>
struct comparison_op {
  static constexpr std::string_view symbol = Symbol.view();
  static constexpr int precedence = compare_level;
  static constexpr bool associative = false;
  template <class L, class R>
  using result = nullable_if_any<bool, L, R>;
};

namespace detail {
// The first check a comparison of L and R fails, if any; each has its message below.
enum class comparison_problem { none, null_literal, not_a_value, text_and_number, kinds_differ };

template <class L, class R>
constexpr comparison_problem comparison_problem_of() {
  // = NULL matches no row, so neither std::nullopt nor a std::optional value (which may be empty)
  // is compared with: the caller says is_null() or compares with the value inside.
  if constexpr (is_null_literal<L> || is_null_literal<R> ||
                (!expression<L> && is_nullable<L>) || (!expression<R> && is_nullable<R>)) {
    return comparison_problem::null_literal;
  } else if constexpr (!is_value_or_expression<L> || !is_value_or_expression<R>) {
    return comparison_problem::not_a_value;
  } else {
    using A = value_of<operand_t<L>>;
    using B = value_of<operand_t<R>>;
    if constexpr ((kind_v<A> == value_kind::text && is_numeric<B>) ||
                  (is_numeric<A> && kind_v<B> == value_kind::text))
      return comparison_problem::text_and_number;
    else if constexpr (!comparable<A, B>)
      return comparison_problem::kinds_differ;
    else
      return comparison_problem::none;
  }
}
}  // namespace detail

// The comparison operators, written out rather than stamped by a macro so that a failed check
// reads as one short error. Each runs the same four checks: only the first failing one reports,
// and the operator then returns a stand-in, so one misuse is one error.
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator==(L const& left, R const& right) {
  using enum detail::comparison_problem;
  constexpr auto problem = detail::comparison_problem_of<L, R>();
  static_assert(problem != null_literal,
                "comparison: compare with NULL through .is_null() or .is_not_null(), and with a "
                "std::optional's value, not the optional");
  static_assert(problem != not_a_value,
                "comparison: the operand is neither a sequel expression nor a column value type");
  static_assert(problem != text_and_number,
                "comparison: a text value cannot be compared with a number; compare with a string");
  static_assert(problem != kinds_differ,
                "comparison: the two sides hold different kinds of value (e.g. a date and a "
                "number); compare values of the column's own type");
  if constexpr (problem == none)
    return make_binary<comparison_op<" = ">>(left, right);
  else
    return invalid_expr<bool>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator!=(L const& left, R const& right) {
  using enum detail::comparison_problem;
  constexpr auto problem = detail::comparison_problem_of<L, R>();
  static_assert(problem != null_literal,
                "comparison: compare with NULL through .is_null() or .is_not_null(), and with a "
                "std::optional's value, not the optional");
  static_assert(problem != not_a_value,
                "comparison: the operand is neither a sequel expression nor a column value type");
  static_assert(problem != text_and_number,
                "comparison: a text value cannot be compared with a number; compare with a string");
  static_assert(problem != kinds_differ,
                "comparison: the two sides hold different kinds of value (e.g. a date and a "
                "number); compare values of the column's own type");
  if constexpr (problem == none)
    return make_binary<comparison_op<" <> ">>(left, right);
  else
    return invalid_expr<bool>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator<(L const& left, R const& right) {
  using enum detail::comparison_problem;
  constexpr auto problem = detail::comparison_problem_of<L, R>();
  static_assert(problem != null_literal,
                "comparison: compare with NULL through .is_null() or .is_not_null(), and with a "
                "std::optional's value, not the optional");
  static_assert(problem != not_a_value,
                "comparison: the operand is neither a sequel expression nor a column value type");
  static_assert(problem != text_and_number,
                "comparison: a text value cannot be compared with a number; compare with a string");
  static_assert(problem != kinds_differ,
                "comparison: the two sides hold different kinds of value (e.g. a date and a "
                "number); compare values of the column's own type");
  if constexpr (problem == none)
    return make_binary<comparison_op<" < ">>(left, right);
  else
    return invalid_expr<bool>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator<=(L const& left, R const& right) {
  using enum detail::comparison_problem;
  constexpr auto problem = detail::comparison_problem_of<L, R>();
  static_assert(problem != null_literal,
                "comparison: compare with NULL through .is_null() or .is_not_null(), and with a "
                "std::optional's value, not the optional");
  static_assert(problem != not_a_value,
                "comparison: the operand is neither a sequel expression nor a column value type");
  static_assert(problem != text_and_number,
                "comparison: a text value cannot be compared with a number; compare with a string");
  static_assert(problem != kinds_differ,
                "comparison: the two sides hold different kinds of value (e.g. a date and a "
                "number); compare values of the column's own type");
  if constexpr (problem == none)
    return make_binary<comparison_op<" <= ">>(left, right);
  else
    return invalid_expr<bool>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator>(L const& left, R const& right) {
  using enum detail::comparison_problem;
  constexpr auto problem = detail::comparison_problem_of<L, R>();
  static_assert(problem != null_literal,
                "comparison: compare with NULL through .is_null() or .is_not_null(), and with a "
                "std::optional's value, not the optional");
  static_assert(problem != not_a_value,
                "comparison: the operand is neither a sequel expression nor a column value type");
  static_assert(problem != text_and_number,
                "comparison: a text value cannot be compared with a number; compare with a string");
  static_assert(problem != kinds_differ,
                "comparison: the two sides hold different kinds of value (e.g. a date and a "
                "number); compare values of the column's own type");
  if constexpr (problem == none)
    return make_binary<comparison_op<" > ">>(left, right);
  else
    return invalid_expr<bool>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator>=(L const& left, R const& right) {
  using enum detail::comparison_problem;
  constexpr auto problem = detail::comparison_problem_of<L, R>();
  static_assert(problem != null_literal,
                "comparison: compare with NULL through .is_null() or .is_not_null(), and with a "
                "std::optional's value, not the optional");
  static_assert(problem != not_a_value,
                "comparison: the operand is neither a sequel expression nor a column value type");
  static_assert(problem != text_and_number,
                "comparison: a text value cannot be compared with a number; compare with a string");
  static_assert(problem != kinds_differ,
                "comparison: the two sides hold different kinds of value (e.g. a date and a "
                "number); compare values of the column's own type");
  if constexpr (problem == none)
    return make_binary<comparison_op<" >= ">>(left, right);
  else
    return invalid_expr<bool>{};
}

// expr LIKE pattern
template <class Derived, class Value, class Operand, class... Args>
struct like_expr : expression_base<like_expr<Derived, Value, Operand>> {
  using value_type = nullable_if_any<bool, Derived, Operand>;
  using tables = detail::concat<tables_of<Derived>, tables_of<Operand>>;
  static constexpr int precedence = compare_level;

  Derived subject;
  Operand pattern;

  template <class W>
  static constexpr void render(W& w) {
    render_operand<compare_level, false, false, Derived>(w);
    w.put(" LIKE ");
    render_operand<compare_level, true, false, Operand>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    subject.for_each_param(f);
    pattern.for_each_param(f);
  }
};

template <class Derived>
template <class Pattern>
constexpr auto expression_base<Derived>::like(Pattern const& pattern) const {
  static_assert(kind_v<value_of<Derived>> == value_kind::text,
                "like(): only a text expression can be matched with LIKE");
  static_assert(is_value_or_expression<Pattern> &&
                    kind_v<value_of<operand_t<Pattern>>> == value_kind::text,
                "like(): the pattern must be a string");
  return like_expr<Derived, void, operand_t<Pattern>>{{}, self(), as_operand(pattern)};
}

// expr IN (v1, v2, ...): a fixed count of values, each a parameter.
template <class Derived, class... Values>
struct in_expr : expression_base<in_expr<Derived, Values...>> {
  using value_type = nullable_if_any<bool, Derived>;
  using tables = detail::concat<tables_of<Derived>, tables_of<Values>...>;
  static constexpr int precedence = compare_level;

  Derived subject;
  std::tuple<Values...> values;

  template <class W>
  static constexpr void render(W& w) {
    render_operand<compare_level, false, false, Derived>(w);
    w.put(" IN (");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Values::render(w)), ...);
    w.put(')');
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    subject.for_each_param(f);
    std::apply([&f](auto const&... v) { (v.for_each_param(f), ...); }, values);
  }
};

template <class Derived>
template <class... Values>
constexpr auto expression_base<Derived>::in(Values const&... values) const {
  if constexpr (sizeof...(Values) == 1 && (query<Values> && ...)) {
    // x.in(select ...): the subquery's one column must be comparable with x.
    static_assert((detail::query_complete<Values> && ...),
                  "in(): the subquery reads a column whose table is not in its FROM; add "
                  ".from(table)");
    static_assert(((query_items<Values>::size == 1) && ...),
                  "in(): the subquery must select exactly one column");
    static_assert((comparable<value_of<Derived>, query_value<Values, value_of<Derived>>> && ...),
                  "in(): the subquery's column must be of the same kind as the expression it is "
                  "compared with");
    return in_query_expr<Derived, Values...>{{}, self(), values...};
  } else if constexpr (sizeof...(Values) == 1 && (value_list<Values> && ...)) {
    constexpr bool fits = (detail::list_fits<Derived, Values>() && ...);
    static_assert(fits,
                  "in(): the range's elements must be of the same kind as the expression they are "
                  "compared with (and not std::optional: IN never matches NULL)");
    if constexpr (fits)
      return in_list_of(self(), values...);
    else
      return invalid_expr<bool>{};
  } else {
    static_assert(sizeof...(Values) != 0, "in(): give at least one value");
    static_assert((is_value_or_expression<Values> && ...),
                  "in(): every value must be a column value type or a sequel expression");
    static_assert((comparable<value_of<Derived>, value_of<operand_t<Values>>> && ...),
                  "in(): every value must be of the same kind as the expression it is compared "
                  "with");
    return in_expr<Derived, operand_t<Values>...>{{}, self(), {as_operand(values)...}};
  }
}

// expr BETWEEN low AND high
template <class Derived, class Low, class High>
struct between_expr : expression_base<between_expr<Derived, Low, High>> {
  using value_type = nullable_if_any<bool, Derived, Low, High>;
  using tables = detail::concat<tables_of<Derived>, tables_of<Low>, tables_of<High>>;
  static constexpr int precedence = compare_level;

  Derived subject;
  Low low;
  High high;

  template <class W>
  static constexpr void render(W& w) {
    render_operand<compare_level, false, false, Derived>(w);
    w.put(" BETWEEN ");
    render_operand<compare_level, true, false, Low>(w);
    w.put(" AND ");
    render_operand<compare_level, true, false, High>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    subject.for_each_param(f);
    low.for_each_param(f);
    high.for_each_param(f);
  }
};

template <class Derived>
template <class Low, class High>
constexpr auto expression_base<Derived>::between(Low const& low, High const& high) const {
  static_assert(is_value_or_expression<Low> && is_value_or_expression<High>,
                "between(): the bounds must be column value types or sequel expressions");
  static_assert(comparable<value_of<Derived>, value_of<operand_t<Low>>> &&
                    comparable<value_of<Derived>, value_of<operand_t<High>>>,
                "between(): the bounds must be of the same kind as the expression");
  return between_expr<Derived, operand_t<Low>, operand_t<High>>{
      {}, self(), as_operand(low), as_operand(high)};
}

// expr IS NULL / expr IS NOT NULL
template <class Derived, bool Negated>
struct null_test : expression_base<null_test<Derived, Negated>> {
  using value_type = bool;
  using tables = tables_of<Derived>;
  static constexpr int precedence = compare_level;

  Derived subject;

  template <class W>
  static constexpr void render(W& w) {
    render_operand<compare_level, false, false, Derived>(w);
    w.put(Negated ? " IS NOT NULL" : " IS NULL");
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    subject.for_each_param(f);
  }
};

template <class Derived>
constexpr auto expression_base<Derived>::is_null() const {
  return null_test<Derived, false>{{}, self()};
}
template <class Derived>
constexpr auto expression_base<Derived>::is_not_null() const {
  return null_test<Derived, true>{{}, self()};
}

}  // namespace sequel
