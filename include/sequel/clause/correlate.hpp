// SPDX-License-Identifier: BSL-1.0
// correlate(users): a subquery reads tables of the query around it. They enter this select's scope
// (so where() may use them) without entering its FROM; the subquery expression made of it lists
// them as its tables, so the outer statement checks that they are in its own scope.
#pragma once
#include "../schema/table.hpp"
#include "source.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

struct no_correlation : no_parameters {
  using correlated_tables = detail::type_list<>;
  template <class W>
  static constexpr void render(W&) {}
};

template <class... Tables>
struct correlate_clause : no_parameters {
  using provided_tables = detail::type_list<Tables...>;
  using correlated_tables = detail::type_list<Tables...>;
  template <class W>
  static constexpr void render(W&) {}  // the outer query's FROM names them
};

template <class S>
struct clause_methods<no_correlation, S> {
  template <class... Tables>
  constexpr auto correlate(Tables const&...) const {
    static_assert(sizeof...(Tables) != 0,
                  "correlate(): name at least one table of the outer query");
    static_assert((source<Tables> && ...),
                  "correlate(): every argument must be a table such as users, or an alias of one");
    static_assert(!(detail::contains<std::remove_cvref_t<Tables>, scope_of<S>> || ...),
                  "correlate(): the table is in this select's own FROM; a correlated table is one "
                  "the outer query names");
    return replace_clause<no_correlation>(static_cast<S const&>(*this),
                                          correlate_clause<std::remove_cvref_t<Tables>...>{});
  }
};

// The outer tables a query reads (those of correlate(), also inside a union's members).
template <class Q>
using correlated_tables_of = typename std::remove_cvref_t<Q>::correlated_tables;

template <class Q>
inline constexpr bool is_correlated = correlated_tables_of<Q>::size != 0;

}  // namespace sequel
