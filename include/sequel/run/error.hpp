// SPDX-License-Identifier: BSL-1.0
// Errors: every failure is an sq::error; the connection stays usable after each.
#pragma once
#include <stdexcept>
#include <string>

namespace sequel {

struct error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Could not open, or lost, a connection; also an unknown or unsupported URL.
struct connection_error : error {
  using error::error;
};

// The database rejected a statement. Carries the SQL text and the database's own message, never
// the bound values.
struct statement_error : error {
  statement_error(std::string sql, std::string database_message)
      : error(database_message + " [SQL: " + sql + "]"),
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

// The rows do not fit what the program asked for: NULL into a non-optional, one() on 0 or 2 rows.
struct result_error : error {
  using error::error;
};

}  // namespace sequel
