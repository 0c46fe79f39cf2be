// SPDX-License-Identifier: BSL-1.0
// UPDATE's SET "a" = ?, "b" = "t"."b" + ?
#pragma once
#include <tuple>
#include <utility>

#include "../schema/table.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

struct no_set : no_parameters {
  static constexpr bool missing_set = true;
  template <class W>
  static constexpr void render(W&) {}
};

template <class... Assignments>
struct set_clause {
  std::tuple<Assignments...> assignments;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" SET ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Assignments::render(w)), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... a) { (a.for_each_param(f), ...); }, assignments);
  }
};

template <class S>
struct clause_methods<no_set, S> {
  template <class... Assignments>
  constexpr auto set(Assignments... assignments) const {
    using table = typename S::target_table;
    static_assert(sizeof...(Assignments) != 0, "set(): assign at least one column");
    static_assert((is_assignment<Assignments> && ...),
                  "set(): every argument must be an assignment such as users.age = 31");
    static_assert((std::is_same_v<typename Assignments::column::table, table> && ...),
                  "set(): a column belongs to another table than the one updated");
    static_assert(detail::all_distinct<typename Assignments::column...>,
                  "set(): the same column is assigned twice");
    static_assert((detail::is_subset<typename Assignments::tables, scope_of<S>> && ...),
                  "set(): a value reads a column of another table");
    return replace_clause_made<no_set>(static_cast<S const&>(*this), [&] {
      return set_clause<Assignments...>{{std::move(assignments)...}};
    });
  }
};

template <class S>
inline constexpr bool misses_set = has_clause<no_set, S>;

}  // namespace sequel
