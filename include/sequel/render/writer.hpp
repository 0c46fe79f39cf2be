// SPDX-License-Identifier: BSL-1.0
// Constexpr SQL building in two passes, as {fmt} does for static formats: a first pass with no
// buffer measures, the second fills a char array of exactly that size.
#pragma once
#include <concepts>
#include <cstddef>
#include <string_view>

#include "dialect.hpp"

namespace sequel {

template <class Dialect>
struct sql_writer {
  using dialect = Dialect;

  char* out = nullptr;  // null while measuring
  std::size_t size = 0;
  int parameters = 0;
  std::string_view target{};  // the table an INSERT, UPDATE or DELETE writes
  bool reads_target = false;  // a subquery reads it in FROM (MySQL refuses that: error 1093)

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
  // A quoted identifier made of its parts; a quote character inside a name is doubled.
  template <class... Parts>
  constexpr void identifier(Parts const&... parts) {
    put(Dialect::quote);
    (quoted_part(std::string_view(parts)), ...);
    put(Dialect::quote);
  }
  // A quoted string literal, for DDL defaults only: statement values are always parameters.
  constexpr void string_literal(std::string_view text) {
    put('\'');
    for (char c : text) {
      if (c == '\'') put(c);
      if (c == '\\' && Dialect::id == dialect_id::mysql) put(c);  // MySQL treats \ as an escape
      put(c);
    }
    put('\'');
  }
  constexpr void quoted_part(std::string_view name) {
    for (char c : name) {
      if (c == Dialect::quote) put(c);
      put(c);
    }
  }
  // A subquery's FROM reads the table `name`.
  constexpr void read_table(std::string_view name) {
    if (name == target) reads_target = true;
  }
  constexpr void parameter() {
    ++parameters;
    if constexpr (Dialect::numbered_parameters) {
      put('$');
      put_number(static_cast<unsigned long long>(parameters));
    } else {
      put('?');
    }
  }
};

}  // namespace sequel
