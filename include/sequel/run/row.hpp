// SPDX-License-Identifier: BSL-1.0
// A result row: tuple-like (structured bindings, std::get) and indexable by column: row[users.name].
#pragma once
#include <cstddef>
#include <tuple>
#include <type_traits>

#include "../detail/type_list.hpp"
#include "../expr/node.hpp"
#include "../stmt/result_items.hpp"

namespace sequel {

template <class... Items>
struct row {
  using items = detail::type_list<Items...>;
  std::tuple<value_of<Items>...> values;

  template <std::size_t I>
  constexpr auto& get() & {
    return std::get<I>(values);
  }
  template <std::size_t I>
  constexpr auto const& get() const& {
    return std::get<I>(values);
  }
  template <std::size_t I>
  constexpr auto&& get() && {
    return std::get<I>(std::move(values));
  }

  template <class Column>
  constexpr auto const& operator[](Column const&) const {
    constexpr std::size_t i = detail::index_of<Column, item_of<Items>...>();
    static_assert(i != sizeof...(Items), "row[]: this column is not in the select list");
    return std::get<i>(values);
  }

  friend constexpr bool operator==(row const&, row const&) = default;
};

}  // namespace sequel

template <class... Items>
struct std::tuple_size<sequel::row<Items...>> : std::integral_constant<std::size_t, sizeof...(Items)> {};

template <std::size_t I, class... Items>
struct std::tuple_element<I, sequel::row<Items...>> {
  using type = std::tuple_element_t<I, std::tuple<sequel::value_of<Items>...>>;
};
