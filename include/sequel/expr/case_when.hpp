// SPDX-License-Identifier: BSL-1.0
// sq::case_when(cond, value).when(cond, value).else_(value): CASE WHEN ... THEN ... ELSE ... END.
// Conditions are boolean, every value is of one kind; without else_() the result may be NULL.
#pragma once
#include <tuple>
#include <type_traits>

#include "function.hpp"

namespace sequel {

template <class Condition, class Value>
struct when_branch {
  Condition condition;
  Value value;
};

// No else_() (yet): a CASE that matches no branch is NULL.
struct no_else {};

template <class Else, class... Branches>
struct case_expr;

namespace detail {
template <class Else>
struct else_traits {
  using values = type_list<value_of<Else>>;
  using tables = tables_of<Else>;
  using bare_tables = bare_tables_of<Else>;
  static constexpr bool uses_aggregate = sequel::uses_aggregate<Else>;
};
template <>
struct else_traits<no_else> {
  using values = type_list<>;
  using tables = type_list<>;
  using bare_tables = type_list<>;
  static constexpr bool uses_aggregate = false;
};

template <bool HasElse, class Values>
struct case_value;
template <bool HasElse, class... V>
struct case_value<HasElse, type_list<V...>> {
  using type = std::conditional_t<HasElse && !(is_nullable<V> || ...), shared_value<V...>,
                                  std::optional<shared_value<V...>>>;
};

template <class Condition>
inline constexpr bool is_condition = [] {
  if constexpr (expression<Condition>)
    return is_boolean<Condition>;
  else
    return false;
}();
}  // namespace detail

template <class Else, class... Branches>
struct case_expr : expression_base<case_expr<Else, Branches...>> {
  using value_type = typename detail::case_value<
      !std::is_same_v<Else, no_else>,
      detail::concat<detail::type_list<value_of<decltype(Branches::value)>...>,
                     typename detail::else_traits<Else>::values>>::type;
  using tables = detail::concat<tables_of<decltype(Branches::condition)>...,
                                tables_of<decltype(Branches::value)>...,
                                typename detail::else_traits<Else>::tables>;
  using bare_tables = detail::concat<bare_tables_of<decltype(Branches::condition)>...,
                                     bare_tables_of<decltype(Branches::value)>...,
                                     typename detail::else_traits<Else>::bare_tables>;
  static constexpr bool uses_aggregate =
      (sequel::uses_aggregate<decltype(Branches::condition)> || ...) ||
      (sequel::uses_aggregate<decltype(Branches::value)> || ...) ||
      detail::else_traits<Else>::uses_aggregate;

  std::tuple<Branches...> branches;
  [[no_unique_address]] Else otherwise;

  // Another WHEN condition THEN value.
  template <class Condition, class Value>
  constexpr auto when(Condition const& condition, Value const& value) const {
    constexpr bool open = std::is_same_v<Else, no_else>;
    static_assert(open, "when(): else_() ends the CASE; put every when() before it");
    static_assert(detail::is_condition<Condition>,
                  "when(): the condition must be boolean, such as users.age > 28");
    constexpr bool ok = detail::one_kind<decltype(Branches::value)..., Value>();
    static_assert(ok,
                  "when(): every branch's value must be of one kind (all text, all numbers ...)");
    if constexpr (open && detail::is_condition<Condition> && ok)
      return case_expr<no_else, Branches..., when_branch<Condition, operand_t<Value>>>{
          {}, std::tuple_cat(branches, std::tuple{when_branch<Condition, operand_t<Value>>{
                                           condition, as_operand(value)}}),
          {}};
    else
      return *this;
  }

  // ELSE value: the result when no condition holds.
  template <class Value>
  constexpr auto else_(Value const& value) const {
    constexpr bool open = std::is_same_v<Else, no_else>;
    static_assert(open, "else_(): the CASE already has an else_()");
    constexpr bool ok = detail::one_kind<decltype(Branches::value)..., Value>();
    static_assert(ok, "else_(): the value must be of the same kind as the branches' values");
    if constexpr (open && ok)
      return case_expr<operand_t<Value>, Branches...>{{}, branches, as_operand(value)};
    else
      return *this;
  }

  template <class W>
  static constexpr void render(W& w) {
    w.put("CASE");
    ((w.put(" WHEN "), decltype(Branches::condition)::render(w), w.put(" THEN "),
      decltype(Branches::value)::render(w)),
     ...);
    if constexpr (!std::is_same_v<Else, no_else>) {
      w.put(" ELSE ");
      Else::render(w);
    }
    w.put(" END");
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply(
        [&f](auto const&... b) { ((b.condition.for_each_param(f), b.value.for_each_param(f)), ...); },
        branches);
    if constexpr (!std::is_same_v<Else, no_else>) otherwise.for_each_param(f);
  }
};

// CASE WHEN condition THEN value ... END; add branches with when(), the default with else_().
template <class Condition, class Value>
constexpr auto case_when(Condition const& condition, Value const& value) {
  static_assert(detail::is_condition<Condition>,
                "case_when(): the condition must be boolean, such as users.age > 28");
  constexpr bool value_ok = is_value_or_expression<Value>;
  static_assert(value_ok, "case_when(): the value is neither a sequel expression nor a value");
  if constexpr (detail::is_condition<Condition> && value_ok)
    return case_expr<no_else, when_branch<Condition, operand_t<Value>>>{
        {}, {when_branch<Condition, operand_t<Value>>{condition, as_operand(value)}}, {}};
  else if constexpr (value_ok)  // a CASE still, so the when() and else_() that follow add no error
    return case_expr<no_else, when_branch<invalid_expr<bool>, operand_t<Value>>>{
        {}, {when_branch<invalid_expr<bool>, operand_t<Value>>{{}, as_operand(value)}}, {}};
  else
    return invalid_expr<std::optional<int>>{};
}

}  // namespace sequel
