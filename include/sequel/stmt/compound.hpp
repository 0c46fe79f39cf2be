// SPDX-License-Identifier: BSL-1.0
// sq::union_(a, b), union_all, intersect, except_, then .order_by(...).limit(n).offset(m).
// The members must have as many columns, of the same kinds; the rows are those of the first select.
// SQLite allows neither parentheses around a member nor ORDER BY/LIMIT inside one, so a member that
// needs either (a sorted or limited select, a nested compound that would otherwise group wrongly)
// is rendered as SELECT * FROM (member) AS "m", which every database reads alike.
#pragma once
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../clause/limit.hpp"
#include "../clause/order_by.hpp"
#include "../detail/fixed_string.hpp"
#include "../expr/subquery.hpp"
#include "result_items.hpp"
#include "statement.hpp"

namespace sequel {

// Level: INTERSECT binds tighter than UNION and EXCEPT (PostgreSQL, MySQL); SQLite reads every
// compound left to right, so a nested compound is left bare only where both readings agree.
template <fixed_string Keyword, int Level>
struct set_operator {
  static constexpr std::string_view keyword = Keyword.view();
  static constexpr int level = Level;
};

// A union's row column: named and found (row[users.name]) as the first select's item, read as
// Value, which is nullable when either member's column is.
template <class Item, class Value>
struct compound_column : detail::named_like<Item> {
  using value_type = Value;
  using tables = detail::type_list<>;  // typed already: the statement adds no nullability
};

namespace detail {
template <class Item, class Value>
struct item_of<compound_column<Item, Value>> {
  using type = Item;
};

template <class A, class B>
struct compound_items;
template <class... A, class... B>
struct compound_items<type_list<A...>, type_list<B...>> {
  using type = type_list<compound_column<
      sequel::item_of<A>,
      std::conditional_t<is_nullable<value_of<B>>, std::optional<strip_optional<value_of<A>>>,
                         value_of<A>>>...>;
};

// The first select's own items, which order_by() names.
template <class Q>
struct key_items {
  using type = typename std::remove_cvref_t<Q>::result_items;
};
template <class Q>
  requires requires { typename std::remove_cvref_t<Q>::key_items; }
struct key_items<Q> {
  using type = typename std::remove_cvref_t<Q>::key_items;
};

template <class... A, class... B>
constexpr bool same_kinds(type_list<A...>, type_list<B...>) {
  return ((kind_v<value_of<A>> == kind_v<value_of<B>>) && ...);
}

template <class M>
constexpr bool sorted_or_limited() {
  if constexpr (is_compound<M>)
    return !has_clause<no_limit, M> || !M::unsorted;
  else
    return !has_clause<no_limit, M> || !has_clause<no_order_by, M>;
}

template <class Op, class M, bool Right, class W>
constexpr void render_member(W& w) {
  constexpr bool wrap = sorted_or_limited<M>() || [] {
    if constexpr (is_compound<M>)
      return Right || M::level < Op::level;
    else
      return false;
  }();
  note_reads<M>(w);
  if constexpr (wrap) w.put("SELECT * FROM (");
  M::render(w);
  if constexpr (wrap) {
    w.put(") AS ");
    w.identifier("m");
  }
}
}  // namespace detail

template <class Op, class A, class B>
struct compound_head {
  static constexpr bool returns_rows = true;
  static constexpr bool compound = true;
  static constexpr int level = Op::level;
  using result_items = typename detail::compound_items<query_items<A>, query_items<B>>::type;
  // The first select's own items: the keys order_by() may name.
  using key_items = typename detail::key_items<A>::type;
  using correlated_tables = detail::concat<correlated_tables_of<A>, correlated_tables_of<B>>;

  A left;
  B right;

  template <class W>
  static constexpr void render(W& w) {
    detail::render_member<Op, A, false>(w);
    w.put(Op::keyword);
    detail::render_member<Op, B, true>(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    left.for_each_param(f);
    right.for_each_param(f);
  }
};

// ORDER BY of a compound: each key is a column of the first select, named by its position, the one
// form all three databases accept there.
template <class... Keys>
struct compound_order : no_parameters {
  static constexpr bool unsorted = sizeof...(Keys) == 0;

  template <class W>
  static constexpr void render(W& w) {
    if constexpr (sizeof...(Keys) != 0) {
      w.put(" ORDER BY ");
      bool first = true;
      ((w.put(first ? "" : ", "), first = false, w.put_number(Keys::position + 1),
        w.put(Keys::suffix)),
       ...);
    }
  }
};

template <std::size_t Position, int Direction>
struct compound_key {
  static constexpr std::size_t position = Position;
  static constexpr std::string_view suffix =
      Direction == ascending ? " ASC" : Direction == descending ? " DESC" : "";
};

namespace detail {
template <class E, class... Items>
constexpr std::size_t position_in(type_list<Items...>) {
  return index_of<E, Items...>();
}
// An order_by() argument as the key of a compound: its position in First, its direction.
template <class First, class T>
struct compound_key_of;
template <class First, class E, int Direction>
struct compound_key_of<First, order_item<E, Direction>> {
  static constexpr std::size_t position = position_in<E>(First{});
  using type = compound_key<position, Direction>;
};
template <class First, class Item>
using compound_key_for =
    compound_key_of<First, decltype(as_order_item(std::declval<Item const&>()))>;
}  // namespace detail

template <class S>
struct clause_methods<compound_order<>, S> {
  template <class... Items>
  constexpr auto order_by(Items const&...) const {  // the keys are positions: nothing to hold
    static_assert(sizeof...(Items) != 0, "order_by(): name at least one sort key");
    constexpr bool keys = ((expression<Items> || is_order_item<Items>) && ...);
    static_assert(keys, "order_by(): every key must be an expression, expr.asc() or expr.desc()");
    if constexpr (keys) {
      using first = typename S::key_items;
      constexpr bool listed =
          ((detail::compound_key_for<first, Items>::position != first::size) && ...);
      static_assert(listed,
                    "order_by(): a union_/intersect/except_ sorts by a column of its first select; "
                    "select the key there");
      return replace_clause<compound_order<>>(
          static_cast<S const&>(*this),
          compound_order<typename detail::compound_key_for<first, Items>::type...>{});
    } else {
      return static_cast<S const&>(*this);  // reported above
    }
  }
};

namespace detail {
enum class compound_problem { none, not_queries, column_count, kinds_differ, incomplete_member };

template <class A, class B>
constexpr compound_problem compound_problem_of() {
  if constexpr (!query<A> || !query<B>)
    return compound_problem::not_queries;
  else if constexpr (query_items<A>::size != query_items<B>::size)
    return compound_problem::column_count;
  else if constexpr (!same_kinds(query_items<A>{}, query_items<B>{}))
    return compound_problem::kinds_differ;
  else if constexpr (!query_complete<A> || !query_complete<B>)
    return compound_problem::incomplete_member;
  else
    return compound_problem::none;
}
}  // namespace detail

// The set operations as function objects: one definition holds the checks of all four.
template <class Op>
struct set_operation {
  template <class A, class B>
  constexpr auto operator()(A const& a, B const& b) const {
    using enum detail::compound_problem;
    constexpr auto problem = detail::compound_problem_of<A, B>();
    static_assert(problem != not_queries,
                  "union_/intersect/except_: both arguments must be selects such as "
                  "sq::select(users.name).from(users)");
    static_assert(problem != column_count,
                  "union_/intersect/except_: both selects must have the same number of columns");
    static_assert(problem != kinds_differ,
                  "union_/intersect/except_: the selects' columns must be of the same kinds, in "
                  "the same order (text with text, integer with integer, ...)");
    static_assert(problem != incomplete_member,
                  "union_/intersect/except_: a select reads a column whose table is not in its "
                  "FROM; add .from(table)");
    if constexpr (problem == none) {
      using head = compound_head<Op, A, B>;
      return make_statement(head{a, b}, compound_order<>{}, no_limit{});
    } else {
      return a;  // reported above
    }
  }
};

inline constexpr set_operation<set_operator<" UNION ", 1>> union_{};
inline constexpr set_operation<set_operator<" UNION ALL ", 1>> union_all{};
inline constexpr set_operation<set_operator<" EXCEPT ", 1>> except_{};
inline constexpr set_operation<set_operator<" INTERSECT ", 2>> intersect{};

}  // namespace sequel
