// SPDX-License-Identifier: BSL-1.0
// insert_into(t).values(...) (or .columns(...).select(query)) [.on_conflict(...)], update(t).set(...).where(...), delete_from(t).where(...)
#pragma once
#include "../clause/insert_select.hpp"
#include "../clause/on_conflict.hpp"
#include "../clause/returning.hpp"
#include "../clause/set.hpp"
#include "../clause/values.hpp"
#include "../clause/where.hpp"
#include "../schema/table.hpp"
#include "statement.hpp"

namespace sequel {

// The statement's first clause: its keyword and target table.
template <class Table, fixed_string Keyword>
struct write_head : no_parameters {
  using target_table = Table;
  using provided_tables = detail::type_list<Table>;

  template <class W>
  static constexpr void render(W& w) {
    w.put(Keyword.view());
    w.identifier(Table::sql_name.view());
    w.target = Table::sql_name.view();
  }
};

// INSERT's head, a type of its own so that it can offer columns() (clause/insert_select.hpp).
template <class Table>
struct insert_head : write_head<Table, "INSERT INTO "> {};

template <table_type T>
constexpr auto insert_into(T const&) {
  using table = std::remove_cvref_t<T>;
  return statement<insert_head<table>, no_values, no_on_conflict, no_returning<table, true>>{};
}

template <table_type T>
constexpr auto update(T const&) {
  return statement<write_head<std::remove_cvref_t<T>, "UPDATE ">, no_set, no_where<true>,
                   no_returning<void, false>>{};
}

template <table_type T>
constexpr auto delete_from(T const&) {
  return statement<write_head<std::remove_cvref_t<T>, "DELETE FROM ">, no_where<true>,
                   no_returning<void, true>>{};
}

}  // namespace sequel
