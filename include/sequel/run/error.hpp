// SPDX-License-Identifier: BSL-1.0
// Errors: every failure is an sq::error; the connection stays usable after each, unless it is a
// connection_error (the connection is lost: open a new one, or let the pool do it).
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sequel {

struct error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Could not open, or lost, a connection; also an unknown or unsupported URL, and a server that did
// not answer within the connect or statement timeout.
struct connection_error : error {
  using error::error;
};

namespace detail {
// A statement's text as an error message shows it: a generated statement can be megabytes long
// (an IN list of 100,000 values), and a message is read by people and logs.
inline std::string capped_sql(std::string_view sql) {
  constexpr std::size_t limit = 1000;
  if (sql.size() <= limit) return std::string(sql);
  return std::string(sql.substr(0, limit)) + "... (" + std::to_string(sql.size() - limit) +
         " more characters)";
}
}  // namespace detail

// The database rejected a statement. Carries the SQL text and the database's own message, never
// the bound values. what() shows at most the first 1,000 characters of the text; sql() has it all.
struct statement_error : error {
  statement_error(std::string sql, std::string database_message)
      : error(database_message + " [SQL: " + detail::capped_sql(sql) + "]"),
        sql_(std::move(sql)),
        database_message_(std::move(database_message)) {}

  std::string const& sql() const noexcept { return sql_; }
  std::string const& database_message() const noexcept { return database_message_; }

 private:
  std::string sql_;
  std::string database_message_;
};

// A unique, foreign key, NOT NULL or CHECK constraint refused the change.
struct constraint_error : statement_error {
  using statement_error::statement_error;
};

// The statement ran longer than its statement timeout and the database cancelled it; the
// connection stays usable. (A server that does not answer at all raises connection_error.)
struct timeout_error : statement_error {
  using statement_error::statement_error;
};

// The rows do not fit what the program asked for: NULL into a non-optional, one() on 0 or 2 rows,
// a value out of the C++ type's range.
struct result_error : error {
  using error::error;
};

}  // namespace sequel
