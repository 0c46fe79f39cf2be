// SPDX-License-Identifier: BSL-1.0
// AND, OR, NOT over boolean expressions.
#pragma once
#include "binary.hpp"

namespace sequel {

template <fixed_string Symbol, int Level>
struct logical_op {
  static constexpr std::string_view symbol = Symbol.view();
  static constexpr int precedence = Level;
  static constexpr bool associative = true;
  template <class L, class R>
  using result = nullable_if_any<bool, L, R>;
};

template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator&&(L const& left, R const& right) {
  static_assert(is_boolean<operand_t<L>> && is_boolean<operand_t<R>>,
                "operator&&: both sides must be conditions (comparisons, like(), is_null(), ...)");
  return make_binary<logical_op<" AND ", and_level>>(left, right);
}

template <class L, class R>
  requires has_expression_operand<L, R>
constexpr auto operator||(L const& left, R const& right) {
  static_assert(is_boolean<operand_t<L>> && is_boolean<operand_t<R>>,
                "operator||: both sides must be conditions (comparisons, like(), is_null(), ...)");
  return make_binary<logical_op<" OR ", or_level>>(left, right);
}

// NOT expr
template <class E>
struct not_expr : expression_base<not_expr<E>> {
  using value_type = value_of<E>;
  using tables = tables_of<E>;
  static constexpr int precedence = not_level;

  E operand;

  template <class W>
  static constexpr void render(W& w) {
    w.put("NOT ");
    render_operand<not_level, true, true, E>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    operand.for_each_param(f);
  }
};

template <expression E>
constexpr auto operator!(E const& operand) {
  static_assert(is_boolean<E>, "operator!: only a condition can be negated");
  if constexpr (is_boolean<E>)
    return not_expr<E>{{}, operand};
  else
    return invalid_expr<bool>{};  // the stand-in keeps where(!x) from adding a second error
}

}  // namespace sequel
