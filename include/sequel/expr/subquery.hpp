// SPDX-License-Identifier: BSL-1.0
// Selects used inside expressions: x.in(select ...), sq::exists(select ...), sq::not_exists(...),
// sq::scalar(select ...) as a value. The subquery renders in parentheses where it stands; its
// parameters are visited where it renders, so $n numbering runs on through it.
#pragma once
#include <optional>
#include <type_traits>

#include "../clause/correlate.hpp"
#include "../clause/group_by.hpp"
#include "../clause/limit.hpp"
#include "../clause/source.hpp"
#include "../schema/table.hpp"
#include "../stmt/result_items.hpp"
#include "aggregate.hpp"
#include "binary.hpp"

namespace sequel {

// A statement that returns rows and writes nothing: a select, or a union of selects.
template <class Q>
concept query = is_statement<Q> && returns_rows<Q> &&
                !requires { typename std::remove_cvref_t<Q>::target_table; };

// The query's row columns, typed as the query reads them (outer joins, groups).
template <class Q>
using query_items = result_items_of<Q>;

// The value type of a one-column query's column (Fallback for any other column count, so that a
// failed column-count check is not followed by errors about the column's type).
template <class Q, class Fallback = bool>
using query_value =
    value_of<std::conditional_t<query_items<Q>::size == 1,
                                typename detail::front_or_void<query_items<Q>>::type,
                                invalid_expr<Fallback>>>;

namespace detail {
// A select's columns come from the sources its FROM names (a union checked its members).
template <class Q>
inline constexpr bool query_complete = [] {
  if constexpr (requires { typename Q::selected_tables; })
    return is_subset<typename Q::selected_tables, scope_of<Q>>;
  else
    return true;
}();

template <class Q>
inline constexpr bool is_compound = requires { std::remove_cvref_t<Q>::compound; };

// A table or an alias reads its table; a derived table's query tells its own when it renders.
template <class Src, class W>
constexpr void note_read(W& w) {
  using table = sequel::base_table_of<Src>;
  if constexpr (!std::is_void_v<table>) w.read_table(table::sql_name.view());
}

// Tells the writer which tables the query's FROM reads (not the correlated ones, which belong to
// the outer query), so that a write reading its own target can be refused on MySQL.
template <class Q, class W>
constexpr void note_reads(W& w) {
  [&w]<class... T>(type_list<T...>) {
    ((contains<T, correlated_tables_of<Q>> ? void() : note_read<T>(w)), ...);
  }(scope_of<Q>{});
}

template <class Q, class W>
constexpr void render_subquery(W& w) {
  w.put('(');
  note_reads<Q>(w);
  Q::render(w);
  w.put(')');
}

// Aggregates without GROUP BY (and so HAVING) or LIMIT/OFFSET yield exactly one row, so COUNT(*) stays
// non-null; any other scalar subquery may yield no row, which reads as NULL.
template <class Q,
          class Item = typename front_or_void<typename std::remove_cvref_t<Q>::result_items>::type>
inline constexpr bool one_row_always = !is_compound<Q> && uses_aggregate<Item> &&
                                       !reads_bare_column<Item> && !is_grouped_statement<Q> &&
                                       has_clause<no_limit, Q>;
}  // namespace detail

// (SELECT ...) as a value.
template <class Q>
struct scalar_subquery : expression_base<scalar_subquery<Q>> {
  using value_type = std::conditional_t<detail::one_row_always<Q>, query_value<Q>,
                                        std::optional<strip_optional<query_value<Q>>>>;
  using tables = correlated_tables_of<Q>;

  Q query;

  template <class W>
  static constexpr void render(W& w) {
    detail::render_subquery<Q>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    query.for_each_param(f);
  }
};

template <class Q>
constexpr auto scalar(Q const& q) {
  static_assert(query<Q>, "scalar(): the argument must be a select such as "
                          "sq::select(sq::count()).from(posts)");
  if constexpr (query<Q>) {
    static_assert(detail::query_complete<Q>,
                  "scalar(): the subquery reads a column whose table is not in its FROM; add "
                  ".from(table)");
    static_assert(query_items<Q>::size == 1,
                  "scalar(): a subquery used as a value must select exactly one column");
    if constexpr (query_items<Q>::size == 1)
      return scalar_subquery<Q>{{}, q};
    else  // reported above; the first column's type stands in, so no second error follows
      return invalid_expr<std::optional<
          strip_optional<value_of<typename detail::front_or_void<query_items<Q>>::type>>>>{};
  } else {
    return invalid_expr<std::optional<std::int64_t>>{};
  }
}

// EXISTS (SELECT ...) / NOT EXISTS (SELECT ...)
template <class Q, bool Negated>
struct exists_expr : expression_base<exists_expr<Q, Negated>> {
  using value_type = bool;
  using tables = correlated_tables_of<Q>;

  Q query;

  template <class W>
  static constexpr void render(W& w) {
    w.put(Negated ? "NOT EXISTS " : "EXISTS ");
    detail::render_subquery<Q>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    query.for_each_param(f);
  }
};

template <class Q>
constexpr auto exists(Q const& q) {
  static_assert(query<Q>,
                "exists(): the argument must be a select such as sq::select(posts.id).from(posts)");
  if constexpr (query<Q>) {
    static_assert(detail::query_complete<Q>,
                  "exists(): the subquery reads a column whose table is not in its FROM; add "
                  ".from(table)");
    return exists_expr<Q, false>{{}, q};
  } else {
    return invalid_expr<bool>{};
  }
}

template <class Q>
constexpr auto not_exists(Q const& q) {
  static_assert(query<Q>,
                "not_exists(): the argument must be a select such as "
                "sq::select(posts.id).from(posts)");
  if constexpr (query<Q>) {
    static_assert(detail::query_complete<Q>,
                  "not_exists(): the subquery reads a column whose table is not in its FROM; add "
                  ".from(table)");
    return exists_expr<Q, true>{{}, q};
  } else {
    return invalid_expr<bool>{};
  }
}

// expr IN (SELECT column ...); expression_base::in() (expr/compare.hpp) checks and builds it.
template <class Derived, class Q>
struct in_query_expr : expression_base<in_query_expr<Derived, Q>> {
  // NULL when the subject is NULL, or when no row matches and the column holds a NULL.
  using value_type =
      std::conditional_t<is_nullable<value_of<Derived>> || is_nullable<query_value<Q>>,
                         std::optional<bool>, bool>;
  using tables = detail::concat<tables_of<Derived>, correlated_tables_of<Q>>;
  static constexpr int precedence = compare_level;

  Derived subject;
  Q query;

  template <class W>
  static constexpr void render(W& w) {
    render_operand<compare_level, false, false, Derived>(w);
    w.put(" IN ");
    detail::render_subquery<Q>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    subject.for_each_param(f);
    query.for_each_param(f);
  }
};

}  // namespace sequel
