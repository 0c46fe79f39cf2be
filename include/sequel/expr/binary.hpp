// SPDX-License-Identifier: BSL-1.0
// The shared shape of infix operators (comparison, logic, arithmetic): two operands and a symbol,
// rendered with parentheses only where precedence needs them.
#pragma once
#include "../detail/fixed_string.hpp"
#include "node.hpp"

namespace sequel {

// SQL precedence, loosest first; columns and parameters bind tightest.
enum precedence : int { or_level = 1, and_level, not_level, compare_level, add_level, mul_level, primary_level };

template <class E>
constexpr int precedence_of() {
  if constexpr (requires { E::precedence; })
    return E::precedence;
  else
    return primary_level;
}

// Renders an operand, parenthesized when it binds looser than its parent (or as loose, on the right
// of a non-associative operator). Comparisons never chain unparenthesized, on either side: PostgreSQL
// rejects a = b = c, ranks IS below = and BETWEEN above it, and MySQL ranks BETWEEN below =.
template <int Parent, bool Right, bool Associative, class E, class W>
constexpr void render_operand(W& w) {
  constexpr int child = precedence_of<E>();
  constexpr bool parens =
      child < Parent ||
      (child == Parent && (Parent == compare_level || (Right && !Associative)));
  if constexpr (parens) w.put('(');
  E::render(w);
  if constexpr (parens) w.put(')');
}

// Op supplies: symbol, precedence, associative, and result<L, R> (the SQL value type); an operator
// written differently per dialect supplies symbol_in<Dialect> as well.
template <class Op, class L, class R>
struct binary_expr : expression_base<binary_expr<Op, L, R>> {
  using value_type = typename Op::template result<L, R>;
  using tables = detail::concat<tables_of<L>, tables_of<R>>;
  static constexpr int precedence = Op::precedence;

  L left;
  R right;

  template <class W>
  static constexpr void render(W& w) {
    render_operand<Op::precedence, false, Op::associative, L>(w);
    if constexpr (requires { Op::template symbol_in<typename W::dialect>; })
      w.put(Op::template symbol_in<typename W::dialect>);
    else
      w.put(Op::symbol);
    render_operand<Op::precedence, true, Op::associative, R>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    left.for_each_param(f);
    right.for_each_param(f);
  }
};

template <class Op, class L, class R>
struct detail::aggregate_traits<binary_expr<Op, L, R>> {
  using bare_tables = concat<bare_tables_of<L>, bare_tables_of<R>>;
  static constexpr bool uses_aggregate = sequel::uses_aggregate<L> || sequel::uses_aggregate<R>;
};

template <class Op, class L, class R>
constexpr auto make_binary(L const& left, R const& right) {
  using LN = operand_t<L>;
  using RN = operand_t<R>;
  return binary_expr<Op, LN, RN>{{}, as_operand(left), as_operand(right)};
}

// Operators apply when either side is a sequel expression, so ADL finds them only for our types.
template <class L, class R>
concept has_expression_operand = expression<L> || expression<R>;

}  // namespace sequel
