// SPDX-License-Identifier: BSL-1.0
// The member types of an aggregate such as a table: counted by aggregate initialization, named by
// structured bindings (see members_generated.hpp).
#pragma once
#include <cstddef>
#include <utility>

#include "members_generated.hpp"
#include "type_list.hpp"

namespace sequel::detail {

// Converts to anything, so T{any{}, any{}, ...} tells whether T has that many elements.
struct any_element {
  template <class T>
  constexpr operator T() const;  // declared only: used in unevaluated operands
};

template <class T, std::size_t... I>
constexpr bool initializable_with(std::index_sequence<I...>) {
  return requires { T{(void(I), any_element{})...}; };
}

// Binary search for the largest count that initializes T; the base class takes one element.
template <class T, std::size_t Low, std::size_t High>
constexpr std::size_t element_count() {
  if constexpr (High - Low <= 1) {
    return Low;
  } else {
    constexpr std::size_t mid = (Low + High) / 2;
    if constexpr (initializable_with<T>(std::make_index_sequence<mid>{}))
      return element_count<T, mid, High>();
    else
      return element_count<T, Low, mid>();
  }
}

// The members of an aggregate with one empty base class (sq::table<...>).
template <class T>
inline constexpr std::size_t member_count = element_count<T, 1, max_members + 2>() - 1;

template <class T>
using members_of = decltype(member_types_of<type_list, member_count<T>>(std::declval<T&>()));

}  // namespace sequel::detail
