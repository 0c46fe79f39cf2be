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
#include "../run/error.hpp"
#include "statement.hpp"

namespace sequel {

// A result column of a raw query: only its C++ type is known.
template <class T>
struct raw_column {
  using value_type = T;
};

namespace detail {
// How many values a hand-written text asks for, counted as the database will: each ? (SQLite's ?NNN
// names its number), or the highest $n, outside string literals, quoted names and comments.
template <class Dialect>
constexpr int placeholders_in(std::string_view sql) {
  int count = 0;
  std::size_t i = 0;
  auto const at = [&sql](std::size_t k) { return k < sql.size() ? sql[k] : '\0'; };
  auto const digit = [](char c) { return c >= '0' && c <= '9'; };
  auto const number = [&] {  // the digits from i on; i ends on the last one
    int n = 0;
    while (digit(at(i + 1))) n = n > 100000 ? n : n * 10 + (sql[++i] - '0');
    return n;
  };
  for (; i < sql.size(); ++i) {
    char const c = sql[i];
    if (c == '\'' || c == '"' || c == '`') {  // to the closing quote; a doubled one stays inside
      for (++i; i < sql.size(); ++i) {
        if (Dialect::backslash_escapes && c == '\'' && sql[i] == '\\') ++i;
        else if (sql[i] == c && at(i + 1) == c) ++i;
        else if (sql[i] == c) break;
      }
    } else if ((c == '-' && at(i + 1) == '-') || (c == '#' && Dialect::backslash_escapes)) {
      while (i < sql.size() && sql[i] != '\n') ++i;
    } else if (c == '/' && at(i + 1) == '*') {
      auto const end = sql.find("*/", i + 2);
      i = end == std::string_view::npos ? sql.size() : end + 1;
    } else if (Dialect::numbered_parameters && c == '$' && digit(at(i + 1))) {
      int const n = number();
      count = n > count ? n : count;
    } else if (Dialect::numbered_parameters && c == '$') {  // $$...$$ or $tag$...$tag$
      auto const close = sql.find('$', i + 1);
      if (close == std::string_view::npos) continue;
      auto const tag = sql.substr(i, close - i + 1);
      bool plain = true;
      for (char t : tag.substr(1, tag.size() - 2))
        plain = plain && (t == '_' || digit(t) || ((t | 0x20) >= 'a' && (t | 0x20) <= 'z'));
      if (!plain) continue;
      auto const end = sql.find(tag, close + 1);
      i = end == std::string_view::npos ? sql.size() : end + tag.size() - 1;
    } else if (!Dialect::numbered_parameters && c == '?') {
      int const n = digit(at(i + 1)) ? number() : count + 1;
      count = n > count ? n : count;
    }
  }
  return count;
}

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
  // A count of values that differs from the text's placeholders is refused before anything runs:
  // the database would read a missing value from memory the last execution left behind. (The
  // text is written for one dialect: to_sql() for another shows it unchecked.)
  template <class W>
  void render_dynamic(W& w) const {
    if (int const wanted = detail::placeholders_in<typename W::dialect>(text);
        w.executing && wanted != static_cast<int>(sizeof...(Params)))
      throw statement_error(text, "raw(): the SQL text has " + std::to_string(wanted) +
                                      " placeholder(s) but " + std::to_string(sizeof...(Params)) +
                                      " value(s) were given");
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
