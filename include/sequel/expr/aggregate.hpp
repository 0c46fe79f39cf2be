// SPDX-License-Identifier: BSL-1.0
// Aggregate functions. count() is COUNT(*).
#pragma once
#include <cstdint>

#include "node.hpp"

namespace sequel {

struct count_all : expression_base<count_all> {
  using value_type = std::int64_t;
  using tables = detail::type_list<>;
  static constexpr bool aggregate = true;

  template <class W>
  static constexpr void render(W& w) {
    w.put("COUNT(*)");
  }
  template <class F>
  constexpr void for_each_param(F&) const {}
};

constexpr count_all count() { return {}; }

template <class E>
inline constexpr bool is_aggregate = requires { requires std::remove_cvref_t<E>::aggregate; };

// A select item that reads a column outside any aggregate.
template <class E>
inline constexpr bool reads_bare_column = !is_aggregate<E> && tables_of<E>::size != 0;

}  // namespace sequel
