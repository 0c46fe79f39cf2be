// SPDX-License-Identifier: BSL-1.0
// GROUP BY 1, ORDER BY 2: a key that binds values and is also selected is written as its position in
// the select list. Written out, its placeholders would differ from the select list's ($1 there, $2
// here), and PostgreSQL would not see the selected expression as the key.
#pragma once
#include <cstddef>

#include "../detail/type_list.hpp"
#include "../render/writer.hpp"

namespace sequel {

template <std::size_t Position>
struct key_by_position {
  using tables = detail::type_list<>;

  template <class W>
  static constexpr void render(W& w) {
    w.put_number(Position);
  }
  template <class F>
  constexpr void for_each_param(F&) const {}
};

namespace detail {
template <class Key>
constexpr bool binds_values() {
  sql_writer<sqlite> w;  // counts the placeholders the key renders
  Key::render(w);
  return w.parameters != 0;
}

// The key, or its position when it binds values and the select list holds it.
template <class Key, class... Items>
constexpr auto by_position(Key const& key, type_list<Items...>) {
  constexpr std::size_t i = index_of<Key, Items...>();
  if constexpr (i != sizeof...(Items) && binds_values<Key>())
    return key_by_position<i + 1>{};
  else
    return key;
}
}  // namespace detail

}  // namespace sequel
