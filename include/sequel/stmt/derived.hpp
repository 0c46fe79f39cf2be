// SPDX-License-Identifier: BSL-1.0
// A query's rows as a source with typed columns: a derived table, q.as<"t">(), rendered in FROM
// as (SELECT ...) AS "t", and a named CTE, sq::cte<"t">(q) in sq::with(...), rendered as "t".
// Either is read through its columns t[users.name] (the column the query selected) or
// t.column<"n">() (a label's name), typed as the query reads them.
#pragma once
#include <initializer_list>
#include <string_view>
#include <type_traits>

#include "../clause/source.hpp"
#include "../detail/fixed_string.hpp"
#include "../expr/subquery.hpp"
#include "result_items.hpp"
#include "statement.hpp"

namespace sequel {

// A column of a query source: "t"."name".
template <class Src, class Item, class Value>
struct source_column : expression_base<source_column<Src, Item, Value>> {
  using value_type = Value;
  using tables = detail::type_list<Src>;
  using column = sequel::item_of<Item>;
  static constexpr std::string_view sql_name = Item::sql_name;

  template <class W>
  static constexpr void render(W& w) {
    w.identifier(Src::source_name);
    w.put('.');
    w.identifier(sql_name);
  }
  template <class F>
  constexpr void for_each_param(F&) const {}
};

namespace detail {
template <class Item>
constexpr std::string_view selected_name() {
  if constexpr (requires { Item::sql_name; })
    return Item::sql_name;
  else
    return {};
}

// Whether every name is given and no two are alike.
constexpr bool distinct_names(std::initializer_list<std::string_view> names) {
  for (auto i = names.begin(); i != names.end(); ++i) {
    if (i->empty()) return false;
    for (auto j = names.begin(); j != i; ++j)
      if (*i == *j) return false;
  }
  return true;
}

template <class... Items>
constexpr bool named_items(type_list<Items...>) {
  return distinct_names({selected_name<Items>()...});
}

template <class Q>
inline constexpr bool named_columns = named_items(query_items<Q>{});

// Position of the item selected as E, or of the column named N; the count if none.
template <class E, class... Items>
constexpr std::size_t item_position(type_list<Items...>) {
  return index_of<E, sequel::item_of<Items>...>();
}
template <class... Items>
constexpr std::size_t name_position(std::string_view name, type_list<Items...>) {
  std::string_view const names[] = {selected_name<Items>()..., {}};
  std::size_t i = 0;
  while (i != sizeof...(Items) && names[i] != name) ++i;
  return i;
}

template <std::size_t I, class Items>
struct item_at;
template <std::size_t I, class... Items>
struct item_at<I, type_list<Items...>> {
  using type = std::tuple_element_t<I, std::tuple<Items...>>;
};
}  // namespace detail

// Derived: rendered in FROM with its query; otherwise a CTE, named in FROM and defined in WITH.
template <fixed_string Name, class Q, bool Derived>
struct query_source {
  using source_tag = void;
  static constexpr std::string_view source_name = Name.view();
  static constexpr std::string_view cte_name = Name.view();

  Q query;

  // t[users.name]: the column the query selected as users.name (or as any expression object).
  template <class E>
  constexpr auto operator[](E const&) const {
    constexpr std::size_t i = detail::item_position<std::remove_cvref_t<E>>(query_items<Q>{});
    static_assert(i != query_items<Q>::size,
                  "source[]: the query does not select this column; name one of its select list");
    return column_at<i>();
  }
  // t.column<"total">(): the column of that name, e.g. a label's.
  template <fixed_string Column>
  constexpr auto column() const {
    constexpr std::size_t i = detail::name_position(Column.view(), query_items<Q>{});
    static_assert(i != query_items<Q>::size,
                  "column<\"name\">(): the query selects no column of that name");
    return column_at<i>();
  }

  template <class W>
  static constexpr void render_source(W& w) {
    if constexpr (Derived) {
      detail::render_subquery<Q>(w);
      w.put(" AS ");
    }
    w.identifier(source_name);
  }
  // WITH "t" AS (SELECT ...)
  template <class W>
  static constexpr void render_definition(W& w) {
    w.identifier(source_name);
    w.put(" AS (");
    Q::render(w);
    w.put(')');
  }
  // A derived table's values bind where FROM renders it; a CTE's where WITH does.
  template <class F>
    requires Derived
  constexpr void for_each_param(F& f) const {
    query.for_each_param(f);
  }

 private:
  template <std::size_t I>
  static constexpr auto column_at() {
    if constexpr (I == query_items<Q>::size) {
      return invalid_expr<bool>{};  // reported by the caller
    } else {
      using typed = typename detail::item_at<I, query_items<Q>>::type;
      return source_column<query_source, typed, value_of<typed>>{};
    }
  }
};

template <class... Clauses>
template <fixed_string Name>
constexpr auto statement<Clauses...>::as() const {
  static_assert(query<statement>, "as<\"t\">(): only a select or a union can be a derived table");
  static_assert(!query<statement> || detail::query_complete<statement>,
                "as<\"t\">(): the query reads a column whose table is not in its FROM; add "
                ".from(table)");
  static_assert(!query<statement> || !is_correlated<statement>,
                "as<\"t\">(): a derived table cannot read tables of the outer query (correlate())");
  static_assert(!query<statement> || detail::named_columns<statement>,
                "as<\"t\">(): every column of a derived table needs its own name; label "
                "expressions with .as<\"name\">()");
  return query_source<Name, statement, true>{*this};
}

}  // namespace sequel
