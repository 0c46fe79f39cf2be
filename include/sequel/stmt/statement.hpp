// SPDX-License-Identifier: BSL-1.0
// A statement is the list of its clauses. Each clause holds its values and renders itself; the
// methods that add a clause (where(), order_by() ...) come from clause_methods<Placeholder, S>,
// defined in that clause's file, so a statement gains where() only while it has none.
#pragma once
#include <type_traits>

#include "../detail/fixed_string.hpp"
#include "../detail/type_list.hpp"

namespace sequel {

template <class Clause, class Statement>
struct clause_methods {};


template <class... Clauses>
struct statement : Clauses..., clause_methods<Clauses, statement<Clauses...>>... {
  constexpr statement() = default;
  // One constructor, from rvalues: a clause is moved in; pass a copy to keep the original.
  constexpr explicit statement(Clauses&&... clauses) : Clauses(static_cast<Clauses&&>(clauses))... {}

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

// The replacement where the clause is replaced, else the statement (which converts to its clause):
// two instantiations per replace_clause() instead of one per clause.
template <bool Replaced>
struct pick_clause {
  template <class S, class New>
  static constexpr S const& from(S const& s, New&) {
    return s;
  }
};
template <>
struct pick_clause<true> {
  template <class S, class New>
  static constexpr New&& from(S const&, New& replacement) {
    return static_cast<New&&>(replacement);
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

// The statement with clause Old replaced by New, which is moved in (its values are not copied again).
template <class Old, class New, class... Clauses>
constexpr auto replace_clause(statement<Clauses...> const& s, New replacement) {
  using result = statement<std::conditional_t<std::is_same_v<Clauses, Old>, New, Clauses>...>;
  // An unchanged clause is copied out of s, the new one moved in.
  return result(std::conditional_t<std::is_same_v<Clauses, Old>, New&&, Clauses>(
      detail::pick_clause<std::is_same_v<Clauses, Old>>::from(s, replacement))...);
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
