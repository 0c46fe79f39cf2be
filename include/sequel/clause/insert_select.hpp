// SPDX-License-Identifier: BSL-1.0
// INSERT ... SELECT: insert_into(archive).columns(archive.name, archive.age).select(query) renders
// INSERT INTO "archive" ("name", "age") SELECT ...; the query's values fill the named columns in
// order, and its parameters are bound where they stand.
#pragma once
#include <type_traits>

#include "../schema/table.hpp"
#include "../stmt/select.hpp"
#include "../stmt/statement.hpp"
#include "on_conflict.hpp"
#include "values.hpp"

namespace sequel {

template <class Table>
struct insert_head;

template <class Query, class... Columns>
struct insert_select_clause {
  static constexpr bool inserts_select = true;

  Query query;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" (");
    w.template column_names<Columns...>();
    w.put(") ");
    Query::render(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    query.for_each_param(f);
  }
};

namespace detail {
template <class Items, class... Columns>
struct select_fits;
template <class... Items, class... Columns>
  requires(sizeof...(Items) == sizeof...(Columns))
struct select_fits<type_list<Items...>, Columns...> {
  static constexpr bool kinds =
      (assignable<typename Columns::value_type, value_of<Items>> && ...);
  static constexpr bool nulls = ((Columns::nullable || !is_nullable<value_of<Items>>) && ...);
};

template <class Q>
constexpr bool is_query() {
  if constexpr (is_statement<Q> && returns_rows<Q>)
    return requires { typename Q::selected_tables; };
  else
    return false;
}
template <class Q>
constexpr std::size_t selected_count() {
  if constexpr (is_query<Q>()) return Q::result_items::size;
  else return 0;
}
}  // namespace detail

// What columns() returns: the insert, waiting for what fills the columns: a query (select(),
// below) or rows given at run time (rows(), stmt/insert_rows.hpp).
template <class S, class... Columns>
struct insert_columns {
  S insert;

  template <class Range>
  auto rows(Range const& range) const;

  template <class Query>
  constexpr auto select(Query const& query) const {
    constexpr bool query_ok = detail::is_query<Query>();
    static_assert(query_ok, "select(): the argument must be a query such as sq::select(...).from(t)");
    constexpr bool count_ok = detail::selected_count<Query>() == sizeof...(Columns);
    static_assert(!query_ok || count_ok,
                  "select(): the query must select one value for each column named in columns()");
    if constexpr (query_ok && count_ok) {
      using fits = detail::select_fits<result_items_of<Query>, Columns...>;  // outer joins included
      static_assert(fits::kinds,
                    "select(): a selected value's type does not fit its column's type (e.g. a "
                    "number for a text column)");
      static_assert(!fits::kinds || fits::nulls,
                    "select(): a selected value that may be NULL cannot go into a NOT NULL column");
      // The query's own checks, which to_sql() and execute() make of the statement they are given.
      static_assert(detail::is_subset<typename Query::selected_tables, scope_of<Query>>,
                    "select(): the query uses a column whose table is not in its FROM; add "
                    ".from(table)");
      static_assert(!mixes_aggregates<Query>,
                    "select(): the query has a column next to an aggregate without GROUP BY; add "
                    ".group_by(column)");
      static_assert(!has_unlinked_join<Query> && !has_ambiguous_join<Query>,
                    "select(): a join of the query needs its condition; give it with .on(...)");
      static_assert(!has_full_join<Query>,
                    "select(): an INSERT ... SELECT cannot read a FULL JOIN (mysql has none); use "
                    "a LEFT JOIN");
      static_assert(has_clause<no_on_conflict, S>,
                    "select(): an INSERT ... SELECT cannot have ON CONFLICT here; insert with "
                    "values()");
      return replace_clause<no_values>(insert, insert_select_clause<Query, Columns...>{query});
    } else {
      return insert;  // reported above
    }
  }
};

template <class Table, class S>
struct clause_methods<insert_head<Table>, S> {
  // The columns an INSERT ... SELECT or rows() fills, in the order of the query's values or the
  // rows' elements; every NOT NULL column without a default must be among them.
  template <class... Columns>
  constexpr auto columns(Columns const&...) const {
    static_assert(misses_values<S>,
                  "columns(): the insert already has values(); use values(), "
                  "columns(...).select(query) or columns(...).rows(range), not one after another");
    static_assert(sizeof...(Columns) != 0, "columns(): name at least one column");
    constexpr bool columns_ok =
        ((is_column<Columns> && std::is_same_v<typename Columns::table, Table>) && ...);
    static_assert(columns_ok, "columns(): every argument must be a column of the table inserted into");
    if constexpr (columns_ok) {
      static_assert(detail::all_distinct<Columns...>, "columns(): a column is named twice");
      static_assert(detail::required_columns_given<columns_of<Table>, Columns...>::value,
                    "columns(): a NOT NULL column without a default is missing; name every "
                    "required column");
    }
    return insert_columns<S, Columns...>{static_cast<S const&>(*this)};
  }
};

}  // namespace sequel
