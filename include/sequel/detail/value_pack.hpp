// SPDX-License-Identifier: BSL-1.0
// Values side by side, visited in order: what a clause needs of std::tuple, at a fraction of the
// compile time (std::tuple's constructors and their constraints cost the compiler more than the
// rest of a small statement).
#pragma once
#include <cstddef>
#include <utility>

namespace sequel::detail {

template <std::size_t I, class T>
struct pack_slot {
  T value;
};

template <class Indices, class... T>
struct pack_impl;
template <std::size_t... I, class... T>
struct pack_impl<std::index_sequence<I...>, T...> : pack_slot<I, T>... {
  template <class F>
  constexpr void for_each(F&& f) const {
    (f(static_cast<pack_slot<I, T> const&>(*this).value), ...);
  }
};

// An aggregate: value_pack<A, B>{{a}, {b}}.
template <class... T>
using value_pack = pack_impl<std::index_sequence_for<T...>, T...>;

}  // namespace sequel::detail
