// SPDX-License-Identifier: BSL-1.0
// Common table expressions: sq::with(ctes...).select(...), sq::with_recursive(ctes...).select(...).
// A CTE is either named by a table type that declares its columns, sq::cte(counter, query), whose
// columns are then ordinary typed columns (so a recursive CTE's query can read the CTE before the
// query exists), or named by a string, sq::cte<"recent">(query), a source read as
// recent[users.name] (stmt/derived.hpp).
#pragma once
#include <tuple>
#include <type_traits>

#include "../expr/subquery.hpp"
#include "../schema/table.hpp"
#include "derived.hpp"
#include "select.hpp"
#include "statement.hpp"

namespace sequel {

// "name"("col", ...) AS (query)
template <class Shape, class Q>
struct cte_def {
  static constexpr std::string_view cte_name = Shape::sql_name.view();
  Q query;

  template <class W>
  static constexpr void render_definition(W& w) {
    w.identifier(Shape::sql_name.view());
    render_columns(w, columns_of<Shape>{});
    w.put(" AS (");
    Q::render(w);
    w.put(')');
  }

 private:
  template <class W, class... C>
  static constexpr void render_columns(W& w, detail::type_list<C...>) {
    w.put('(');
    w.template column_names<C...>();
    w.put(')');
  }
};

namespace detail {
template <class... C, class... I>
constexpr bool columns_fit(type_list<C...>, type_list<I...>) {
  return ((kind_v<typename C::value_type> == kind_v<value_of<I>> &&
           (C::nullable || !is_nullable<value_of<I>>)) &&
          ...);
}

template <class Shape, class Q>
constexpr bool shape_fits() {
  if constexpr (columns_of<Shape>::size != query_items<Q>::size)
    return false;
  else
    return columns_fit(columns_of<Shape>{}, query_items<Q>{});
}
}  // namespace detail

// sq::cte(counter, query): the query's rows under the name and columns of the table type counter.
template <table_type Shape, class Q>
constexpr auto cte(Shape const&, Q const& q) {
  using shape = std::remove_cvref_t<Shape>;
  static_assert(query<Q>, "cte(): the second argument must be a select or a union of selects");
  if constexpr (query<Q>) {
    static_assert(detail::query_complete<Q>,
                  "cte(): the query reads a column whose table is not in its FROM; add "
                  ".from(table)");
    static_assert(!is_correlated<Q>, "cte(): a CTE's query cannot read tables of an outer query");
    static_assert(columns_of<shape>::size == query_items<Q>::size,
                  "cte(): the query must select as many columns as the CTE's table declares");
    static_assert(columns_of<shape>::size != query_items<Q>::size || detail::shape_fits<shape, Q>(),
                  "cte(): each selected column must be of the kind of the CTE's column at its "
                  "position, and may be NULL only where that column is std::optional");
  }
  return cte_def<shape, Q>{q};
}

// sq::cte<"recent">(query): a CTE read as recent[users.name], typed as the query's columns.
template <fixed_string Name, class Q>
constexpr auto cte(Q const& q) {
  static_assert(query<Q>, "cte<\"name\">(): the argument must be a select or a union of selects");
  if constexpr (query<Q>) {
    static_assert(detail::query_complete<Q>,
                  "cte<\"name\">(): the query reads a column whose table is not in its FROM; add "
                  ".from(table)");
    static_assert(!is_correlated<Q>,
                  "cte<\"name\">(): a CTE's query cannot read tables of an outer query");
    static_assert(detail::named_columns<Q>,
                  "cte<\"name\">(): every column of a CTE needs its own name; label expressions "
                  "with .as<\"name\">()");
  }
  return query_source<Name, Q, false>{q};
}

template <class T>
inline constexpr bool is_cte = false;
template <class S, class Q>
inline constexpr bool is_cte<cte_def<S, Q>> = true;
template <fixed_string N, class Q>
inline constexpr bool is_cte<query_source<N, Q, false>> = true;

// WITH [RECURSIVE] cte, ... : the statement's first clause.
template <bool Recursive, class... Ctes>
struct with_clause {
  std::tuple<Ctes...> ctes;

  template <class W>
  static constexpr void render(W& w) {
    w.put(Recursive ? "WITH RECURSIVE " : "WITH ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Ctes::render_definition(w)), ...);
    w.put(' ');
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... c) { (c.query.for_each_param(f), ...); }, ctes);
  }
};

namespace detail {
template <class Head, class... Clauses>
constexpr auto prepend_clause(Head const& head, statement<Clauses...> const& s) {
  return make_statement(head, static_cast<Clauses const&>(s)...);
}
}  // namespace detail

// What sq::with(...) returns: the CTEs, waiting for the select that reads them.
template <bool Recursive, class... Ctes>
struct with_ctes {
  std::tuple<Ctes...> ctes;

  template <class... Items>
  constexpr auto select(Items const&... items) const {
    return detail::prepend_clause(with_clause<Recursive, Ctes...>{ctes}, sequel::select(items...));
  }
};

template <class... Ctes>
constexpr auto with(Ctes const&... ctes) {
  static_assert(sizeof...(Ctes) != 0, "with(): name at least one sq::cte(...)");
  static_assert((is_cte<Ctes> && ...),
                "with(): every argument must be a sq::cte(table, query) or "
                "sq::cte<\"name\">(query)");
  if constexpr ((is_cte<Ctes> && ...))
    static_assert(detail::distinct_names({Ctes::cte_name...}),
                  "with(): two CTEs have the same name; give each its own");
  return with_ctes<false, Ctes...>{{ctes...}};
}

// WITH RECURSIVE: a CTE's query may read the CTE itself (a union_all of a start select and a select
// from the CTE's table). MySQL needs 8.0, MariaDB 10.2.
template <class... Ctes>
constexpr auto with_recursive(Ctes const&... ctes) {
  static_assert(sizeof...(Ctes) != 0, "with_recursive(): name at least one sq::cte(...)");
  static_assert((is_cte<Ctes> && ...), "with_recursive(): every argument must be a sq::cte(table, "
                                       "query) or sq::cte<\"name\">(query)");
  if constexpr ((is_cte<Ctes> && ...))
    static_assert(detail::distinct_names({Ctes::cte_name...}),
                  "with_recursive(): two CTEs have the same name; give each its own");
  return with_ctes<true, Ctes...>{{ctes...}};
}

}  // namespace sequel
