// SPDX-License-Identifier: BSL-1.0
// result.as<T>(): rows into structs, by field name for Boost.Hana-adapted structs (the fields are
// matched against the select list's column names at compile time), by position for aggregates.
#pragma once
#include <boost/hana/accessors.hpp>
#include <boost/hana/at.hpp>
#include <boost/hana/concept/struct.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/unpack.hpp>
#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "../detail/members.hpp"
#include "row.hpp"
#include "values.hpp"

namespace sequel {

template <class T>
inline constexpr bool hana_adapted = boost::hana::Struct<T>::value;

// Whether a field of type Field can take a column value of type Value.
template <class Field, class Value>
inline constexpr bool field_holds =
    requires { typename storage_of<strip_optional<Field>>::type; } &&
    column_value<strip_optional<Field>> && (assignable<Field, Value> || kind_v<Field> == kind_v<Value>) &&
    (!is_nullable<Value> || is_nullable<Field>);

namespace detail {
template <class Item>
constexpr std::string_view result_name() {
  if constexpr (requires { Item::sql_name; })
    return Item::sql_name;
  else
    return {};
}

// Field names of a Hana struct, as string_views, in declaration order.
template <class T>
constexpr auto field_names() {
  return boost::hana::unpack(boost::hana::accessors<T>(), [](auto... pairs) {
    return std::array<std::string_view, sizeof...(pairs)>{
        std::string_view(boost::hana::to<char const*>(boost::hana::first(pairs)))...};
  });
}

template <class T>
using field_types = decltype(boost::hana::unpack(boost::hana::accessors<T>(), [](auto... pairs) {
  return type_list<std::remove_cvref_t<decltype(boost::hana::second(pairs)(std::declval<T&>()))>...>{};
}));

// Position of the select list column named `name`, or the list's size.
template <class... Items>
constexpr std::size_t column_named(std::string_view name) {
  constexpr std::string_view names[] = {result_name<Items>()..., {}};
  std::size_t i = 0;
  while (i != sizeof...(Items) && names[i] != name) ++i;
  return i;
}

template <class T, class Row>
struct named_mapping;
template <class T, class... Items>
struct named_mapping<T, row<Items...>> {
  static constexpr auto names = field_names<T>();
  static constexpr auto positions = [] {
    std::array<std::size_t, names.size()> p{};
    for (std::size_t i = 0; i != names.size(); ++i) p[i] = column_named<Items...>(names[i]);
    return p;
  }();
  static constexpr bool all_named = [] {
    for (auto p : positions)
      if (p == sizeof...(Items)) return false;
    return true;
  }();

  template <std::size_t F, class Field>
  static constexpr bool fits_one() {
    if constexpr (positions[F] == sizeof...(Items))
      return true;  // reported by all_named
    else
      return field_holds<Field, value_of<std::tuple_element_t<positions[F], std::tuple<Items...>>>>;
  }
  template <class... Fields, std::size_t... F>
  static constexpr bool fits(type_list<Fields...>, std::index_sequence<F...>) {
    return (fits_one<F, Fields>() && ...);
  }
  static constexpr bool all_fit = fits(field_types<T>{}, std::make_index_sequence<names.size()>{});
};

// T takes the values in order and has no field left over. Only the one probe past the last value
// is an any_element: probing every field with it would instantiate std::optional's converting
// constructor, whose body calls any_element's undefined conversion ("used but never defined").
template <class T, class... Items>
constexpr bool positional_fit(row<Items...>*) {
  return requires { T{std::declval<value_of<Items>>()...}; } &&
         !requires { T{std::declval<value_of<Items>>()..., any_element{}}; };
}
}  // namespace detail

template <class T, class Row>
inline constexpr bool mapped_fields_named = [] {
  if constexpr (hana_adapted<T>)
    return detail::named_mapping<T, Row>::all_named;
  else
    return true;
}();

template <class T, class Row>
inline constexpr bool mapped_fields_fit = [] {
  if constexpr (hana_adapted<T>)
    return detail::named_mapping<T, Row>::all_fit;
  else
    return true;
}();

template <class T, class Row>
inline constexpr bool positional_fits = [] {
  if constexpr (hana_adapted<T> || !std::is_aggregate_v<T>)
    return hana_adapted<T>;
  else
    return detail::positional_fit<T>(static_cast<Row*>(nullptr));
}();

// The decoder of a mapped result: reads each field's column from the cursor straight into a T;
// from() moves the values of a row that was already decoded (the first row, read by execute()).
template <class T, class Row, class Decode>
struct map_row {
  template <class Cursor>
  T operator()(Cursor& c) const {
    if constexpr (hana_adapted<T>) {
      return fill([&c]<std::size_t I>(auto& field, std::integral_constant<std::size_t, I>) {
        read_into<std::tuple_element_t<I, Row>>(field, c, static_cast<int>(I));
      });
    } else {
      return [&c]<std::size_t... I>(std::index_sequence<I...>) {
        return T{read_value<std::tuple_element_t<I, Row>>(c, static_cast<int>(I))...};
      }(std::make_index_sequence<std::tuple_size_v<Row>>{});
    }
  }
  static T from(Row&& r) {
    if constexpr (hana_adapted<T>) {
      return fill([&r]<std::size_t I>(auto& field, std::integral_constant<std::size_t, I>) {
        field = std::move(r).template get<I>();
      });
    } else {
      return std::apply([](auto&&... v) { return T{std::move(v)...}; }, std::move(r.values));
    }
  }

 private:
  // set(field, std::integral_constant<std::size_t, column>{}) for each field of a Hana-adapted T.
  template <class Set>
  static T fill(Set set) {
    constexpr auto& positions = detail::named_mapping<T, Row>::positions;
    T object{};
    [&]<std::size_t... F>(std::index_sequence<F...>) {
      auto fields = boost::hana::accessors<T>();
      (set(boost::hana::second(boost::hana::at_c<F>(fields))(object),
           std::integral_constant<std::size_t, positions[F]>{}),
       ...);
    }(std::make_index_sequence<positions.size()>{});
    return object;
  }
};

}  // namespace sequel
