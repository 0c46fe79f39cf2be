// SPDX-License-Identifier: BSL-1.0
// What FROM and JOIN name: a table, or a table under another name (sq::alias<"u2">(users)) so that
// one table can be read twice. Every source is its own type: it is what a column lists in `tables`,
// and what a statement's scope holds.
#pragma once
#include <string_view>
#include <type_traits>

#include "../detail/fixed_string.hpp"
#include "../expr/node.hpp"
#include "../schema/table.hpp"

namespace sequel {

template <class Alias, class Column>
struct aliased_column;

// sq::alias<"u2">(users): FROM "users" AS "u2"; its columns are u2[users.name].
template <class Table, fixed_string Name>
struct table_alias {
  using source_tag = void;
  using base_table = Table;
  static constexpr std::string_view source_name = Name.view();

  template <class Column>
  constexpr auto operator[](Column const&) const {
    static_assert(is_column<Column> && std::is_same_v<typename Column::table, Table>,
                  "alias[]: name a column of the aliased table, such as u2[users.name]");
    return aliased_column<table_alias, Column>{};
  }

  template <class W>
  static constexpr void render_source(W& w) {
    w.identifier(Table::sql_name.view());
    w.put(" AS ");
    w.identifier(Name.view());
  }
};

template <fixed_string Name, table_type T>
constexpr table_alias<std::remove_cvref_t<T>, Name> alias(T const&) {
  return {};
}

// A column read through an alias: "u2"."name".
template <class Alias, class Column>
struct aliased_column : expression_base<aliased_column<Alias, Column>> {
  using value_type = typename Column::value_type;
  using tables = detail::type_list<Alias>;
  using column = Column;
  static constexpr std::string_view sql_name = Column::sql_name;

  template <class W>
  static constexpr void render(W& w) {
    w.identifier(Alias::source_name);
    w.put('.');
    w.identifier(sql_name);
  }
  template <class F>
  constexpr void for_each_param(F&) const {}
};

// A source: a table, or a type that says so (source_tag) and renders itself.
template <class T>
concept source = table_type<T> || requires { typename std::remove_cvref_t<T>::source_tag; };

namespace detail {
template <class Src>
constexpr std::string_view source_name() {
  if constexpr (table_type<Src>)
    return Src::sql_name.view();
  else
    return Src::source_name;
}

template <class Src>
struct base_table_of {
  using type = void;
};
template <table_type Src>
struct base_table_of<Src> {
  using type = Src;
};
template <class Src>
  requires requires { typename Src::base_table; }
struct base_table_of<Src> {
  using type = typename Src::base_table;
};
}  // namespace detail

// The table a source reads (for foreign-key inference), or void for a derived table.
template <class Src>
using base_table_of = typename detail::base_table_of<Src>::type;

// As FROM and JOIN write it: "users", "users" AS "u2", (SELECT ...) AS "t".
template <class Src, class W>
constexpr void render_source(W& w) {
  if constexpr (table_type<Src>)
    w.identifier(Src::sql_name.view());
  else
    Src::render_source(w);
}

// A source's bound values (a derived table's); tables and aliases have none.
template <class Src, class F>
constexpr void source_params(Src const& src, F& f) {
  if constexpr (requires { src.for_each_param(f); }) src.for_each_param(f);
}

}  // namespace sequel
