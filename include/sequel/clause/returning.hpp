// SPDX-License-Identifier: BSL-1.0
// INSERT / UPDATE / DELETE ... RETURNING columns: the statement then returns rows like a select.
// Without returning(), an INSERT on a dialect whose driver has no "last insert id" (PostgreSQL)
// returns the generated key itself, so last_insert_id works on every database.
#pragma once
#include <tuple>
#include <type_traits>

#include "../schema/table.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

// No returning(). Table is the INSERT's target (for its generated key), or void.
template <class Table, bool AllowedOnMysql>
struct no_returning : no_parameters {
  template <class W>
  static constexpr void render(W& w) {
    if constexpr (!std::is_void_v<Table> && W::dialect::returning_generated_key) {
      using key = generated_key<Table>;
      if constexpr (!std::is_void_v<key>) {
        w.put(" RETURNING ");
        w.identifier(key::sql_name);
      }
    }
  }
};

template <bool AllowedOnMysql, class... Columns>
struct returning_clause : no_parameters {
  using result_items = detail::type_list<Columns...>;
  static constexpr bool returns_rows = true;

  template <class W>
  static constexpr void render(W& w) {
    static_assert(AllowedOnMysql || W::dialect::id != dialect_id::mysql,
                  "mysql: UPDATE ... RETURNING is not supported; select the rows after the update");
    w.put(" RETURNING ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Columns::render(w)), ...);
  }
};

namespace detail {
template <class C>
struct is_update_returning : std::false_type {};
template <class... Columns>
struct is_update_returning<returning_clause<false, Columns...>> : std::true_type {};
}  // namespace detail

// An UPDATE ... RETURNING, which MySQL and MariaDB lack (checked by to_sql() and execute()).
template <class S>
inline constexpr bool has_update_returning = any_clause<S, detail::is_update_returning>;

template <class Table, bool AllowedOnMysql, class S>
struct clause_methods<no_returning<Table, AllowedOnMysql>, S> {
  template <class... Columns>
  constexpr auto returning(Columns const&...) const {
    static_assert(sizeof...(Columns) != 0, "returning(): name at least one column");
    static_assert((is_column<Columns> && ...), "returning(): every argument must be a column");
    static_assert(detail::is_subset<detail::type_list<typename Columns::table...>, scope_of<S>>,
                  "returning(): a column belongs to another table than the one changed");
    return replace_clause<no_returning<Table, AllowedOnMysql>>(
        static_cast<S const&>(*this), returning_clause<AllowedOnMysql, Columns...>{});
  }
};

}  // namespace sequel
