// SPDX-License-Identifier: BSL-1.0
// The escape hatch: SQL text written by hand, run with bound parameters and typed results.
//   sq::raw<std::int64_t, std::string>("SELECT id, name FROM users WHERE age > ?", 28)
//   sq::raw("DELETE FROM users WHERE id = ?", id)          // no result types: returns exec_result
// The text is the dialect's own (its placeholders: ? or $1), passed through unchanged; values are
// still parameters, never text. Nothing checks the text against the schema.
#pragma once
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "../expr/node.hpp"
#include "../render/dynamic.hpp"
#include "statement.hpp"

namespace sequel {

// A result column of a raw query: only its C++ type is known.
template <class T>
struct raw_column {
  using value_type = T;
};

namespace detail {
struct raw_query {
  static constexpr bool returns_rows = true;
};
struct raw_command {};
}  // namespace detail

template <class Results, class... Params>
struct raw_clause;
template <class... Results, class... Params>
struct raw_clause<detail::type_list<Results...>, Params...>
    : std::conditional_t<sizeof...(Results) != 0, detail::raw_query, detail::raw_command> {
  using result_items = detail::type_list<raw_column<Results>...>;

  std::string text;
  std::tuple<Params...> params;

  template <class W>
  static constexpr void render(W& w) {
    w.dynamic_part();  // "no member dynamic_part": sql_of<> was given a statement with run-time
                       // parts; use sq::to_sql<Dialect>(statement)
  }
  template <class W>
  void render_dynamic(W& w) const {
    w.put(text);
    w.parameters += static_cast<int>(sizeof...(Params));
  }
  template <class F>
  void for_each_param(F& f) const {
    if constexpr (renders_dynamic<F, raw_clause>)
      f.dynamic(*this);
    else
      std::apply([&f](auto const&... p) { (p.for_each_param(f), ...); }, params);
  }
};

template <class... Results, class... Args>
auto raw(std::string_view sql, Args const&... args) {
  static_assert((detail::storable<strip_optional<Results>> && ...),  // a bool: no concept trace
                "raw<T...>(): every result type must be a column value type (or a std::optional "
                "of one)");
  static_assert((((is_value_or_expression<Args> && !expression<Args>) || is_null_literal<Args>) && ...),
                "raw(): every parameter must be a value of a column value type");
  using clause = raw_clause<detail::type_list<Results...>, operand_t<Args>...>;
  return make_statement(clause{{}, std::string(sql), {as_operand(args)...}});
}

}  // namespace sequel
