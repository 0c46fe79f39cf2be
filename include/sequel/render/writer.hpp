// SPDX-License-Identifier: BSL-1.0
// Constexpr SQL building in two passes, as {fmt} does for static formats: a first pass with no
// buffer measures, the second fills a char array of exactly that size.
#pragma once
#include <concepts>
#include <cstddef>
#include <string_view>

#include "dialect.hpp"

namespace sequel {

// Quoted identifiers, DDL string literals and placeholders, written once for the compile-time
// writer below and the run-time one (render/dynamic.hpp's text_writer). Derived has put(char),
// put_number() and a `parameters` count.
template <class Derived, class Dialect>
struct sql_quoting {
  // A quoted identifier made of its parts; a quote character inside a name is doubled.
  template <class... Parts>
  constexpr void identifier(Parts const&... parts) {
    if constexpr (requires { self().longest_name; })
      self().named((std::string_view(parts).size() + ... + 0));
    self().put(Dialect::quote);
    (quoted_part(std::string_view(parts)), ...);
    self().put(Dialect::quote);
  }
  // "a", "b": the names of columns, unqualified (INSERT's column list, ON CONFLICT, a CTE's columns).
  template <class... Columns>
  constexpr void column_names() {
    bool first = true;
    ((self().put(first ? "" : ", "), first = false, identifier(Columns::sql_name)), ...);
  }
  constexpr void quoted_part(std::string_view name) {
    for (char c : name) {
      if (c == Dialect::quote) self().put(c);
      self().put(c);
    }
  }
  // A quoted string literal, for DDL defaults only: statement values are always parameters.
  constexpr void string_literal(std::string_view text) {
    self().put('\'');
    for (char c : text) {
      if (c == '\'') self().put(c);
      if (c == '\\' && Dialect::id == dialect_id::mysql) self().put(c);  // MySQL treats \ as an escape
      self().put(c);
    }
    self().put('\'');
  }
  constexpr void parameter() {
    ++self().parameters;
    if constexpr (Dialect::numbered_parameters) {
      self().put('$');
      self().put_number(static_cast<unsigned long long>(self().parameters));
    } else {
      self().put('?');
    }
  }

 private:
  constexpr Derived& self() { return static_cast<Derived&>(*this); }
};

template <class Dialect>
struct sql_writer : sql_quoting<sql_writer<Dialect>, Dialect> {
  using dialect = Dialect;

  char* out = nullptr;  // null while measuring
  std::size_t size = 0;
  int parameters = 0;
  std::string_view target{};  // the table an INSERT, UPDATE or DELETE writes
  bool reads_target = false;  // a subquery reads it in FROM (MySQL refuses that: error 1093)
  std::size_t longest_name = 0;  // in bytes, of the identifiers written (PostgreSQL keeps 63)

  constexpr void put(char c) {
    if (out) out[size] = c;
    ++size;
  }
  constexpr void put(std::string_view text) {
    if (out)
      for (char c : text) out[size++] = c;
    else
      size += text.size();
  }
  constexpr void put_number(unsigned long long n) {
    char digits[20]{};
    int count = 0;
    do {
      digits[count++] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    while (count != 0) put(digits[--count]);
  }
  constexpr void named(std::size_t length) {
    if (length > longest_name) longest_name = length;
  }
  // A subquery's FROM reads the table `name`.
  constexpr void read_table(std::string_view name) {
    if (name == target) reads_target = true;
  }
};

}  // namespace sequel
