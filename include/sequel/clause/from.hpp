// SPDX-License-Identifier: BSL-1.0
// FROM source, ...: brings tables (and aliases of tables) into scope. Whether the select list reads
// only from tables in scope is checked once the statement is complete (joins add to the scope).
#pragma once
#include <tuple>

#include "../stmt/statement.hpp"
#include "source.hpp"

namespace sequel {

struct no_from : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

template <class... Sources>
struct from_clause {
  using provided_tables = detail::type_list<Sources...>;
  std::tuple<Sources...> sources;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" FROM ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, render_source<Sources>(w)), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... s) { (source_params(s, f), ...); }, sources);
  }
};

template <class S>
struct clause_methods<no_from, S> {
  template <class... Sources>
  constexpr auto from(Sources const&... sources) const {
    static_assert(sizeof...(Sources) != 0, "from(): name at least one table");
    static_assert((source<Sources> && ...),
                  "from(): every argument must be a table such as users, or an alias of one");
    static_assert(detail::all_distinct<Sources...>,
                  "from(): a table is named twice; read it twice through sq::alias<\"name\">(table)");
    return replace_clause<no_from>(static_cast<S const&>(*this),
                                   from_clause<Sources...>{{sources...}});
  }
};

}  // namespace sequel
