// SPDX-License-Identifier: BSL-1.0
// The SQLite connector: the only file that includes <sqlite3.h>.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "../run/backend.hpp"
#include "../run/error.hpp"
#include "../run/url.hpp"
#include "time_text.hpp"

namespace sequel {

namespace sqlite_detail {
[[noreturn]] inline void throw_error(sqlite3* db, int code, std::string_view sql) {
  std::string message = sqlite3_errmsg(db);
  if ((code & 0xff) == SQLITE_CONSTRAINT) throw constraint_error(std::string(sql), std::move(message));
  throw statement_error(std::string(sql), std::move(message));
}
}  // namespace sqlite_detail

class sqlite_cursor final : public cursor {
 public:
  sqlite_cursor(sqlite3* db, sqlite3_stmt* stmt, std::string_view sql) : db_(db), stmt_(stmt), sql_(sql) {}
  sqlite_cursor(sqlite_cursor const&) = delete;
  sqlite_cursor& operator=(sqlite_cursor const&) = delete;
  ~sqlite_cursor() override { sqlite3_finalize(stmt_); }

  void bind_null(int i) override { check(sqlite3_bind_null(stmt_, i)); }
  void bind(int i, bool v) override { check(sqlite3_bind_int(stmt_, i, v ? 1 : 0)); }
  void bind(int i, std::int64_t v) override { check(sqlite3_bind_int64(stmt_, i, v)); }
  void bind(int i, double v) override { check(sqlite3_bind_double(stmt_, i, v)); }
  void bind(int i, std::string_view v) override { bind_text(i, v, values_outlive_); }
  void bind(int i, std::span<std::byte const> v) override {
    // A zero-length blob must still be a blob, not NULL: give SQLite a non-null pointer.
    static constexpr std::byte empty{};
    check(sqlite3_bind_blob64(stmt_, i, v.empty() ? &empty : v.data(), v.size(), lifetime(values_outlive_)));
  }
  void bind(int i, std::chrono::sys_days v) override { bind_text(i, sqlite_detail::format_date(v), false); }
  void bind(int i, timestamp_us v) override { bind_text(i, sqlite_detail::format_timestamp(v), false); }

  bool step() override {
    column_ = -1;
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);  // leaves the statement, and the connection, ready for reuse
    sqlite_detail::throw_error(db_, rc, sql_);
  }
  // The bindings are not cleared (sqlite3_clear_bindings costs a pass over them): every execution
  // binds every parameter again before it steps.
  void reset() noexcept override {
    column_ = -1;
    sqlite3_reset(stmt_);
  }

  // A value is read as is_null(c), then read_*(c): both use the column's sqlite3_value, taken once
  // (each sqlite3_column_* call checks the statement and locks and unlocks the connection). It is an
  // unprotected value, which SQLite allows to be read on the connection's own thread (the connection
  // is opened SQLITE_OPEN_NOMUTEX: it is never shared), and it is valid until the next step or reset,
  // which forget it.
  bool is_null(int c) override { return sqlite3_value_type(value(c)) == SQLITE_NULL; }
  bool read_bool(int c) override { return sqlite3_value_int64(value(c)) != 0; }
  std::int64_t read_int64(int c) override { return sqlite3_value_int64(value(c)); }
  double read_double(int c) override { return sqlite3_value_double(value(c)); }
  std::string_view read_text(int c) override {
    sqlite3_value* v = value(c);
    auto* text = reinterpret_cast<char const*>(sqlite3_value_text(v));
    return {text ? text : "", static_cast<std::size_t>(sqlite3_value_bytes(v))};
  }
  std::span<std::byte const> read_blob(int c) override {
    sqlite3_value* v = value(c);
    auto* data = static_cast<std::byte const*>(sqlite3_value_blob(v));
    return {data, data ? static_cast<std::size_t>(sqlite3_value_bytes(v)) : 0};
  }
  std::chrono::sys_days read_date(int c) override { return sqlite_detail::parse_date(read_text(c)); }
  timestamp_us read_timestamp(int c) override { return sqlite_detail::parse_timestamp(read_text(c)); }

  std::int64_t rows_affected() override { return sqlite3_changes64(db_); }
  std::int64_t last_insert_id() override { return sqlite3_last_insert_rowid(db_); }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) sqlite_detail::throw_error(db_, rc, sql_);
  }
  // SQLite reads a bound value while it steps. When the value outlives the execution it is bound
  // as it is (SQLITE_STATIC); otherwise it is copied (SQLITE_TRANSIENT): a query's rows may be read
  // after the statement object that held the value is gone, and stepping on reads it again. The
  // pointer SQLITE_STATIC leaves behind after reset() is never read: every execution binds every
  // parameter again before it steps, and finalizing does not read it.
  static sqlite3_destructor_type lifetime(bool outlives) {
    return outlives ? SQLITE_STATIC : SQLITE_TRANSIENT;
  }
  void bind_text(int i, std::string_view v, bool outlives) {
    check(sqlite3_bind_text64(stmt_, i, v.data(), v.size(), lifetime(outlives), SQLITE_UTF8));
  }
  sqlite3_value* value(int c) {
    if (c != column_) {
      value_ = sqlite3_column_value(stmt_, c);
      column_ = c;
    }
    return value_;
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_;
  std::string_view sql_;
  sqlite3_value* value_ = nullptr;  // of column_ in the current row
  int column_ = -1;
};

class sqlite_backend final : public backend {
 public:
  using static_dialect = sqlite;
  using cursor_type = sqlite_cursor;

  // A file path, or ":memory:".
  explicit sqlite_backend(std::string const& path) {
    int rc = sqlite3_open_v2(path.c_str(), &db_,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close(db_);
      throw connection_error("sqlite: cannot open '" + path + "': " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    execute_simple("PRAGMA foreign_keys = ON");  // enforce references<> as the other databases do
  }
  sqlite_backend(sqlite_backend const&) = delete;
  sqlite_backend& operator=(sqlite_backend const&) = delete;
  ~sqlite_backend() override { sqlite3_close_v2(db_); }

  dialect_id dialect() const noexcept override { return dialect_id::sqlite; }

  // SQLite types each value as it is bound: the declared parameter types are not needed.
  std::unique_ptr<sqlite_cursor> open(std::string_view sql, std::span<param_type const> = {}) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) sqlite_detail::throw_error(db_, rc, sql);
    return std::make_unique<sqlite_cursor>(db_, stmt, sql);
  }
  std::unique_ptr<cursor> prepare(std::string_view sql, std::span<param_type const> params) override {
    return open(sql, params);
  }

  void execute_simple(std::string_view sql) override {
    std::string text(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      std::string what = message ? message : sqlite3_errstr(rc);
      sqlite3_free(message);
      if ((rc & 0xff) == SQLITE_CONSTRAINT) throw constraint_error(text, what);
      throw statement_error(text, what);
    }
  }

  bool in_transaction() const noexcept override { return sqlite3_get_autocommit(db_) == 0; }
  // An embedded database is never lost.
  bool ping() noexcept override { return true; }

  sqlite3* native_handle() const noexcept { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

namespace sqlite_detail {
// "sqlite:///relative.db", "sqlite:////absolute.db", "sqlite://:memory:", "sqlite://" (memory).
inline std::string path_of(std::string_view rest) {
  if (rest.empty() || rest == ":memory:" || rest == "/:memory:") return ":memory:";
  if (rest.front() != '/')
    throw connection_error("sqlite: a URL is sqlite:///path.db or sqlite://:memory:; got '" +
                           detail::redact_url("sqlite://" + std::string(rest)) + "'");
  return std::string(rest.substr(1));
}
}  // namespace sqlite_detail

}  // namespace sequel
