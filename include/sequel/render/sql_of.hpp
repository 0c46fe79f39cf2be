// SPDX-License-Identifier: BSL-1.0
// sq::sql_of<Dialect, Statement>: the statement's SQL text, built at compile time into static storage.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "../clause/correlate.hpp"
#include "../clause/returning.hpp"
#include "../clause/set.hpp"
#include "../clause/values.hpp"
#include "../clause/where.hpp"
#include "../stmt/schema.hpp"
#include "../stmt/select.hpp"
#include "dynamic.hpp"
#include "writer.hpp"

namespace sequel {

namespace detail {
template <std::size_t N>
struct sql_text {
  char data[N + 1]{};
  int parameters = 0;
};

// The measuring pass, made once per statement type and dialect: the text's size, and the length
// of its longest name.
struct measures {
  std::size_t size = 0, longest_name = 0;
};
template <class Dialect, class S>
inline constexpr measures measured = [] {
  sql_writer<Dialect> w;
  S::render(w);
  return measures{w.size, w.longest_name};
}();

template <class Dialect, class S>
constexpr std::size_t sql_size() {
  return measured<Dialect, S>.size;
}

// Whether a name in the statement's PostgreSQL text (table, column, alias, label, CTE, index) is
// longer than the 63 bytes the server keeps. A static text's measuring pass tells; a text with
// run-time parts is measured apart (those parts aside). Not asked of a CREATE TABLE with an
// unsigned 64-bit key, whose PostgreSQL rendering stops at its own static_assert.
template <class S>
inline constexpr std::size_t longest_segmented_name = [] {
  segment_writer<postgres> w;
  S::render(w);
  return w.longest_name;
}();

template <class S, bool OnPostgres>
constexpr bool postgres_name_too_long() {
  if constexpr (!OnPostgres || creates_unsigned64_key<S>)
    return false;
  else if constexpr (has_dynamic_parts<S>)
    return longest_segmented_name<S> > postgres::max_identifier_bytes;
  else
    return measured<postgres, S>.longest_name > postgres::max_identifier_bytes;
}

template <class Dialect, class S>
constexpr auto render_static() {
  static_assert(!postgres_name_too_long<S, std::is_same_v<Dialect, postgres>>(),
                "postgres: a table, column, alias, label or CTE name is longer than 63 bytes, "
                "which the server truncates (two names alike in their first 63 bytes would be "
                "one); shorten it");
  sql_text<sql_size<Dialect, S>()> text;
  sql_writer<Dialect> w{{}, text.data};
  S::render(w);
  text.parameters = w.parameters;
  return text;
}

template <class Dialect, class S>
inline constexpr auto static_sql = render_static<Dialect, S>();

// Whether a SELECT's columns come from tables its FROM names (true for other statements).
template <class S>
constexpr bool selects_from_scope() {
  if constexpr (requires { typename S::selected_tables; })
    return is_subset<typename S::selected_tables, scope_of<S>>;
  else
    return true;
}

// A select with correlate() reads tables of an outer query: it runs only inside one.
template <class S>
constexpr bool correlated_alone() {
  if constexpr (requires { typename S::correlated_tables; })
    return is_correlated<S>;
  else
    return false;
}

// Whether a subquery of an INSERT, UPDATE or DELETE reads the table it writes (MySQL error 1093):
// the subqueries tell the writer what they read as the MySQL text is measured.
template <class S>
inline constexpr bool mysql_reads_target = [] {
  segment_writer<mysql> w;  // measures, run-time parts included
  S::render(w);
  return w.reads_target;
}();

template <class S, bool OnMysql>
constexpr bool reads_own_target() {
  if constexpr (OnMysql && !has_update_returning<S>)  // rendering that for mysql is refused already
    return mysql_reads_target<S>;
  else
    return false;
}
}  // namespace detail

// The SQL text of a statement type; its address identifies the statement in prepared-statement caches.
template <class Dialect, class S>
inline constexpr std::string_view sql_of{detail::static_sql<Dialect, std::remove_cvref_t<S>>.data,
                                         sizeof(detail::static_sql<Dialect, std::remove_cvref_t<S>>.data) - 1};

// How many parameters the statement binds.
template <class Dialect, class S>
inline constexpr int parameter_count_of = detail::static_sql<Dialect, std::remove_cvref_t<S>>.parameters;

// Whether a statement passes every check to_sql() and execute() make, on MySQL and PostgreSQL if
// asked; when it does not, they stop after their static_assert so one misuse gives one error.
template <class S, bool OnMysql, bool OnPostgres>
inline constexpr bool statement_ok =
    !misses_where<S> && !misses_values<S> && !misses_set<S> && detail::selects_from_scope<S>() &&
    !mixes_aggregates<S> && !has_unlinked_join<S> && !has_ambiguous_join<S> &&
    !(OnMysql && (has_update_returning<S> || has_full_join<S>)) &&
    !(OnPostgres && creates_unsigned64_key<S>) && !detail::postgres_name_too_long<S, OnPostgres>() &&
    !detail::correlated_alone<S>() &&
    !detail::reads_own_target<S, OnMysql>();

// The SQL text at run time, for logging and tests.
template <class Dialect, class S>
std::string to_sql(S const& stmt) {
  static_assert(is_statement<S>, "to_sql(): the argument must be a statement");
  static_assert(!misses_where<S>,
                "update()/delete_from(): add .where(condition), or .where(sq::all_rows) to "
                "change every row");
  static_assert(!misses_values<S>, "insert_into(): add .values(column = value, ...)");
  static_assert(!misses_set<S>, "update(): add .set(column = value, ...)");
  static_assert(detail::selects_from_scope<S>(),
                "select(): the select list uses a column whose table is not in FROM; add "
                ".from(table)");
  static_assert(!mixes_aggregates<S>,
                "select(): a column next to an aggregate such as count() needs a GROUP BY; add "
                ".group_by(column) or select only aggregates");
  static_assert(!has_unlinked_join<S>,
                "join(): no foreign key links the joined table to the tables before it; give the "
                "condition with .on(...)");
  static_assert(!has_ambiguous_join<S>,
                "join(): several foreign keys link the joined table to the tables before it; "
                "choose one with .on(...)");
  static_assert(!(std::is_same_v<Dialect, mysql> && has_full_join<S>),
                "mysql: FULL JOIN is not supported; combine a LEFT JOIN and a RIGHT JOIN with "
                "sq::union_()");
  static_assert(!(std::is_same_v<Dialect, mysql> && has_update_returning<S>),
                "mysql: UPDATE ... RETURNING is not supported; select the rows after the update");
  static_assert(!(std::is_same_v<Dialect, postgres> && creates_unsigned64_key<S>),
                "postgres: an unsigned 64-bit primary key cannot be generated (an identity column "
                "is at most BIGINT); declare it std::int64_t");
  static_assert(!detail::postgres_name_too_long<S, std::is_same_v<Dialect, postgres>>(),
                "postgres: a table, column, alias, label or CTE name is longer than 63 bytes, "
                "which the server truncates (two names alike in their first 63 bytes would be "
                "one); shorten it");
  static_assert(!detail::correlated_alone<S>(),
                "correlate(): a correlated select reads tables of an outer query; use it inside "
                "one, e.g. in sq::exists(...) or sq::scalar(...)");
  static_assert(!detail::reads_own_target<S, std::is_same_v<Dialect, mysql>>(),
                "mysql: a subquery cannot read the table the INSERT, UPDATE or DELETE writes "
                "(MySQL error 1093); select the keys first and pass them as values");
  std::string text;
  if constexpr (!statement_ok<S, std::is_same_v<Dialect, mysql>, std::is_same_v<Dialect, postgres>>)
    return text;
  else if constexpr (has_dynamic_parts<S>)
    render_dynamic_sql<Dialect>(text, stmt);
  else
    text = sql_of<Dialect, S>;
  return text;
}

}  // namespace sequel
