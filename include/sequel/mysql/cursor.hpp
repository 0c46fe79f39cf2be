// SPDX-License-Identifier: BSL-1.0
// The MySQL/MariaDB connector's cursor (mysql/backend.hpp has the connection): with backend.hpp,
// the only file that includes <mysql.h> (MariaDB Connector/C, the mysqlclient API; link -lmariadb).
// Statements run through the binary protocol (mysql_stmt_*): values are bound into MYSQL_BIND
// buffers and rows decode from them, with no text in between.
//
// Rows are fetched as they arrive (unbuffered), as hand-written code does. The protocol cannot run
// anything else on the connection while a result is arriving, so the connection remembers the one
// cursor whose rows are still streaming in; before any other statement touches the connection (an
// execution, a prepare, a close, a reset, COMMIT ...) that cursor's remaining rows are read into
// client memory (mysql_stmt_store_result, which continues an unbuffered result) and its next
// fetches read from there.
#pragma once
#if __has_include(<mysql.h>)  // -I/usr/include/mariadb, as `mariadb_config --cflags` gives
#include <mysql.h>
#elif __has_include(<mariadb/mysql.h>)  // Debian, Ubuntu, Homebrew without the flag
#include <mariadb/mysql.h>
#else
#include <mysql/mysql.h>  // Fedora, Arch
#endif
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../run/backend.hpp"
#include "../run/error.hpp"
#include "errors.hpp"
#include "text.hpp"

namespace sequel {

namespace mysql_detail {
// my_bool in Connector/C and MySQL 5.7, bool in MySQL 8: whatever MYSQL_BIND's flags are.
using flag = decltype(MYSQL_BIND{}.is_null_value);

inline civil_time civil_of(MYSQL_TIME const& t) {
  return {static_cast<int>(t.year), t.month, t.day, t.hour, t.minute, t.second, t.second_part};
}

inline MYSQL_TIME mysql_time_of(civil_time const& c, bool date_only) {
  if (c.year < 0 || c.year > 9999)
    throw error("mysql: a date outside the years 0 to 9999 cannot be stored; got year " +
                std::to_string(c.year));
  MYSQL_TIME t{};
  t.year = static_cast<unsigned>(c.year);
  t.month = c.month;
  t.day = c.day;
  if (!date_only) {
    t.hour = c.hour;
    t.minute = c.minute;
    t.second = c.second;
    t.second_part = c.microsecond;
  }
  t.time_type = date_only ? MYSQL_TIMESTAMP_DATE : MYSQL_TIMESTAMP_DATETIME;
  return t;
}

// mysql_library_init() is not thread-safe and mysql_init() calls it on first use: do it once,
// under the guard of a function-local static, before any connection is opened.
inline void init_library() {
  static int const status = mysql_library_init(0, nullptr, nullptr);
  if (status != 0) throw connection_error("mysql: the client library could not be initialized");
}
}  // namespace mysql_detail

class mysql_cursor;

namespace mysql_detail {
// The connection's one cursor whose rows are still arriving, if any. Whatever uses the connection
// next (an execution, a fetch, a prepare, a reset or close of any statement, which reads the rows of
// a result still arriving) first calls make_way(): that cursor's rest is read into client memory.
struct stream {
  mysql_cursor* cursor = nullptr;

  inline void make_way(mysql_cursor const* user = nullptr) noexcept;  // after mysql_cursor
  void leave(mysql_cursor const* c) noexcept {
    if (cursor == c) cursor = nullptr;
  }
};
}  // namespace mysql_detail

class mysql_cursor final : public cursor {
 public:
  // Takes a prepared statement of the connection db; sql is its text, kept to prepare it again and
  // for error messages. streaming is the connection's record of the cursor whose rows are still
  // arriving.
  mysql_cursor(MYSQL* db, MYSQL_STMT* stmt, std::string_view sql, mysql_detail::stream* streaming)
      : db_(db), stmt_(stmt), sql_(sql), streaming_(streaming) {
    params_.resize(mysql_stmt_param_count(stmt_));
    param_binds_.resize(params_.size());
    for (std::size_t i = 0; i != params_.size(); ++i) {
      param_binds_[i].buffer_type = MYSQL_TYPE_NULL;  // an unbound parameter is NULL
      param_binds_[i].length = &params_[i].length;
    }
    describe_columns();
  }
  mysql_cursor(mysql_cursor const&) = delete;
  mysql_cursor& operator=(mysql_cursor const&) = delete;
  // Closing reads and drops this statement's own rows still arriving, and would read another's.
  ~mysql_cursor() override {
    streaming_->make_way(this);
    streaming_->leave(this);
    mysql_stmt_close(stmt_);  // errors ignored: nothing to do about them
  }

  // Another statement is about to use the connection: the rest of this result is read into client
  // memory and later fetches read from there. An error in that rest (the server may fail on a later
  // row) is kept for this cursor's next step(), so that the other statement goes on.
  void buffer_rest() noexcept {
    streaming_->cursor = nullptr;
    if (mysql_stmt_store_result(stmt_)) {
      state_ = state::failed;
      keep_error();
    }
  }

  // --- Parameters: each value is copied into the cursor, which sends it at the first step() ---
  void bind_null(int i) override { set_param(i, MYSQL_TYPE_NULL, nullptr); }
  void bind(int i, bool v) override {
    auto& p = param(i);
    p.tiny = v ? 1 : 0;
    set_param(i, MYSQL_TYPE_TINY, &p.tiny);
  }
  void bind(int i, std::int64_t v) override {
    auto& p = param(i);
    p.integer = v;
    set_param(i, MYSQL_TYPE_LONGLONG, &p.integer);
  }
  void bind(int i, double v) override {
    auto& p = param(i);
    p.real = v;
    set_param(i, MYSQL_TYPE_DOUBLE, &p.real);
  }
  void bind(int i, std::string_view v) override { bind_bytes(i, MYSQL_TYPE_STRING, v); }
  void bind(int i, std::span<std::byte const> v) override {
    bind_bytes(i, MYSQL_TYPE_BLOB, {reinterpret_cast<char const*>(v.data()), v.size()});
  }
  void bind(int i, std::chrono::sys_days v) override {
    auto& p = param(i);
    p.time = mysql_detail::mysql_time_of(mysql_detail::civil_of(timestamp_us{v}), true);
    set_param(i, MYSQL_TYPE_DATE, &p.time);
  }
  void bind(int i, timestamp_us v) override {
    auto& p = param(i);
    p.time = mysql_detail::mysql_time_of(mysql_detail::civil_of(v), false);
    set_param(i, MYSQL_TYPE_DATETIME, &p.time);
  }

  // The first call executes; each call fetches one row.
  bool step() override {
    if (state_ == state::fetching) [[likely]]
      return fetch();
    return first_step();
  }

  // Drops the rows not read: those still arriving are read off the connection, buffered ones freed
  // (after the last row there is nothing left to drop). COM_STMT_RESET (mysql_stmt_reset) is not
  // sent: it costs a round trip and only matters for long data and server-side cursors, which are
  // never used. The bound values stay until replaced: every execution binds every parameter again.
  void reset() noexcept override {
    if (state_ == state::fetching || state_ == state::failed) {
      streaming_->make_way(this);
      // A result stopped after its last row (first(), one()) has only its end left to arrive:
      // one fetch reads it, for less than freeing the result costs. (The fetch writes into the
      // column buffers, so only when the statement has been told where they are.)
      bool const ended =
          streaming_->cursor == this && !columns_changed_ && mysql_stmt_fetch(stmt_) == MYSQL_NO_DATA;
      if (!ended) mysql_stmt_free_result(stmt_);
      streaming_->leave(this);
    }
    state_ = state::ready;
  }

  // --- Result columns, decoded from the buffers they were fetched into --------------------------
  bool is_null(int c) override { return column(c).null != 0; }
  bool read_bool(int c) override { return read_int64(c) != 0; }
  std::int64_t read_int64(int c) override {
    auto& col = column(c);
    // An integer column that fits, inline; every other case converts out of line.
    if (col.kind == form::integer && !(col.is_unsigned && col.integer < 0)) [[likely]]
      return col.integer;
    return int64_of(col, c);
  }
  double read_double(int c) override {
    auto& col = column(c);
    switch (col.kind) {
      case form::integer:
        return col.is_unsigned ? static_cast<double>(static_cast<std::uint64_t>(col.integer))
                               : static_cast<double>(col.integer);
      case form::real4: return col.real4;
      case form::real8: return col.real8;
      case form::text:
        if (col.type == MYSQL_TYPE_BIT) return static_cast<double>(bits(col, c));
        return mysql_detail::parse_double(bytes(col), id(col, c));
      case form::temporal: break;
    }
    not_a_number(col, c);
  }
  std::string_view read_text(int c) override {
    auto& col = column(c);
    if (col.kind == form::text) return bytes(col);
    return as_text(col);
  }
  std::span<std::byte const> read_blob(int c) override {
    std::string_view text = read_text(c);
    return {reinterpret_cast<std::byte const*>(text.data()), text.size()};
  }
  std::chrono::sys_days read_date(int c) override {
    auto& col = column(c);
    return mysql_detail::day_of(civil(col, c), id(col, c));
  }
  timestamp_us read_timestamp(int c) override {
    auto& col = column(c);
    return mysql_detail::timestamp_of(civil(col, c), id(col, c));
  }

  std::int64_t rows_affected() override {
    return static_cast<std::int64_t>(mysql_stmt_affected_rows(stmt_));
  }
  std::int64_t last_insert_id() override {
    return static_cast<std::int64_t>(mysql_stmt_insert_id(stmt_));
  }

  MYSQL_STMT* native_handle() const noexcept { return stmt_; }

 private:
  enum class state : unsigned char { ready, fetching, done, no_rows, failed };
  // How a column is fetched: integers as 64-bit, FLOAT and DOUBLE as themselves, dates and times
  // as MYSQL_TIME, everything else (strings, blobs, DECIMAL, JSON, BIT) as bytes.
  enum class form : unsigned char { integer, real4, real8, temporal, text };

  struct param_slot {
    std::int64_t integer = 0;
    double real = 0;
    signed char tiny = 0;
    MYSQL_TIME time{};
    std::string bytes;
    unsigned long length = 0;
  };

  struct column_slot {
    enum_field_types type = MYSQL_TYPE_NULL;
    form kind = form::text;
    bool is_unsigned = false;
    std::int64_t integer = 0;
    float real4 = 0;
    double real8 = 0;
    MYSQL_TIME time{};
    std::vector<char> bytes;  // grows to the longest value fetched, and keeps that size
    std::string text;         // a number or date formatted by read_text()
    std::string name;         // for messages
    unsigned long length = 0;
    mysql_detail::flag null = 0;
    mysql_detail::flag truncated = 0;
  };

  // The statement's error, or the connection's: a fetch that lost the connection (KILL, a server
  // gone) leaves its error on the connection only, the statement's code 0 and message empty.
  [[noreturn]] void fail() {
    keep_error();
    throw_kept();
  }
  void keep_error() noexcept {
    error_code_ = mysql_stmt_errno(stmt_);
    char const* message = mysql_stmt_error(stmt_);
    if (error_code_ == 0) {
      error_code_ = mysql_errno(db_);
      message = mysql_error(db_);
    }
    try {
      error_message_ = message ? message : "";
    } catch (...) {
      error_message_.clear();  // out of memory: the code alone must do
    }
  }
  [[noreturn]] void throw_kept() {
    if (error_code_ == 0)  // nothing was reported: the connection is in no state to go on
      throw connection_error("mysql: the client library failed without an error (the connection is "
                             "unusable) [SQL: " + detail::capped_sql(sql_) + "]");
    std::string message = error_message_.empty()
                              ? "error " + std::to_string(error_code_) + " without a message"
                              : error_message_;
    mysql_detail::throw_error(error_code_, std::move(message), sql_);
  }

  param_slot& param(int i) {
    if (i < 1 || static_cast<std::size_t>(i) > params_.size()) [[unlikely]]
      no_parameter(i);
    return params_[static_cast<std::size_t>(i) - 1];
  }
  [[noreturn, gnu::cold, gnu::noinline]] void no_parameter(int i) const {
    throw error("mysql: parameter " + std::to_string(i) + " does not exist; the statement has " +
                std::to_string(params_.size()) + " [SQL: " + std::string(sql_) + "]");
  }

  // The statement is told the parameters' types and buffers again only when one changed; the
  // lengths are read through pointers at each execution.
  void set_param(int i, enum_field_types type, void* buffer) {
    param(i);
    auto& b = param_binds_[static_cast<std::size_t>(i) - 1];
    if (b.buffer_type != type || b.buffer != buffer) {
      b.buffer_type = type;
      b.buffer = buffer;
      params_changed_ = true;
    }
  }

  void bind_bytes(int i, enum_field_types type, std::string_view v) {
    auto& p = param(i);
    // The buffer only grows (its address, bound to the statement, rarely changes): a copy, no
    // reallocation per execution.
    if (p.bytes.size() < v.size()) p.bytes.resize(v.size());
    if (!v.empty()) std::memcpy(p.bytes.data(), v.data(), v.size());
    p.length = static_cast<unsigned long>(v.size());
    set_param(i, type, p.bytes.data());
    param_binds_[static_cast<std::size_t>(i) - 1].buffer_length = p.length;
  }

  // Executes, then fetches the first row; after the last row there is none.
  [[gnu::noinline]] bool first_step() {
    if (state_ == state::failed) throw_kept();  // the rest of the rows failed while being buffered
    if (state_ != state::ready) return false;
    execute();
    return state_ == state::fetching && fetch();
  }

  void execute() {
    streaming_->make_way(this);
    if (unprepared_) [[unlikely]]
      prepare_again();  // the last try to prepare it again failed
    bind_params();
    state_ = state::fetching;  // from here on, reset() frees whatever the statement holds
    if (mysql_stmt_execute(stmt_)) [[unlikely]]
      execute_again();
    if (mysql_stmt_field_count(stmt_) == 0) {
      state_ = state::no_rows;  // nothing to free
      return;
    }
    streaming_->cursor = this;  // the rows arrive as they are fetched
    describe_columns();  // the server may send other column types than at prepare time
  }

  void bind_params() {
    if (params_changed_ && !param_binds_.empty()) {
      if (mysql_stmt_bind_param(stmt_, param_binds_.data())) fail();
      params_changed_ = false;
    }
  }

  // Whether an execution that failed with this error ran nothing and can be tried again once the
  // statement is prepared again: the server's copy is gone or outdated.
  static bool stale(unsigned code) noexcept {
    return code == 1615     // ER_NEED_REPREPARE: the server's own re-prepare gave up
           || code == 1243  // ER_UNKNOWN_STMT_HANDLER: the server no longer has the statement
           || code == 2057; // CR_NEW_STMT_METADATA: the result has another number of columns
  }

  // The execution failed. A statement made stale by a schema change (ALTER TABLE by another
  // connection: SELECT * gains a column) is prepared again and run once more, when that cannot run
  // anything twice. CR_NEW_STMT_METADATA comes after the server ran the statement and while its
  // rows are still arriving: preparing again reads them off the connection; the statement runs
  // again only when it is a query (a SELECT), not an INSERT ... RETURNING whose change is made.
  [[gnu::noinline]] void execute_again() {
    unsigned const code = mysql_stmt_errno(stmt_);
    if (!stale(code)) fail();
    state_ = state::ready;
    prepare_again();
    if (code == 2057 && !mysql_detail::is_query(sql_))
      throw statement_error(std::string(sql_),
                            "mysql: the statement ran, but its result has other columns than when "
                            "it was prepared (the table was altered); its rows are lost. It was "
                            "prepared again for the next execution");
    bind_params();
    state_ = state::fetching;
    if (mysql_stmt_execute(stmt_)) fail();
  }

  // mysql_stmt_prepare() on the same handle: the server's old statement is closed, whatever it was
  // still sending is read and dropped, and the columns are described and bound anew.
  void prepare_again() {
    unprepared_ = true;
    if (mysql_stmt_prepare(stmt_, sql_.data(), static_cast<unsigned long>(sql_.size()))) fail();
    if (mysql_stmt_param_count(stmt_) != params_.size())  // the same text: never, but never trust it
      throw statement_error(std::string(sql_), "mysql: the statement has another number of "
                                               "parameters since it was prepared");
    unprepared_ = false;
    params_changed_ = true;
    columns_.clear();
    column_count_ = 0;
    describe_columns();
  }

  bool fetch() {
    // Even a fetch from a buffered result marks the connection ready at its end.
    streaming_->make_way(this);
    if (columns_changed_) {
      if (mysql_stmt_bind_result(stmt_, column_binds_.data())) fail();
      columns_changed_ = false;
    }
    int const rc = mysql_stmt_fetch(stmt_);
    if (rc == 0) [[likely]]
      return true;
    if (rc == MYSQL_DATA_TRUNCATED) {
      fetch_long_values();  // before anything else reads the connection: the row is in its buffer
      return true;
    }
    // The last row was read, or the fetch failed: either way the connection is free again.
    streaming_->leave(this);
    if (rc != MYSQL_NO_DATA) fail();
    state_ = state::done;
    return false;
  }

  // A value longer than its column's buffer: the buffer grows to the length the fetch reported
  // and the column is fetched again, whole.
  void fetch_long_values() {
    for (std::size_t i = 0; i != columns_.size(); ++i) {
      auto& col = columns_[i];
      if (!col.truncated || col.kind != form::text) continue;
      col.bytes.resize(col.length);
      auto& b = column_binds_[i];
      b.buffer = col.bytes.data();
      b.buffer_length = static_cast<unsigned long>(col.bytes.size());
      columns_changed_ = true;  // the next fetch must use the new buffer
      if (mysql_stmt_fetch_column(stmt_, &b, static_cast<unsigned>(i), 0)) fail();
    }
  }

  // Result buffers for the statement's columns; rebuilt only when the columns' types changed.
  // MariaDB's Connector/C lends the statement's own fields; the mysqlclient API only has
  // mysql_stmt_result_metadata(), which allocates a result set to hold them, at every execution.
  void describe_columns() {
#if defined(MARIADB_PACKAGE_VERSION_ID) && MARIADB_PACKAGE_VERSION_ID >= 30200
    unsigned const n = mysql_stmt_field_count(stmt_);
    MYSQL_FIELD const* fields = n == 0 ? nullptr : mariadb_stmt_fetch_fields(stmt_);
    if (!fields) {
      if (mysql_stmt_errno(stmt_) != 0) fail();
      return;
    }
#else
    std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)> meta(mysql_stmt_result_metadata(stmt_),
                                                          mysql_free_result);
    if (!meta) {
      if (mysql_stmt_errno(stmt_) != 0) fail();
      return;
    }
    unsigned const n = mysql_num_fields(meta.get());
    MYSQL_FIELD const* fields = mysql_fetch_fields(meta.get());
#endif
    bool same = n == columns_.size() && n != 0;
    for (unsigned i = 0; same && i != n; ++i)
      same = columns_[i].type == fields[i].type &&
             columns_[i].is_unsigned == ((fields[i].flags & UNSIGNED_FLAG) != 0);
    if (!same) [[unlikely]]
      bind_columns(fields, n);
  }

  [[gnu::noinline]] void bind_columns(MYSQL_FIELD const* fields, unsigned n) {
    columns_ = std::vector<column_slot>(n);
    column_count_ = n;
    column_binds_.assign(n, MYSQL_BIND{});
    for (unsigned i = 0; i != n; ++i) {
      auto& col = columns_[i];
      auto& b = column_binds_[i];
      col.type = fields[i].type;
      col.is_unsigned = (fields[i].flags & UNSIGNED_FLAG) != 0;
      if (fields[i].name) col.name.assign(fields[i].name, fields[i].name_length);
      b.is_null = &col.null;
      b.length = &col.length;
      b.error = &col.truncated;
      switch (col.type) {
        case MYSQL_TYPE_TINY:
        case MYSQL_TYPE_SHORT:
        case MYSQL_TYPE_INT24:
        case MYSQL_TYPE_LONG:
        case MYSQL_TYPE_LONGLONG:
        case MYSQL_TYPE_YEAR:
          col.kind = form::integer;
          b.buffer_type = MYSQL_TYPE_LONGLONG;
          b.buffer = &col.integer;
          b.is_unsigned = col.is_unsigned;
          break;
        case MYSQL_TYPE_FLOAT:
          col.kind = form::real4;
          b.buffer_type = MYSQL_TYPE_FLOAT;
          b.buffer = &col.real4;
          break;
        case MYSQL_TYPE_DOUBLE:
          col.kind = form::real8;
          b.buffer_type = MYSQL_TYPE_DOUBLE;
          b.buffer = &col.real8;
          break;
        case MYSQL_TYPE_DATE:
        case MYSQL_TYPE_NEWDATE:
        case MYSQL_TYPE_DATETIME:
        case MYSQL_TYPE_TIMESTAMP:
        case MYSQL_TYPE_TIME:
          col.kind = form::temporal;
          b.buffer_type = col.type == MYSQL_TYPE_NEWDATE ? MYSQL_TYPE_DATE : col.type;
          b.buffer = &col.time;
          b.buffer_length = sizeof(MYSQL_TIME);
          break;
        default:
          col.kind = form::text;
          col.bytes.resize(std::min<unsigned long>(fields[i].length, 256));
          b.buffer_type = MYSQL_TYPE_STRING;
          b.buffer = col.bytes.data();
          b.buffer_length = static_cast<unsigned long>(col.bytes.size());
          break;
      }
    }
    columns_changed_ = true;
  }

  column_slot& column(int c) {
    if (static_cast<unsigned>(c) >= column_count_) [[unlikely]]
      no_column(c);
    return columns_[static_cast<unsigned>(c)];
  }
  static mysql_detail::column_id id(column_slot const& col, int c) noexcept { return {c, col.name}; }

  // Every read of an integer but that of an integer column that fits: a value that would change
  // (a fraction, a value out of range) is an error, never truncated.
  [[gnu::noinline]] std::int64_t int64_of(column_slot const& col, int c) {
    switch (col.kind) {
      case form::integer:  // read_int64() returned the others
        mysql_detail::cannot_read(id(col, c), "the value " +
                                                  std::to_string(static_cast<std::uint64_t>(col.integer)) +
                                                  " does not fit std::int64_t");
      case form::real4: return mysql_detail::int64_of_real(col.real4, id(col, c));
      case form::real8: return mysql_detail::int64_of_real(col.real8, id(col, c));
      case form::text:
        if (col.type == MYSQL_TYPE_BIT) return bits(col, c);
        return mysql_detail::parse_int64(bytes(col), id(col, c));
      case form::temporal: break;
    }
    not_a_number(col, c);
  }
  [[noreturn, gnu::cold, gnu::noinline]] static void not_a_number(column_slot const& col, int c) {
    mysql_detail::cannot_read(id(col, c), "a date or time is not a number");
  }
  [[noreturn, gnu::cold, gnu::noinline]] void no_column(int c) const {
    throw result_error("column " + std::to_string(c) + " does not exist; the query has " +
                       std::to_string(columns_.size()) + " [SQL: " + std::string(sql_) + "]");
  }

  static std::string_view bytes(column_slot const& col) {
    return {col.bytes.data(), std::min<std::size_t>(col.length, col.bytes.size())};
  }

  // BIT(n) arrives as big-endian bytes.
  static std::int64_t bits(column_slot const& col, int c) {
    return mysql_detail::int64_of_bits(bytes(col), id(col, c));
  }

  mysql_detail::civil_time civil(column_slot const& col, int c) {
    if (col.kind == form::temporal) {
      if (col.time.neg || col.time.time_type == MYSQL_TIMESTAMP_TIME)
        mysql_detail::cannot_read(id(col, c), "a TIME is not a date or time point");
      return mysql_detail::civil_of(col.time);
    }
    if (col.kind == form::text) return mysql_detail::parse_civil(bytes(col), id(col, c));
    mysql_detail::cannot_read(id(col, c), "a number is not a date or time");
  }

  std::string_view as_text(column_slot& col) {
    char buf[64];
    std::to_chars_result r{};
    switch (col.kind) {
      case form::integer:
        r = col.is_unsigned
                ? std::to_chars(buf, buf + sizeof buf, static_cast<std::uint64_t>(col.integer))
                : std::to_chars(buf, buf + sizeof buf, col.integer);
        col.text.assign(buf, r.ptr);
        break;
      case form::real4:
        r = std::to_chars(buf, buf + sizeof buf, col.real4);
        col.text.assign(buf, r.ptr);
        break;
      case form::real8:
        r = std::to_chars(buf, buf + sizeof buf, col.real8);
        col.text.assign(buf, r.ptr);
        break;
      case form::temporal:
        col.text = col.time.time_type == MYSQL_TIMESTAMP_TIME
                       ? mysql_detail::format_time(col.time.neg, col.time.day, col.time.hour,
                                                   col.time.minute, col.time.second,
                                                   col.time.second_part)
                       : mysql_detail::format_civil(mysql_detail::civil_of(col.time),
                                                    col.time.time_type == MYSQL_TIMESTAMP_DATE);
        break;
      case form::text: return bytes(col);
    }
    return col.text;
  }

  MYSQL* db_;
  MYSQL_STMT* stmt_;
  std::string_view sql_;
  mysql_detail::stream* streaming_;
  state state_ = state::ready;
  bool unprepared_ = false;  // preparing again failed: the next execution tries once more
  bool params_changed_ = true;
  bool columns_changed_ = true;
  std::vector<param_slot> params_;  // sized once: the binds point into it
  std::vector<MYSQL_BIND> param_binds_;
  std::vector<column_slot> columns_;
  unsigned column_count_ = 0;  // columns_.size(), without a division by the slot's size per value
  std::vector<MYSQL_BIND> column_binds_;
  unsigned error_code_ = 0;  // the last failure's, kept for a later step() (buffer_rest())
  std::string error_message_;
};

// Another cursor's rows still arriving are buffered before `user` (or the connection itself) goes on.
inline void mysql_detail::stream::make_way(mysql_cursor const* user) noexcept {
  if (cursor && cursor != user) cursor->buffer_rest();
}

}  // namespace sequel
