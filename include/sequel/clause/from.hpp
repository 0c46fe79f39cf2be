// SPDX-License-Identifier: BSL-1.0
// FROM table, ...: brings tables into scope; the select list must only read from them.
#pragma once
#include "../schema/table.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

struct no_from : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

template <class... Tables>
struct from_clause : no_parameters {
  using provided_tables = detail::type_list<Tables...>;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" FROM ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, w.identifier(Tables::sql_name.view())), ...);
  }
};

template <class S>
struct clause_methods<no_from, S> {
  template <class... Tables>
  constexpr auto from(Tables const&...) const {
    static_assert(sizeof...(Tables) != 0, "from(): name at least one table");
    static_assert((table_type<Tables> && ...),
                  "from(): every argument must be a table such as users");
    static_assert(detail::all_distinct<Tables...>,
                  "from(): a table is named twice; name each table once");
    // (Checked only for distinct tables: the membership test needs them.)
    if constexpr (detail::all_distinct<Tables...>)
      static_assert(
          detail::is_subset<typename S::selected_tables, detail::type_list<Tables...>>,
          "from(): the select list uses a column whose table is not in FROM; add that table");
    return replace_clause<no_from>(static_cast<S const&>(*this), from_clause<Tables...>{});
  }
};

}  // namespace sequel
