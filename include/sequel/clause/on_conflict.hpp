// SPDX-License-Identifier: BSL-1.0
// Upsert: insert_into(t).values(...).on_conflict(t.key).do_nothing() or .do_update(t.col = v, ...),
// where sq::excluded(t.col) is the value the refused row proposed.
//   SQLite, PostgreSQL: ON CONFLICT ("key") DO NOTHING | DO UPDATE SET "col" = excluded."col"
//   MySQL/MariaDB:      ON DUPLICATE KEY UPDATE `col` = VALUES(`col`); it has no conflict target
//                       (any unique key counts) and no DO NOTHING: that is `key` = `key`, which
//                       leaves the row as it was but, unlike INSERT IGNORE, turns no other error
//                       into a warning.
#pragma once
#include <tuple>
#include <type_traits>

#include "../schema/table.hpp"
#include "../stmt/statement.hpp"

namespace sequel {

// --- What the dialects spell differently --------------------------------------------------------
template <class Dialect>
struct upsert_syntax {
  static constexpr bool duplicate_key_update = false;
  template <class W, class Column>
  static constexpr void excluded(W& w) {
    w.put("excluded.");
    w.identifier(Column::sql_name);
  }
};

template <>
struct upsert_syntax<mysql> {
  static constexpr bool duplicate_key_update = true;
  // VALUES(col): MariaDB has no row alias (INSERT ... AS new) for the proposed row.
  template <class W, class Column>
  static constexpr void excluded(W& w) {
    w.put("VALUES(");
    w.identifier(Column::sql_name);
    w.put(')');
  }
};

// --- sq::excluded(column) -----------------------------------------------------------------------
// The table of the proposed row, in scope only inside do_update().
template <class Table>
struct excluded_row {};

template <class Column>
struct excluded_value : expression_base<excluded_value<Column>> {
  using value_type = typename Column::value_type;
  using tables = detail::type_list<excluded_row<typename Column::table>>;

  template <class W>
  static constexpr void render(W& w) {
    upsert_syntax<typename W::dialect>::template excluded<W, Column>(w);
  }
  template <class F>
  constexpr void for_each_param(F&) const {}
};

template <class Column>
constexpr auto excluded(Column const&) {
  static_assert(is_column<Column>, "excluded(): the argument must be a column such as users.age");
  if constexpr (is_column<Column>)
    return excluded_value<Column>{};
  else
    return invalid_expr<int>{};
}

// --- The clause ---------------------------------------------------------------------------------
struct no_on_conflict : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

struct do_nothing_action : no_parameters {};

template <class... Assignments>
struct do_update_action {
  std::tuple<Assignments...> assignments;

  template <class W>
  static constexpr void render(W& w) {
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Assignments::render(w)), ...);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... a) { (a.for_each_param(f), ...); }, assignments);
  }
};

template <class Action, class Target, class... Targets>
struct on_conflict_clause {
  Action action;

  template <class W>
  static constexpr void render(W& w) {
    if constexpr (upsert_syntax<typename W::dialect>::duplicate_key_update) {
      w.put(" ON DUPLICATE KEY UPDATE ");
      if constexpr (std::is_same_v<Action, do_nothing_action>) {
        w.identifier(Target::sql_name);  // `key` = `key`: the row stays as it is
        w.put(" = ");
        w.identifier(Target::sql_name);
      } else {
        Action::render(w);
      }
    } else {
      w.put(" ON CONFLICT (");
      w.template column_names<Target, Targets...>();
      if constexpr (std::is_same_v<Action, do_nothing_action>) {
        w.put(") DO NOTHING");
      } else {
        w.put(") DO UPDATE SET ");
        Action::render(w);
      }
    }
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    action.for_each_param(f);
  }
};

namespace detail {
// A unique column, the primary key standing alone, or every column of a composite primary key:
// the targets a conflict can be reported on.
template <class Table, class... Columns>
constexpr bool is_conflict_key() {
  if constexpr (sizeof...(Columns) == 1)
    return (is_unique_alone<Columns> && ...);
  else
    return (Columns::template has<primary_key> && ...) && sizeof...(Columns) == primary_key_count<Table>;
}

template <class C>
struct reads_select : std::bool_constant<requires { requires C::inserts_select; }> {};
}  // namespace detail

// What on_conflict() returns: the insert, waiting for do_nothing() or do_update().
template <class S, class... Targets>
struct conflict_target {
  S insert;

  // Leave the existing row as it is.
  constexpr auto do_nothing() const {
    return replace_clause<no_on_conflict>(insert, on_conflict_clause<do_nothing_action, Targets...>{});
  }

  // Update the existing row: assignments of the table's columns; sq::excluded(col) is the value
  // the insert proposed.
  template <class... Assignments>
  constexpr auto do_update(Assignments const&... assignments) const {
    using table = typename S::target_table;
    static_assert(sizeof...(Assignments) != 0, "do_update(): assign at least one column");
    constexpr bool assignments_ok = (is_assignment<Assignments> && ...);
    static_assert(assignments_ok,
                  "do_update(): every argument must be an assignment such as users.age = 31");
    if constexpr (assignments_ok) {
      static_assert((std::is_same_v<typename Assignments::column::table, table> && ...),
                    "do_update(): a column belongs to another table than the one inserted into");
      static_assert(detail::all_distinct<typename Assignments::column...>,
                    "do_update(): the same column is assigned twice");
      static_assert(
          (detail::is_subset<typename Assignments::tables,
                             detail::type_list<table, excluded_row<table>>> && ...),
          "do_update(): a value reads a column of another table; use the inserted table's "
          "columns or sq::excluded(column)");
      return replace_clause<no_on_conflict>(
          insert, on_conflict_clause<do_update_action<Assignments...>, Targets...>{{{assignments...}}});
    } else {
      return do_nothing();  // reported above
    }
  }
};

template <class S>
struct clause_methods<no_on_conflict, S> {
  // ON CONFLICT (columns): a unique column or the primary key (all its columns if it has several).
  template <class... Columns>
  constexpr auto on_conflict(Columns const&...) const {
    using table = typename S::target_table;
    static_assert(!any_clause<S, detail::reads_select>,
                  "on_conflict(): an INSERT ... SELECT cannot have ON CONFLICT here; insert with "
                  "values()");
    static_assert(sizeof...(Columns) != 0,
                  "on_conflict(): name the unique column or the primary key that may conflict");
    constexpr bool columns_ok =
        sizeof...(Columns) != 0 &&
        ((is_column<Columns> && std::is_same_v<typename Columns::table, table>) && ...);
    static_assert(columns_ok, "on_conflict(): every argument must be a column of the table inserted into");
    if constexpr (columns_ok) {
      static_assert(detail::all_distinct<Columns...>, "on_conflict(): a column is named twice");
      static_assert(detail::is_conflict_key<table, Columns...>(),
                    "on_conflict(): the columns must be a unique column or the table's primary key "
                    "(all its columns if it has several)");
      return conflict_target<S, Columns...>{static_cast<S const&>(*this)};
    } else {
      return conflict_target<S, typename S::target_table>{static_cast<S const&>(*this)};
    }
  }
};

}  // namespace sequel
