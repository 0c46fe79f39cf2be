// SPDX-License-Identifier: BSL-1.0
// JOIN source ON condition, after FROM: join, left_join, right_join, full_join, cross_join.
// join(posts) alone joins along the one foreign key between posts and the tables before it; .on()
// gives the condition instead. An outer join makes the other side's columns optional in the result.
#pragma once
#include <tuple>
#include <type_traits>

#include "../stmt/statement.hpp"
#include "source.hpp"

namespace sequel {

enum class join_kind { inner, left, right, full, cross };

// The condition of a join given without on(): the foreign keys between Src and the Earlier sources.
template <class Src, class Earlier>
struct inferred_on : no_parameters {};
struct no_condition : no_parameters {};

namespace detail {
// One foreign-key link: From.FromColumn references To.ToColumn.
template <class From, class FromColumn, class To, class ToColumn>
struct foreign_key_link {
  template <class W>
  static constexpr void render(W& w) {
    w.identifier(source_name<From>());
    w.put('.');
    w.identifier(FromColumn::sql_name);
    w.put(" = ");
    w.identifier(source_name<To>());
    w.put('.');
    w.identifier(ToColumn::sql_name);
  }
};

// The link if column C of From's table references a column of To's table, else nothing.
template <class From, class To, class C, class Target = typename C::references>
struct link_if {
  using type = type_list<>;
};
template <class From, class To, class C, class Target>
  requires(!std::is_void_v<Target> && std::is_same_v<typename Target::target::table, sequel::base_table_of<To>>)
struct link_if<From, To, C, Target> {
  using type = type_list<foreign_key_link<From, C, To, typename Target::target>>;
};

template <class From, class To, class Columns>
struct links_from;
template <class From, class To, class... C>
struct links_from<From, To, type_list<C...>> {
  using type = concat<typename link_if<From, To, std::remove_cv_t<C>>::type...>;
};

// The links from From's columns to To's; none when either is not a table (a derived table).
template <class From, class To, class FromTable = sequel::base_table_of<From>,
          class ToTable = sequel::base_table_of<To>>
struct links_one_way {
  using type = typename links_from<From, To, columns_of<FromTable>>::type;
};
template <class From, class To, class FromTable>
struct links_one_way<From, To, FromTable, void> {
  using type = type_list<>;
};
template <class From, class To, class ToTable>
struct links_one_way<From, To, void, ToTable> {
  using type = type_list<>;
};

template <class Src, class Earlier>
struct links_with;
template <class Src, class... Earlier>
struct links_with<Src, type_list<Earlier...>> {
  using type = concat<typename links_one_way<Src, Earlier>::type...,
                      typename links_one_way<Earlier, Src>::type...>;
};
}  // namespace detail

// Every foreign-key link between Src and the Earlier sources, either way.
template <class Src, class Earlier>
using foreign_key_links = typename detail::links_with<Src, Earlier>::type;

template <join_kind Kind, class Src, class On, class MadeNullable>
struct join_item {
  using source = Src;
  static constexpr join_kind kind = Kind;
  using made_nullable = MadeNullable;  // the sources whose columns this join may leave NULL
  Src src;
  On on;

  template <class W>
  static constexpr void render(W& w) {
    constexpr std::string_view keyword[] = {" JOIN ", " LEFT JOIN ", " RIGHT JOIN ", " FULL JOIN ",
                                            " CROSS JOIN "};
    w.put(keyword[static_cast<int>(Kind)]);
    render_source<Src>(w);
    if constexpr (expression<On>) {
      w.put(" ON ");
      On::render(w);
    } else {
      render_inferred(w, static_cast<On const*>(nullptr));
    }
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    source_params(src, f);
    on.for_each_param(f);
  }

 private:
  template <class W, class S, class E>
  static constexpr void render_inferred(W& w, inferred_on<S, E> const*) {
    using links = foreign_key_links<S, E>;
    if constexpr (links::size == 1) {
      w.put(" ON ");
      [&]<class Link>(detail::type_list<Link>) { Link::render(w); }(links{});
    }
  }
  template <class W>
  static constexpr void render_inferred(W&, no_condition const*) {}
};

template <class... Joins>
struct joins_clause {
  using provided_tables = detail::type_list<typename Joins::source...>;
  using nullable_tables = detail::concat<typename Joins::made_nullable...>;
  std::tuple<Joins...> joins;

  template <class W>
  static constexpr void render(W& w) {
    (Joins::render(w), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... j) { (j.for_each_param(f), ...); }, joins);
  }
};

namespace detail {
template <class Join>
inline constexpr bool is_inferred = false;
template <join_kind K, class Src, class S, class E, class N>
inline constexpr bool is_inferred<join_item<K, Src, inferred_on<S, E>, N>> = true;

template <class Join>
inline constexpr int inferred_links = -1;  // not inferred
template <join_kind K, class Src, class S, class E, class N>
inline constexpr int inferred_links<join_item<K, Src, inferred_on<S, E>, N>> =
    static_cast<int>(foreign_key_links<S, E>::size);

template <class Joins>
struct join_checks {
  static constexpr bool unlinked = false, ambiguous = false, full = false;
};  // statements without joins
template <class... Joins>
struct join_checks<joins_clause<Joins...>> {
  static constexpr bool unlinked = ((inferred_links<Joins> == 0) || ...);
  static constexpr bool ambiguous = ((inferred_links<Joins> > 1) || ...);
  static constexpr bool full = ((Joins::kind == join_kind::full) || ...);
};
}  // namespace detail

template <class C>
struct unlinked_join : std::bool_constant<detail::join_checks<C>::unlinked> {};
template <class C>
struct ambiguous_join : std::bool_constant<detail::join_checks<C>::ambiguous> {};
template <class C>
struct full_join_clause : std::bool_constant<detail::join_checks<C>::full> {};

// A join(table) without on() whose table no foreign key links to the tables before it, or several do.
template <class S>
inline constexpr bool has_unlinked_join = any_clause<S, unlinked_join>;
template <class S>
inline constexpr bool has_ambiguous_join = any_clause<S, ambiguous_join>;
template <class S>
inline constexpr bool has_full_join = any_clause<S, full_join_clause>;

// The checks of every join method, written in each so the compiler reports them first.
#define SEQUEL_JOIN_AFTER_FROM "join(): name the first table with from() first"
#define SEQUEL_JOIN_SOURCE "join(): the argument must be a table such as posts, or an alias of one"
#define SEQUEL_JOIN_TWICE \
  "join(): this table is already in FROM; join it again through sq::alias<\"name\">(table)"

template <class S, class... Joins>
struct clause_methods<joins_clause<Joins...>, S> {
  template <class Src>
  constexpr auto join(Src const& src) const {
    static_assert(!has_clause<no_from, S>, SEQUEL_JOIN_AFTER_FROM);
    static_assert(source<Src>, SEQUEL_JOIN_SOURCE);
    static_assert(!detail::contains<Src, scope_of<S>>, SEQUEL_JOIN_TWICE);
    return add<join_kind::inner>(src);
  }
  template <class Src>
  constexpr auto left_join(Src const& src) const {
    static_assert(!has_clause<no_from, S>, SEQUEL_JOIN_AFTER_FROM);
    static_assert(source<Src>, SEQUEL_JOIN_SOURCE);
    static_assert(!detail::contains<Src, scope_of<S>>, SEQUEL_JOIN_TWICE);
    return add<join_kind::left>(src);
  }
  template <class Src>
  constexpr auto right_join(Src const& src) const {
    static_assert(!has_clause<no_from, S>, SEQUEL_JOIN_AFTER_FROM);
    static_assert(source<Src>, SEQUEL_JOIN_SOURCE);
    static_assert(!detail::contains<Src, scope_of<S>>, SEQUEL_JOIN_TWICE);
    return add<join_kind::right>(src);
  }
  template <class Src>
  constexpr auto full_join(Src const& src) const {
    static_assert(!has_clause<no_from, S>, SEQUEL_JOIN_AFTER_FROM);
    static_assert(source<Src>, SEQUEL_JOIN_SOURCE);
    static_assert(!detail::contains<Src, scope_of<S>>, SEQUEL_JOIN_TWICE);
    return add<join_kind::full>(src);
  }
  template <class Src>
  constexpr auto cross_join(Src const& src) const {
    static_assert(!has_clause<no_from, S>, SEQUEL_JOIN_AFTER_FROM);
    static_assert(source<Src>, SEQUEL_JOIN_SOURCE);
    static_assert(!detail::contains<Src, scope_of<S>>, SEQUEL_JOIN_TWICE);
    return add<join_kind::cross>(src);
  }

  // The condition of the join just added, instead of the inferred one.
  template <class Condition>
  constexpr auto on(Condition const& condition) const {
    constexpr bool after_join = last_is_inferred();
    static_assert(after_join, "on(): give the condition right after join(table)");
    static_assert(expression<Condition>,
                  "on(): the condition must be a sequel expression such as posts.user_id == users.id");
    if constexpr (!after_join || !expression<Condition>) {
      return self();  // reported above
    } else {
      static_assert(is_boolean<Condition>, "on(): the condition must be boolean");
      static_assert(detail::is_subset<tables_of<Condition>, scope_of<S>>,
                    "on(): the condition uses a column whose table is neither joined nor in FROM");
      return replace_clause<joins_clause<Joins...>>(self(), with_condition(condition, self().joins));
    }
  }

 private:
  constexpr S const& self() const { return static_cast<S const&>(*this); }

  static constexpr bool last_is_inferred() {
    bool last = false;
    ((last = detail::is_inferred<Joins>), ...);
    return last;
  }

  // Reported by the calling method when a check fails; joins otherwise.
  template <join_kind Kind, class Src>
  constexpr auto add(Src const& src) const {
    using scope = scope_of<S>;
    if constexpr (has_clause<no_from, S> || !source<Src> || detail::contains<Src, scope>) {
      return self();
    } else {
      using made_nullable = std::conditional_t<
          Kind == join_kind::left, detail::type_list<Src>,
          std::conditional_t<Kind == join_kind::right, scope,
                             std::conditional_t<Kind == join_kind::full,
                                                detail::concat<scope, detail::type_list<Src>>,
                                                detail::type_list<>>>>;
      using on = std::conditional_t<Kind == join_kind::cross, no_condition, inferred_on<Src, scope>>;
      using item = join_item<Kind, Src, on, made_nullable>;
      return replace_clause<joins_clause<Joins...>>(
          self(), joins_clause<Joins..., item>{std::tuple_cat(self().joins, std::tuple<item>{{src, {}}})});
    }
  }

  template <class Condition, std::size_t... I>
  static constexpr auto with_condition_impl(Condition const& condition, std::tuple<Joins...> const& joins,
                                            std::index_sequence<I...>) {
    using last = std::tuple_element_t<sizeof...(Joins) - 1, std::tuple<Joins...>>;
    using item = join_item<last::kind, typename last::source, Condition, typename last::made_nullable>;
    return joins_clause<std::tuple_element_t<I, std::tuple<Joins...>>..., item>{
        {std::get<I>(joins)..., item{std::get<sizeof...(Joins) - 1>(joins).src, condition}}};
  }
  template <class Condition>
  static constexpr auto with_condition(Condition const& condition, std::tuple<Joins...> const& joins) {
    return with_condition_impl(condition, joins, std::make_index_sequence<sizeof...(Joins) - 1>{});
  }
};

#undef SEQUEL_JOIN_AFTER_FROM
#undef SEQUEL_JOIN_SOURCE
#undef SEQUEL_JOIN_TWICE

}  // namespace sequel
