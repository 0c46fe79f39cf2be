// SPDX-License-Identifier: BSL-1.0
// create_table(t).if_not_exists(), drop_table(t).if_exists()
#pragma once
#include <type_traits>

#include "../schema/table.hpp"
#include "statement.hpp"

namespace sequel {

namespace detail {
template <class W, class C>
constexpr void render_column_definition(W& w) {
  using dialect = typename W::dialect;
  using value = strip_optional<typename C::value_type>;
  constexpr bool key = C::template has<primary_key> || C::template has<unique> ||
                       C::template has<index> || !std::is_void_v<typename C::references>;
  w.identifier(C::sql_name);
  w.put(' ');
  if constexpr (!std::is_void_v<typename C::sql_type_option>)
    w.put(C::sql_type_option::text);
  else
    w.put(dialect::template type_name<value>(key));
  if constexpr (is_generated<C>) {
    dialect::template check_generated_key<value>();
    w.put(dialect::generated_key);
    return;
  }
  if constexpr (!C::nullable) w.put(" NOT NULL");
  if constexpr (C::has_default) {
    constexpr auto v = C::default_option::value;
    w.put(" DEFAULT ");
    if constexpr (v.kind == v.text) {
      w.string_literal(v.text_view());
    } else if constexpr (v.kind == v.boolean) {
      w.put(v.number ? "TRUE" : "FALSE");
    } else {
      if (v.number < 0) w.put('-');
      w.put_number(v.number < 0 ? 0ULL - static_cast<unsigned long long>(v.number)
                                : static_cast<unsigned long long>(v.number));
    }
  }
  if constexpr (C::template has<unique>) w.put(" UNIQUE");
  if constexpr (C::template has<primary_key> && primary_key_count<typename C::table> == 1)
    w.put(" PRIMARY KEY");
}

template <class W, class C>
constexpr void render_foreign_key(W& w) {
  if constexpr (!std::is_void_v<typename C::references>) {
    using target = typename C::references::target;
    w.put(", FOREIGN KEY (");
    w.identifier(C::sql_name);
    w.put(") REFERENCES ");
    w.identifier(target::table::sql_name.view());
    w.put(" (");
    w.identifier(target::sql_name);
    w.put(')');
    if constexpr (C::template has<on_delete_cascade>) w.put(" ON DELETE CASCADE");
  }
}

template <class W, class... C>
constexpr void render_composite_key(W& w) {
  w.put(", PRIMARY KEY (");
  bool first = true;
  ((C::template has<primary_key>
        ? (w.put(first ? "" : ", "), first = false, w.identifier(C::sql_name))
        : void()),
   ...);
  w.put(')');
}

template <class W, class... C>
constexpr void render_table_body(W& w, type_list<C...>) {
  w.put(" (");
  bool first = true;
  ((w.put(first ? "" : ", "), first = false, render_column_definition<W, C>(w)), ...);
  if constexpr ((std::size_t{C::template has<primary_key>} + ... + 0) > 1)
    render_composite_key<W, C...>(w);
  (render_foreign_key<W, C>(w), ...);
  w.put(')');
  w.put(W::dialect::table_options);
}

template <class... C>
constexpr bool defaults_fit(type_list<C...>) {
  return (default_fits<C>() && ...);
}
// MySQL accepts a foreign key only between columns of the same type (width and sign included).
template <class C>
constexpr bool reference_fits() {
  if constexpr (std::is_void_v<typename C::references>)
    return true;
  else
    return std::is_same_v<storage_type<strip_optional<typename C::value_type>>,
                          storage_type<strip_optional<typename C::references::target::value_type>>>;
}
template <class... C>
constexpr bool references_fit(type_list<C...>) {
  return (reference_fits<C>() && ...);
}
// A foreign key must point at a column that is unique on its own.
template <class C>
constexpr bool reference_is_key() {
  if constexpr (std::is_void_v<typename C::references>) {
    return true;
  } else {
    return is_unique_alone<typename C::references::target>;
  }
}
template <class... C>
constexpr bool references_are_keys(type_list<C...>) {
  return (reference_is_key<C>() && ...);
}
}  // namespace detail

// CREATE INDEX "ix_users_name" ON "users" ("name"), for a column with the index option.
template <class Column, bool IfNotExists>
struct create_index_clause : no_parameters {
  template <class W>
  static constexpr void render(W& w) {
    using table = typename Column::table;
    w.put(IfNotExists ? "CREATE INDEX IF NOT EXISTS " : "CREATE INDEX ");
    w.identifier("ix_", table::sql_name.view(), "_", Column::sql_name);
    w.put(" ON ");
    w.identifier(table::sql_name.view());
    w.put(" (");
    w.identifier(Column::sql_name);
    w.put(')');
  }
};

template <class Column, class S>
struct clause_methods<create_index_clause<Column, false>, S> {
  constexpr auto if_not_exists() const { return statement<create_index_clause<Column, true>>{}; }
};

template <class Column>
constexpr auto create_index(Column const&) {
  static_assert(is_column<Column>, "create_index(): the argument must be a column such as users.name");
  return statement<create_index_clause<Column, false>>{};
}

namespace detail {
template <bool IfNotExists, class... C>
using index_statements =
    concat<std::conditional_t<C::template has<index>,
                              type_list<statement<create_index_clause<C, IfNotExists>>>, type_list<>>...>;
template <bool IfNotExists, class Columns>
struct indexes_of;
template <bool IfNotExists, class... C>
struct indexes_of<IfNotExists, type_list<C...>> {
  using type = index_statements<IfNotExists, C...>;
};
}  // namespace detail

template <class Table, bool IfNotExists>
struct create_table_clause : no_parameters {
  // Statements execute() runs after this one: an index for each column declared with `index`.
  using follow_up = typename detail::indexes_of<IfNotExists, columns_of<Table>>::type;

  template <class W>
  static constexpr void render(W& w) {
    w.put(IfNotExists ? "CREATE TABLE IF NOT EXISTS " : "CREATE TABLE ");
    w.identifier(Table::sql_name.view());
    detail::render_table_body(w, columns_of<Table>{});
  }
};

template <class Table, class S>
struct clause_methods<create_table_clause<Table, false>, S> {
  constexpr auto if_not_exists() const { return statement<create_table_clause<Table, true>>{}; }
};

template <table_type T>
constexpr auto create_table(T const&) {
  using table = std::remove_cvref_t<T>;
  static_assert(detail::member_count<table> != 0 && detail::member_count<table> < detail::max_members,
                "create_table(): a table needs between 1 and 63 columns");
  static_assert(detail::defaults_fit(columns_of<table>{}),
                "create_table(): a default_value does not fit its column's type");
  static_assert(detail::references_fit(columns_of<table>{}),
                "create_table(): a references<> column's type does not match the referenced column");
  static_assert(detail::references_are_keys(columns_of<table>{}),
                "create_table(): references<> must name a primary key or unique column");
  return statement<create_table_clause<table, false>>{};
}

namespace detail {
template <class C>
struct is_unsigned64_key_table : std::false_type {};
template <class Table, bool IfNotExists>
  requires(!std::is_void_v<generated_key<Table>>)
struct is_unsigned64_key_table<create_table_clause<Table, IfNotExists>>
    : std::bool_constant<std::is_same_v<storage_type<typename generated_key<Table>::value_type>,
                                        std::uint64_t>> {};
}  // namespace detail

// A CREATE TABLE whose generated key is a std::uint64_t, which PostgreSQL cannot generate (its
// identity columns are at most BIGINT); checked by to_sql() and execute().
template <class S>
inline constexpr bool creates_unsigned64_key = any_clause<S, detail::is_unsigned64_key_table>;

template <class Table, bool IfExists>
struct drop_table_clause : no_parameters {
  template <class W>
  static constexpr void render(W& w) {
    w.put(IfExists ? "DROP TABLE IF EXISTS " : "DROP TABLE ");
    w.identifier(Table::sql_name.view());
  }
};

template <class Table, class S>
struct clause_methods<drop_table_clause<Table, false>, S> {
  constexpr auto if_exists() const { return statement<drop_table_clause<Table, true>>{}; }
};

template <table_type T>
constexpr auto drop_table(T const&) {
  return statement<drop_table_clause<std::remove_cvref_t<T>, false>>{};
}

}  // namespace sequel
