// SPDX-License-Identifier: BSL-1.0
// A statement is the list of its clauses. Each clause holds its values and renders itself; the
// methods that add a clause (where(), order_by() ...) come from clause_methods<Placeholder, S>,
// defined in that clause's file, so a statement gains where() only while it has none.
#pragma once
#include <type_traits>
#include <utility>

#include "../detail/fixed_string.hpp"
#include "../detail/type_list.hpp"

namespace sequel {

template <class Clause, class Statement>
struct clause_methods {};

// An aggregate, built by make_statement() and replace_clause_made(): each clause is initialized from
// its own initializer, so a clause made by a call is built in place, not moved through a constructor.
template <class... Clauses>
struct statement : Clauses..., clause_methods<Clauses, statement<Clauses...>>... {
  template <class W>
  static constexpr void render(W& w) {
    (Clauses::render(w), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    (static_cast<Clauses const&>(*this).for_each_param(f), ...);
  }

  // q.as<"t">(): a select or union as a derived table, FROM (SELECT ...) AS "t" (stmt/derived.hpp).
  template <fixed_string Name>
  constexpr auto as() const;
};

namespace detail {
template <class C>
struct provided {
  using type = type_list<>;
};
template <class C>
  requires requires { typename C::provided_tables; }
struct provided<C> {
  using type = typename C::provided_tables;
};

template <class C>
struct made_nullable {
  using type = type_list<>;
};
template <class C>
  requires requires { typename C::nullable_tables; }
struct made_nullable<C> {
  using type = typename C::nullable_tables;
};

template <class S>
struct statement_traits;
template <class... Clauses>
struct statement_traits<statement<Clauses...>> {
  using scope = concat<typename provided<Clauses>::type...>;
  using clauses = type_list<Clauses...>;
};

// What initializes each clause of the new statement: make()'s clause where the clause is replaced,
// else the old statement (which converts to its clause). Two instantiations per replace_clause()
// instead of one per clause.
template <bool Replaced>
struct pick_clause {
  template <class S, class Make>
  static constexpr S const& from(S const& s, Make&) {
    return s;
  }
};
template <>
struct pick_clause<true> {
  template <class S, class Make>
  static constexpr auto from(S const&, Make& make) {
    return make();
  }
};
}  // namespace detail

// The tables a statement's clauses bring into scope (FROM, the target of UPDATE, ...).
template <class S>
using scope_of = typename detail::statement_traits<std::remove_cvref_t<S>>::scope;

// The tables an outer join may leave NULL: their columns are optional in the statement's rows.
namespace detail {
template <class S>
struct nullable_tables;
template <class... Clauses>
struct nullable_tables<statement<Clauses...>> {
  using type = concat<typename made_nullable<Clauses>::type...>;
};
}  // namespace detail

template <class S>
using nullable_tables_of = typename detail::nullable_tables<std::remove_cvref_t<S>>::type;

// Whether any clause C of the statement satisfies Pred<C>::value.
template <class S, template <class> class Pred>
inline constexpr bool any_clause =
    []<class... C>(detail::type_list<C...>) { return (Pred<C>::value || ...); }(
        typename detail::statement_traits<std::remove_cvref_t<S>>::clauses{});

template <class Clause, class S>
inline constexpr bool has_clause =
    detail::contains<Clause, typename detail::statement_traits<std::remove_cvref_t<S>>::clauses>;

// The statement with clause Old replaced by the clause make() returns, built where the new statement
// keeps it: the values it moves in from make()'s captures are not moved again.
template <class Old, class Make, class... Clauses>
constexpr auto replace_clause_made(statement<Clauses...> const& s, Make make) {
  using New = decltype(make());
  using result = statement<std::conditional_t<std::is_same_v<Clauses, Old>, New, Clauses>...>;
  return result{detail::pick_clause<std::is_same_v<Clauses, Old>>::from(s, make)...,
                clause_methods<std::conditional_t<std::is_same_v<Clauses, Old>, New, Clauses>, result>{}...};
}

// The statement of these clauses (the method bases are empty).
template <class... Clauses>
constexpr statement<Clauses...> make_statement(Clauses... clauses) {
  return {std::move(clauses)..., clause_methods<Clauses, statement<Clauses...>>{}...};
}

// The statement with clause Old replaced by New.
template <class Old, class New, class... Clauses>
constexpr auto replace_clause(statement<Clauses...> const& s, New replacement) {
  return replace_clause_made<Old>(s, [&replacement] { return static_cast<New&&>(replacement); });
}

namespace detail {
template <class T>
inline constexpr bool is_statement = false;
template <class... C>
inline constexpr bool is_statement<statement<C...>> = true;
}  // namespace detail

template <class T>
inline constexpr bool is_statement = detail::is_statement<std::remove_cvref_t<T>>;

// A statement that returns rows: a select, or a write with returning().
template <class S>
concept returns_rows = requires { std::remove_cvref_t<S>::returns_rows; };

// Placeholders and clauses without values visit no parameters.
struct no_parameters {
  template <class F>
  constexpr void for_each_param(F&) const {}
};

}  // namespace sequel
