// SPDX-License-Identifier: BSL-1.0
// The SQLite connector: the only file that includes <sqlite3.h>.
//
// Threads. A connection (sqlite_backend) and every cursor it prepared are used by one thread at a
// time; they may move to another thread between uses, as the connection pool moves them (its mutex
// orders the uses). Different connections may be used by different threads at once, also when they
// share a cache (cache=shared): SQLite locks the shared cache itself. That is SQLite's multi-thread
// mode, which the connector asks for with SQLITE_OPEN_NOMUTEX: no mutex is taken on the connection,
// which is also why reading the unprotected values of sqlite3_column_value is safe. It needs a
// library built with SQLITE_THREADSAFE=1 or 2 (checked when a connection opens) and a process that
// did not select SQLITE_CONFIG_SINGLETHREAD. One connection used by two threads at once is not
// allowed (SQLITE_OPEN_FULLMUTEX would serialize the calls, but not a cursor's cached values).
#pragma once
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <thread>

#include "../run/backend.hpp"
#include "../run/error.hpp"
#include "../run/url.hpp"
#include "statement_text.hpp"
#include "time_text.hpp"
#include "url.hpp"

namespace sequel {

namespace sqlite_detail {
using clock = std::chrono::steady_clock;

// A connection's time limits, shared with its cursors. deadline is set only while a timed step runs.
struct limits {
  std::chrono::milliseconds statement_timeout{0};
  std::chrono::milliseconds busy_timeout{5000};
  clock::time_point deadline = clock::time_point::max();
  bool timed_out = false;
};

// Every 1,000 virtual machine instructions while a statement with a time limit runs: one clock read,
// well under 1% of the time those instructions take.
inline constexpr int progress_period = 1000;
inline int past_deadline(void* arg) noexcept {
  auto* l = static_cast<limits*>(arg);
  if (clock::now() < l->deadline) return 0;
  l->timed_out = true;
  return 1;  // SQLite stops the statement with SQLITE_INTERRUPT
}

[[noreturn, gnu::cold, gnu::noinline]] inline void throw_error(sqlite3* db, int code, std::string_view sql,
                                                                limits& l) {
  std::string message = sqlite3_errmsg(db);
  int const primary = code & 0xff;
  if (primary == SQLITE_INTERRUPT && l.timed_out) {
    l.timed_out = false;
    throw timeout_error(std::string(sql), message + " (statement_timeout of " +
                                              std::to_string(l.statement_timeout.count()) + " ms)");
  }
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    message += " (waited busy_timeout of " + std::to_string(l.busy_timeout.count()) + " ms)";
  if (primary == SQLITE_CONSTRAINT) throw constraint_error(std::string(sql), std::move(message));
  throw statement_error(std::string(sql), std::move(message));
}

// Another connection of the same shared cache holds a lock. SQLite's busy handler covers locks of
// other processes and private caches only; this waits, as it does, until busy_timeout is spent.
class shared_cache_wait {
 public:
  explicit shared_cache_wait(std::chrono::milliseconds timeout) : end_(clock::now() + timeout) {}
  // Sleeps a little; false once the time is up.
  bool next() {
    auto const now = clock::now();
    if (now >= end_) return false;
    std::this_thread::sleep_for(std::min<clock::duration>(pause_, end_ - now));
    if (pause_ < std::chrono::milliseconds{16}) pause_ *= 2;
    return true;
  }

 private:
  clock::time_point end_;
  clock::duration pause_ = std::chrono::microseconds{250};
};

inline char const* storage_class_name(int type) noexcept {
  switch (type) {
    case SQLITE_INTEGER: return "INTEGER";
    case SQLITE_FLOAT: return "REAL";
    case SQLITE_TEXT: return "TEXT";
    case SQLITE_BLOB: return "BLOB";
    default: return "NULL";
  }
}
}  // namespace sqlite_detail

class sqlite_cursor final : public cursor {
 public:
  sqlite_cursor(sqlite3* db, sqlite3_stmt* stmt, std::string_view sql, sqlite_detail::limits& limits)
      : db_(db), stmt_(stmt), sql_(sql), limits_(&limits) {}
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
    int const rc = run_step();
    if (rc == SQLITE_ROW) [[likely]] {
      fresh_ = false;
      return true;
    }
    if (rc == SQLITE_DONE) {
      finished();
      return false;
    }
    return step_failed(rc);
  }
  // The bindings are not cleared (sqlite3_clear_bindings costs a pass over them): every execution
  // binds every parameter again before it steps.
  void reset() noexcept override {
    column_ = -1;
    finished();
    sqlite3_reset(stmt_);
  }

  // A value is read as is_null(c), then read_*(c): both use the column's sqlite3_value and storage
  // class, taken once (each sqlite3_column_* call checks the statement and locks and unlocks the
  // connection). The value is unprotected, which is safe because the connection takes no mutex
  // (SQLITE_OPEN_NOMUTEX, see the top of this file); it is valid until the next step or reset.
  //
  // A read takes the storage classes that hold the C++ type's values exactly, and refuses the
  // others (a result_error naming the column) instead of letting SQLite convert: 'abc' or 3.7 read
  // into an integer would be 0 and 3. An integer takes INTEGER; a bool an INTEGER 0 or 1; a double
  // REAL or INTEGER; text TEXT; a blob BLOB; dates and times TEXT in their exact ISO 8601 layout.
  bool is_null(int c) override { return type(c) == SQLITE_NULL; }
  bool read_bool(int c) override {
    if (type(c) != SQLITE_INTEGER) [[unlikely]] cannot_read(c, "a bool");
    auto const v = sqlite3_value_int64(value_);
    if (v != 0 && v != 1) [[unlikely]] cannot_read(c, "a bool (the integer is neither 0 nor 1)");
    return v != 0;
  }
  std::int64_t read_int64(int c) override {
    if (type(c) != SQLITE_INTEGER) [[unlikely]] cannot_read(c, "an integer");
    return sqlite3_value_int64(value_);
  }
  double read_double(int c) override {
    int const t = type(c);
    if (t != SQLITE_FLOAT && t != SQLITE_INTEGER) [[unlikely]] cannot_read(c, "a double");
    return sqlite3_value_double(value_);
  }
  std::string_view read_text(int c) override {
    if (type(c) != SQLITE_TEXT) [[unlikely]] cannot_read(c, "text");
    auto* text = reinterpret_cast<char const*>(sqlite3_value_text(value_));
    return {text ? text : "", static_cast<std::size_t>(sqlite3_value_bytes(value_))};
  }
  std::span<std::byte const> read_blob(int c) override {
    if (type(c) != SQLITE_BLOB) [[unlikely]] cannot_read(c, "a blob");
    auto* data = static_cast<std::byte const*>(sqlite3_value_blob(value_));
    return {data, data ? static_cast<std::size_t>(sqlite3_value_bytes(value_)) : 0};
  }
  std::chrono::sys_days read_date(int c) override {
    if (type(c) != SQLITE_TEXT) [[unlikely]] cannot_read(c, "a date");
    auto const day = sqlite_detail::parse_date(text_of_value());
    if (!day) [[unlikely]] cannot_read(c, "a date (the text is not a valid YYYY-MM-DD)");
    return *day;
  }
  timestamp_us read_timestamp(int c) override {
    if (type(c) != SQLITE_TEXT) [[unlikely]] cannot_read(c, "a timestamp");
    auto const t = sqlite_detail::parse_timestamp(text_of_value());
    if (!t) [[unlikely]]
      cannot_read(c, "a timestamp (the text is not a valid YYYY-MM-DD HH:MM:SS[.ffffff])");
    return *t;
  }

  std::int64_t rows_affected() override { return sqlite3_changes64(db_); }
  std::int64_t last_insert_id() override { return sqlite3_last_insert_rowid(db_); }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) sqlite_detail::throw_error(db_, rc, sql_, *limits_);
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

  // The storage class of column c in the current row; value_ is its value.
  int type(int c) {
    if (c != column_) {
      value_ = sqlite3_column_value(stmt_, c);
      type_ = sqlite3_value_type(value_);
      column_ = c;
    }
    return type_;
  }
  std::string_view text_of_value() {
    auto* text = reinterpret_cast<char const*>(sqlite3_value_text(value_));
    return {text ? text : "", static_cast<std::size_t>(sqlite3_value_bytes(value_))};
  }
  // Out of line: the reads it guards stay small enough to inline.
  [[noreturn, gnu::cold, gnu::noinline]] void cannot_read(int c, char const* as) {
    char const* name = sqlite3_column_name(stmt_, c);
    throw result_error("sqlite: column " + std::to_string(c) + " (\"" + (name ? name : "") +
                       "\", storage class " + sqlite_detail::storage_class_name(type_) +
                       ") cannot be read as " + as);
  }

  // Without a statement timeout, a plain sqlite3_step. With one, the time this execution spent
  // inside SQLite so far counts (not the time the program took between rows).
  int run_step() {
    if (limits_->statement_timeout.count() == 0) [[likely]] return sqlite3_step(stmt_);
    return timed_step();
  }
  [[gnu::noinline]] int timed_step() {
    auto const start = sqlite_detail::clock::now();
    limits_->deadline = start + (limits_->statement_timeout - spent_);
    int const rc = sqlite3_step(stmt_);
    limits_->deadline = sqlite_detail::clock::time_point::max();
    spent_ += sqlite_detail::clock::now() - start;
    return rc;
  }
  void finished() noexcept {
    fresh_ = true;
    spent_ = {};
  }
  // A lock of another connection of a shared cache is waited for, as busy_timeout says, before the
  // first row (SQLite takes the table locks when the statement starts); any other error is thrown.
  [[gnu::cold, gnu::noinline]] bool step_failed(int rc) {
    if (rc == SQLITE_LOCKED_SHAREDCACHE && fresh_) {
      sqlite_detail::shared_cache_wait wait(limits_->busy_timeout);
      while (rc == SQLITE_LOCKED_SHAREDCACHE && wait.next()) {
        sqlite3_reset(stmt_);  // keeps the bindings
        rc = run_step();
      }
      if (rc == SQLITE_ROW) {
        fresh_ = false;
        return true;
      }
      if (rc == SQLITE_DONE) {
        finished();
        return false;
      }
    }
    finished();
    sqlite3_reset(stmt_);  // leaves the statement, and the connection, ready for reuse
    sqlite_detail::throw_error(db_, rc, sql_, *limits_);
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_;
  std::string_view sql_;
  sqlite_detail::limits* limits_;
  sqlite3_value* value_ = nullptr;  // of column_ in the current row
  int type_ = SQLITE_NULL;          // its storage class
  int column_ = -1;
  bool fresh_ = true;  // no row of this execution was returned yet
  sqlite_detail::clock::duration spent_{};  // in sqlite3_step during this execution, with a timeout
};

class sqlite_backend final : public backend {
 public:
  using static_dialect = sqlite;
  using cursor_type = sqlite_cursor;

  explicit sqlite_backend(sqlite_detail::open_options const& options) {
    if (sqlite3_threadsafe() == 0)
      throw connection_error("sqlite: this SQLite library was built with SQLITE_THREADSAFE=0, which the "
                             "connection pool cannot use safely; use one built with 1 or 2");
    int const flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX |
                      (options.shared_cache ? SQLITE_OPEN_SHAREDCACHE : SQLITE_OPEN_PRIVATECACHE);
    int rc = sqlite3_open_v2(options.uri.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
      std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
      sqlite3_close(db_);
      throw connection_error("sqlite: cannot open '" + options.path + "': " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    limits_.busy_timeout = options.busy_timeout;
    sqlite3_busy_timeout(db_, static_cast<int>(options.busy_timeout.count()));
    set_statement_timeout(options.statement_timeout);
    try {
      execute_simple("PRAGMA foreign_keys = ON");  // enforce references<> as the other databases do
    } catch (error const& e) {
      sqlite3_close(db_);
      throw connection_error("sqlite: cannot open '" + options.path + "': " + e.what());
    }
  }
  // A file path, or ":memory:", taken as it is (no URL syntax).
  explicit sqlite_backend(std::string const& path) : sqlite_backend(sqlite_detail::options_for_path(path)) {}
  sqlite_backend(sqlite_backend const&) = delete;
  sqlite_backend& operator=(sqlite_backend const&) = delete;
  ~sqlite_backend() override { sqlite3_close_v2(db_); }

  dialect_id dialect() const noexcept override { return dialect_id::sqlite; }

  // SQLite types each value as it is bound: the declared parameter types are not needed. A text
  // must hold one statement: sqlite3_prepare compiles the first and would leave the rest unrun.
  std::unique_ptr<sqlite_cursor> open(std::string_view sql, std::span<param_type const> = {}) {
    char const* tail = nullptr;
    sqlite3_stmt* stmt = prepare_one(sql, &tail);
    auto const rest = sql.substr(static_cast<std::size_t>(tail - sql.data()));
    if (!sqlite_detail::holds_no_statement(rest)) {
      sqlite3_finalize(stmt);
      throw statement_error(std::string(sql),
                            "sqlite: the text holds more than one statement; run them one at a time");
    }
    return std::make_unique<sqlite_cursor>(db_, stmt, sql, limits_);
  }
  std::unique_ptr<cursor> prepare(std::string_view sql, std::span<param_type const> params) override {
    return open(sql, params);
  }

  // Each statement of the text in turn (BEGIN, COMMIT, PRAGMA ...), with the same time limits and
  // errors as a prepared statement.
  void execute_simple(std::string_view sql) override {
    std::string_view rest = sql;
    while (!sqlite_detail::holds_no_statement(rest)) {
      char const* tail = nullptr;
      sqlite3_stmt* stmt = prepare_one(rest, &tail);
      sqlite_cursor statement(db_, stmt, sql, limits_);
      while (statement.step()) {
      }
      rest = rest.substr(static_cast<std::size_t>(tail - rest.data()));
    }
  }

  bool in_transaction() const noexcept override { return sqlite3_get_autocommit(db_) == 0; }
  // An embedded database is never lost.
  bool ping() noexcept override { return true; }

  // A statement that runs longer inside SQLite is interrupted (timeout_error); 0 for no limit. The
  // progress handler that watches the clock is installed only while there is a limit.
  std::chrono::milliseconds statement_timeout() const noexcept override { return limits_.statement_timeout; }
  void set_statement_timeout(std::chrono::milliseconds timeout) override {
    if (timeout.count() < 0) throw error("set_statement_timeout(): the timeout is negative");
    limits_.statement_timeout = timeout;
    if (timeout.count() == 0)
      sqlite3_progress_handler(db_, 0, nullptr, nullptr);
    else
      sqlite3_progress_handler(db_, sqlite_detail::progress_period, &sqlite_detail::past_deadline, &limits_);
  }

  sqlite3* native_handle() const noexcept { return db_; }

 private:
  // Compiles the first statement of sql; an empty text, or one of comments only, is an error.
  sqlite3_stmt* prepare_one(std::string_view sql, char const** tail) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &stmt, tail);
    if (rc == SQLITE_LOCKED_SHAREDCACHE) {  // the schema is locked by another connection of the cache
      sqlite_detail::shared_cache_wait wait(limits_.busy_timeout);
      while (rc == SQLITE_LOCKED_SHAREDCACHE && wait.next())
        rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &stmt, tail);
    }
    if (rc != SQLITE_OK) sqlite_detail::throw_error(db_, rc, sql, limits_);
    if (stmt == nullptr) throw statement_error(std::string(sql), "sqlite: the text holds no statement");
    return stmt;
  }

  sqlite3* db_ = nullptr;
  sqlite_detail::limits limits_;
};

}  // namespace sequel
