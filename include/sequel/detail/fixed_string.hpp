// SPDX-License-Identifier: BSL-1.0
// A string usable as a template argument: column<"name", ...>, table<T, "users">.
#pragma once
#include <cstddef>
#include <string_view>

namespace sequel {

template <std::size_t N>
struct fixed_string {
  char data[N + 1]{};

  constexpr fixed_string(char const (&text)[N + 1]) {
    for (std::size_t i = 0; i != N + 1; ++i) data[i] = text[i];
  }
  constexpr std::string_view view() const { return {data, N}; }
  static constexpr std::size_t size() { return N; }
};

template <std::size_t N>
fixed_string(char const (&)[N]) -> fixed_string<N - 1>;

}  // namespace sequel
