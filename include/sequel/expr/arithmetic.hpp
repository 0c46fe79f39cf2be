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

#define SEQUEL_ARITHMETIC(op, sql, level)                                                     \
  template <class L, class R>                                                                  \
    requires has_expression_operand<L, R>                                                      \
  constexpr auto operator op(L const& left, R const& right) {                                  \
    static_assert(is_value_or_expression<L> && is_value_or_expression<R>,                      \
                  "operator" #op ": the operand is neither a sequel expression nor a value");  \
    static_assert(is_numeric<value_of<operand_t<L>>> && is_numeric<value_of<operand_t<R>>>,    \
                  "operator" #op ": arithmetic needs numbers on both sides");                  \
    return make_binary<arithmetic_op<sql, level>>(left, right);                                \
  }

SEQUEL_ARITHMETIC(+, " + ", add_level)
SEQUEL_ARITHMETIC(-, " - ", add_level)
SEQUEL_ARITHMETIC(*, " * ", mul_level)
SEQUEL_ARITHMETIC(/, " / ", mul_level)
SEQUEL_ARITHMETIC(%, " % ", mul_level)
#undef SEQUEL_ARITHMETIC

}  // namespace sequel
