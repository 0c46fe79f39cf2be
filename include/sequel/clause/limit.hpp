// SPDX-License-Identifier: BSL-1.0
// LIMIT n OFFSET m, both bound as parameters.
#pragma once
#include <concepts>
#include <cstdint>

#include "../expr/node.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

struct no_count : no_parameters {};

template <class Limit, class Offset>
struct limit_clause {
  static constexpr bool has_limit = !std::is_same_v<Limit, no_count>;
  static constexpr bool has_offset = !std::is_same_v<Offset, no_count>;
  Limit limit_value;
  Offset offset_value;

  template <class W>
  static constexpr void render(W& w) {
    if constexpr (has_limit) {
      w.put(" LIMIT ");
      w.parameter();
    } else if constexpr (has_offset) {
      w.put(W::dialect::offset_without_limit);  // some databases need a LIMIT before OFFSET
    }
    if constexpr (has_offset) {
      w.put(" OFFSET ");
      w.parameter();
    }
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    limit_value.for_each_param(f);
    offset_value.for_each_param(f);
  }
};

using no_limit = limit_clause<no_count, no_count>;

// A row count as the 64-bit parameter every database takes; a larger unsigned count means "all".
template <class N>
constexpr param<std::int64_t> row_count(N count) {
  if constexpr (std::is_unsigned_v<N>)
    if (count > static_cast<std::make_unsigned_t<std::int64_t>>(INT64_MAX)) return {{}, INT64_MAX};
  return {{}, static_cast<std::int64_t>(count)};
}

template <class Limit, class Offset, class S>
struct clause_methods<limit_clause<Limit, Offset>, S> {
  template <class N>
    requires std::same_as<Limit, no_count>
  constexpr auto limit(N count) const {
    static_assert(std::is_integral_v<N> && !std::is_same_v<N, bool>,
                  "limit(): the row count must be an integer");
    if constexpr (std::is_integral_v<N>)
      return replace_clause<limit_clause<Limit, Offset>>(
          self(), limit_clause<param<std::int64_t>, Offset>{row_count(count), self().offset_value});
    else
      return self();  // reported above
  }
  template <class N>
    requires std::same_as<Offset, no_count>
  constexpr auto offset(N count) const {
    static_assert(std::is_integral_v<N> && !std::is_same_v<N, bool>,
                  "offset(): the row count must be an integer");
    if constexpr (std::is_integral_v<N>)
      return replace_clause<limit_clause<Limit, Offset>>(
          self(), limit_clause<Limit, param<std::int64_t>>{self().limit_value, row_count(count)});
    else
      return self();  // reported above
  }

 private:
  constexpr S const& self() const { return static_cast<S const&>(*this); }
};

}  // namespace sequel
