// SPDX-License-Identifier: BSL-1.0
// + - * / % over numbers.
#pragma once
#include <type_traits>

#include "binary.hpp"

namespace sequel {

template <fixed_string Symbol, int Level>
struct arithmetic_op {
  static constexpr std::string_view symbol = Symbol.view();
  static constexpr int precedence = Level;
  static constexpr bool associative = false;  // a - (b - c) keeps its parentheses
  template <class L, class R>
  using result = nullable_if_any<std::common_type_t<storage_type<strip_optional<value_of<L>>>,
                                                    storage_type<strip_optional<value_of<R>>>>,
                                 L, R>;
};

// Integer by integer: truncating division, spelled by each dialect (DIV on MySQL).
struct integer_division_op : arithmetic_op<" / ", mul_level> {
  template <class Dialect>
  static constexpr std::string_view symbol_in = Dialect::integer_division;
};

namespace detail {
// The first check an arithmetic operation on L and R fails, if any.
enum class arithmetic_problem { none, not_a_value, not_numbers, not_integers };

// Integers only: the remainder, which PostgreSQL does not define for floating-point values.
template <class L, class R, bool Integers = false>
constexpr arithmetic_problem arithmetic_problem_of() {
  if constexpr (!is_value_or_expression<L> || !is_value_or_expression<R>)
    return arithmetic_problem::not_a_value;
  else if constexpr (!is_numeric<value_of<operand_t<L>>> || !is_numeric<value_of<operand_t<R>>>)
    return arithmetic_problem::not_numbers;
  else if constexpr (Integers && (kind_v<value_of<operand_t<L>>> != value_kind::integer ||
                                  kind_v<value_of<operand_t<R>>> != value_kind::integer))
    return arithmetic_problem::not_integers;
  else
    return arithmetic_problem::none;
}

// The value type of the stand-in returned after a failed check: the left operand's, so that what
// the user wrote around it (users.name + 1 == "x") raises no second error.
template <class L>
constexpr auto stand_in_value() {
  if constexpr (is_value_or_expression<L>)
    return std::type_identity<value_of<operand_t<L>>>{};
  else
    return std::type_identity<int>{};
}
}  // namespace detail

// The operators, written out rather than stamped by a macro so that a failed check reads as one
// short error; after it the operator returns a stand-in, so one misuse is one error.
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator+(L const& left, R const& right) {
  using enum detail::arithmetic_problem;
  constexpr auto problem = detail::arithmetic_problem_of<L, R>();
  static_assert(problem != not_a_value,
                "operator+: the operand is neither a sequel expression nor a value");
  static_assert(problem != not_numbers, "operator+: arithmetic needs numbers on both sides");
  if constexpr (problem == none)
    return make_binary<arithmetic_op<" + ", add_level>>(left, right);
  else
    return invalid_expr<typename decltype(detail::stand_in_value<L>())::type>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator-(L const& left, R const& right) {
  using enum detail::arithmetic_problem;
  constexpr auto problem = detail::arithmetic_problem_of<L, R>();
  static_assert(problem != not_a_value,
                "operator-: the operand is neither a sequel expression nor a value");
  static_assert(problem != not_numbers, "operator-: arithmetic needs numbers on both sides");
  if constexpr (problem == none)
    return make_binary<arithmetic_op<" - ", add_level>>(left, right);
  else
    return invalid_expr<typename decltype(detail::stand_in_value<L>())::type>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator*(L const& left, R const& right) {
  using enum detail::arithmetic_problem;
  constexpr auto problem = detail::arithmetic_problem_of<L, R>();
  static_assert(problem != not_a_value,
                "operator*: the operand is neither a sequel expression nor a value");
  static_assert(problem != not_numbers, "operator*: arithmetic needs numbers on both sides");
  if constexpr (problem == none)
    return make_binary<arithmetic_op<" * ", mul_level>>(left, right);
  else
    return invalid_expr<typename decltype(detail::stand_in_value<L>())::type>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator/(L const& left, R const& right) {
  using enum detail::arithmetic_problem;
  constexpr auto problem = detail::arithmetic_problem_of<L, R>();
  static_assert(problem != not_a_value,
                "operator/: the operand is neither a sequel expression nor a value");
  static_assert(problem != not_numbers, "operator/: arithmetic needs numbers on both sides");
  if constexpr (problem == none && detail::arithmetic_problem_of<L, R, true>() == none)
    return make_binary<integer_division_op>(left, right);
  else if constexpr (problem == none)
    return make_binary<arithmetic_op<" / ", mul_level>>(left, right);
  else
    return invalid_expr<typename decltype(detail::stand_in_value<L>())::type>{};
}
template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator%(L const& left, R const& right) {
  using enum detail::arithmetic_problem;
  constexpr auto problem = detail::arithmetic_problem_of<L, R, true>();
  static_assert(problem != not_a_value,
                "operator%: the operand is neither a sequel expression nor a value");
  static_assert(problem != not_numbers, "operator%: arithmetic needs numbers on both sides");
  static_assert(problem != not_integers, "operator%: the remainder needs integers on both sides");
  if constexpr (problem == none)
    return make_binary<arithmetic_op<" % ", mul_level>>(left, right);
  else
    return invalid_expr<typename decltype(detail::stand_in_value<L>())::type>{};
}

}  // namespace sequel
