// SPDX-License-Identifier: BSL-1.0
// A flat list of types and the few algorithms the checks need, all without recursion.
#pragma once
#include <cstddef>
#include <type_traits>

namespace sequel::detail {

template <class... T>
struct type_list {
  static constexpr std::size_t size = sizeof...(T);
};

template <class T>
struct type_box {};

// Membership by inheritance: one class derives from a box of every element.
template <class... T>
struct inherit_boxes : type_box<T>... {};

template <class T, class List>
struct contains_impl;
template <class T, class... U>
struct contains_impl<T, type_list<U...>>
    : std::bool_constant<std::is_base_of_v<type_box<T>, inherit_boxes<U...>>> {};

template <class T, class List>
inline constexpr bool contains = contains_impl<T, List>::value;

// Every element of Sub appears in Super.
template <class Sub, class Super>
struct subset_impl;
template <class... T, class Super>
struct subset_impl<type_list<T...>, Super> : std::bool_constant<(contains<T, Super> && ...)> {};

template <class Sub, class Super>
inline constexpr bool is_subset = subset_impl<Sub, Super>::value;

template <class... Lists>
struct concat_impl {
  using type = type_list<>;
};
template <class... T>
struct concat_impl<type_list<T...>> {
  using type = type_list<T...>;
};
template <class... T, class... U, class... Rest>
struct concat_impl<type_list<T...>, type_list<U...>, Rest...>
    : concat_impl<type_list<T..., U...>, Rest...> {};

template <class... Lists>
using concat = typename concat_impl<Lists...>::type;

// How many times T occurs in the list.
template <class T, class... U>
inline constexpr std::size_t count_of = (std::size_t{std::is_same_v<T, U>} + ... + 0);

template <class... T>
inline constexpr bool all_distinct = ((count_of<T, T...> == 1) && ...);

// Position of T in the list (size if absent).
template <class T, class... U>
constexpr std::size_t index_of() {
  constexpr bool hits[] = {std::is_same_v<T, U>..., false};
  std::size_t i = 0;
  while (i != sizeof...(U) && !hits[i]) ++i;
  return i;
}

template <class T>
inline constexpr bool always_false = false;

}  // namespace sequel::detail
