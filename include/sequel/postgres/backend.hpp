// SPDX-License-Identifier: BSL-1.0
// The PostgreSQL connector: the only file that includes <libpq-fe.h>. Statements are prepared on
// the server under generated names with their parameters' types declared, executed with every
// parameter and every result column in binary, and deallocated once their cursor is gone.
#pragma once
// pkg-config and CMake's FindPostgreSQL add the directory; Debian installs it under postgresql/.
#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#else
#include <postgresql/libpq-fe.h>
#endif

#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../run/backend.hpp"
#include "../run/error.hpp"
#include "../run/url.hpp"
#include "binary.hpp"

namespace sequel {

namespace postgres_detail {

struct result_deleter {
  void operator()(PGresult* r) const noexcept { PQclear(r); }
};
using result_ptr = std::unique_ptr<PGresult, result_deleter>;

// libpq's messages end in a newline, and may run on over several lines (DETAIL, HINT, ...).
inline std::string first_line(char const* message) {
  std::string_view text = message ? message : "";
  text = text.substr(0, text.find('\n'));
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text.empty() ? std::string_view("unknown error") : text);
}

// Everything libpq said, on one line, for a lost connection.
inline std::string all_lines(char const* message) {
  std::string text;
  for (char const* p = message ? message : ""; *p; ++p) {
    if (*p == '\n' || *p == '\t') {
      if (!text.empty() && text.back() != ' ') text += ' ';
    } else {
      text += *p;
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text.empty() ? "unknown error" : text;
}

inline std::string_view nullable(char const* text) { return text ? text : ""; }

inline bool lost(PGconn* conn, char const* sqlstate) {
  std::string_view state = sqlstate ? sqlstate : "";
  // class 08: connection exception; 57P01..57P03: the server is shutting down or terminated us.
  return PQstatus(conn) == CONNECTION_BAD || state.starts_with("08") || state == "57P01" ||
         state == "57P02" || state == "57P03";
}

// Throws for a failed command. The message is the server's primary message only: its DETAIL
// ("Key (email)=(x) already exists", "Failing row contains (...)") would repeat bound values.
[[noreturn]] inline void throw_error(PGconn* conn, result_ptr result, std::string_view sql) {
  if (!conn)
    throw connection_error("postgres: the connection was closed, as the server did not answer within "
                           "the statement timeout; open a new one");
  char const* sqlstate = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
  if (lost(conn, sqlstate)) {
    std::string message = all_lines(PQerrorMessage(conn));
    if (message == "unknown error" && result) message = all_lines(PQresultErrorMessage(result.get()));
    throw connection_error("postgres: the connection to the server was lost: " + message);
  }
  std::string message;
  if (char const* primary = result ? PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr)
    message = primary;
  else
    message = first_line(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(conn));
  if (sqlstate && std::string_view(sqlstate).starts_with("23"))
    throw constraint_error(std::string(sql), std::move(message));
  // 57014: the server cancelled the statement, at its statement_timeout (or at a cancel request).
  if (sqlstate && std::string_view(sqlstate) == "57014")
    throw timeout_error(std::string(sql), std::move(message));
  throw statement_error(std::string(sql), std::move(message));
}

// The result of a command, or the error it raised.
inline result_ptr checked(PGconn* conn, PGresult* raw, std::string_view sql) {
  result_ptr result(raw);
  if (result) {
    switch (PQresultStatus(result.get())) {
      case PGRES_COMMAND_OK:
      case PGRES_TUPLES_OK:
      case PGRES_EMPTY_QUERY: return result;
      default: break;
    }
  }
  throw_error(conn, std::move(result), sql);
}

// The number that ends a command tag: "INSERT 0 3", "UPDATE 2", "SELECT 5"; 0 for a tag without
// one ("CREATE TABLE"). Read here, as PQcmdTuples first compares the tag with each command's name;
// a loop, as the number is short and std::from_chars is a call.
inline std::int64_t count_of(std::string_view tag) {
  tag.remove_prefix(tag.rfind(' ') + 1);  // npos + 1 == 0: a tag of one word stays whole
  std::uint64_t n = 0;
  for (char const digit : tag) {
    if (digit < '0' || digit > '9') return 0;
    n = n * 10 + static_cast<unsigned>(digit - '0');
  }
  return static_cast<std::int64_t>(n);
}

inline void drop_notice(void*, char const*) {}

// COMMIT or END, in any case, with or without TRANSACTION / WORK.
inline bool is_commit(std::string_view sql) {
  auto const word = sql.substr(0, sql.find_first_of(" ;\t\n"));
  auto const same = [word](std::string_view keyword) {
    if (word.size() != keyword.size()) return false;
    for (std::size_t i = 0; i != word.size(); ++i)
      if ((word[i] | 0x20) != keyword[i]) return false;
    return true;
  };
  return same("commit") || same("end");
}

// The connection, its statement timeout, and the names of the statements whose cursors are gone.
// DEALLOCATE waits for the next statement: a destructor does no network round trip (closing a
// connection with a full cache costs none), and several names go in one.
//
// Every round trip goes through run(): without a statement timeout, libpq's blocking call, as fast
// as ever; with one, its asynchronous form and poll() on the socket, so that a server that stops
// answering is given up after the timeout plus a grace (the server cancels a statement at the
// timeout itself; the grace covers the time its answer takes). Giving up closes the connection:
// its protocol state is unknown. PQcancel() is not used there, as it blocks without a bound when
// the server is frozen.
struct session {
  PGconn* conn = nullptr;  // null once closed after the server did not answer in time
  std::uint64_t statements = 0;
  std::vector<std::string> pending;
  std::chrono::milliseconds timeout{0};  // the statement timeout, 0 for none
  bool reapply_timeout = false;           // SET statement_timeout again once no transaction is open

  session() = default;
  session(session const&) = delete;
  session& operator=(session const&) = delete;
  ~session() { PQfinish(conn); }

  std::string next_name() { return "sq" + std::to_string(++statements); }

  void release(std::string&& name) noexcept {
    try {
      pending.push_back(std::move(name));
    } catch (...) {  // out of memory: the statement stays until the connection ends
    }
  }
  // Before a statement runs; errors are ignored (a lost connection shows in the statement itself).
  void flush_pending() noexcept {
    if (!pending.empty() || reapply_timeout) [[unlikely]]
      housekeeping();
  }
  // Only outside a transaction: a DEALLOCATE the server refuses (the statement is gone after a
  // DISCARD ALL) must not abort the caller's transaction, and a SET in one is undone by a rollback.
  [[gnu::noinline]] void housekeeping() noexcept {
    if (!conn || PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) != PQTRANS_IDLE) return;
    try {
      // Apart: one failed DEALLOCATE would undo a SET sent in the same query.
      if (reapply_timeout) {
        reapply_timeout = false;
        result_ptr(exec(timeout_command().c_str()));
      }
      if (pending.empty()) return;
      std::string sql;
      for (auto const& name : pending) sql += "DEALLOCATE \"" + name + "\";";
      pending.clear();
      result_ptr(exec(sql.c_str()));
    } catch (...) {
    }
  }
  std::string timeout_command() const { return "SET statement_timeout = " + std::to_string(timeout.count()) + ";"; }

  // The client's part of the timeout: how long after the statement timeout it waits for the
  // server's answer before it gives up on the connection.
  std::chrono::milliseconds grace() const {
    return std::max(std::chrono::milliseconds(1000), timeout / 2);
  }

  // One round trip: blocking() is libpq's blocking call, send() its asynchronous twin.
  template <class Blocking, class Send>
  PGresult* run(Blocking blocking, Send send) {
    if (timeout.count() == 0) [[likely]]
      return blocking();
    return run_with_deadline(send);
  }
  PGresult* exec(char const* sql) {
    return run([&] { return PQexec(conn, sql); }, [&] { return PQsendQuery(conn, sql); });
  }
  PGresult* prepare(char const* name, char const* sql, int n, Oid const* types) {
    return run([&] { return PQprepare(conn, name, sql, n, types); },
               [&] { return PQsendPrepare(conn, name, sql, n, types); });
  }
  PGresult* exec_prepared(char const* name, int n, char const* const* values, int const* lengths,
                          int const* formats) {
    return run([&] { return PQexecPrepared(conn, name, n, values, lengths, formats, 1); },
               [&] { return PQsendQueryPrepared(conn, name, n, values, lengths, formats, 1); });
  }

  template <class Send>
  [[gnu::noinline]] PGresult* run_with_deadline(Send send) {
    if (!conn || PQstatus(conn) != CONNECTION_OK) return nullptr;  // reported by the caller
    auto const deadline = std::chrono::steady_clock::now() + timeout + grace();
    // Non-blocking, so that sending a large statement to a server that reads nothing cannot block.
    if (PQsetnonblocking(conn, 1) != 0) return nullptr;
    struct blocking_again {
      session* s;
      ~blocking_again() {
        if (s->conn) PQsetnonblocking(s->conn, 0);
      }
    } const restore{this};
    if (!send()) return nullptr;
    for (;;) {  // until everything is sent
      int const flushed = PQflush(conn);
      if (flushed == 0) break;
      if (flushed < 0) return nullptr;
      // The server may answer (an error) before it reads everything: read while waiting.
      if (wait(POLLIN | POLLOUT, deadline) & POLLIN)
        if (!PQconsumeInput(conn)) break;  // lost: PQgetResult reports it
    }
    // Like PQexec: every result of the command, the first error kept, else the last result.
    result_ptr kept;
    for (;;) {
      while (PQisBusy(conn)) {
        wait(POLLIN, deadline);
        if (!PQconsumeInput(conn)) break;  // lost: PQgetResult reports it without blocking
      }
      PGresult* next = PQgetResult(conn);
      if (!next) break;
      bool const error = PQresultStatus(next) == PGRES_FATAL_ERROR;
      if (!kept || (error && PQresultStatus(kept.get()) != PGRES_FATAL_ERROR))
        kept.reset(next);
      else
        PQclear(next);
      if (PQstatus(conn) == CONNECTION_BAD) break;
    }
    return kept.release();
  }
  // Waits until the socket is ready for `events`, or gives up on the server at the deadline.
  short wait(short events, std::chrono::steady_clock::time_point deadline) {
    for (;;) {
      auto const left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) give_up();
      pollfd fd{PQsocket(conn), events, 0};
      int const ready = ::poll(&fd, 1, static_cast<int>(std::min<long long>(left.count() + 1, 1 << 30)));
      if (ready > 0) return fd.revents;
      if (ready < 0 && errno != EINTR) give_up();
    }
  }
  // The server did not answer in time: the connection is closed, as what it would still send is
  // unknown. Later statements raise connection_error at once (throw_error() sees the null conn).
  [[noreturn, gnu::cold]] void give_up() {
    PQfinish(conn);  // non-blocking: its Terminate message does not wait for the server
    conn = nullptr;
    pending.clear();
    throw connection_error("postgres: the server did not answer within the statement timeout (" +
                           std::to_string(timeout.count()) + " ms) and a grace of " +
                           std::to_string(grace().count()) + " ms; the connection is closed");
  }
};

// Whether a failed execution failed only because its prepared statement is stale: the table it
// reads changed (its result columns would change), or it is gone from the session (DISCARD ALL, or
// a transaction-pooling proxy that moved the session to another server connection).
inline bool stale_statement(PGresult const* result) {
  if (!result) return false;
  std::string_view const state = nullable(PQresultErrorField(result, PG_DIAG_SQLSTATE));
  if (state == "26000") return true;
  if (state != "0A000") return false;
  // The function's name is not translated; the message is, with the server's lc_messages.
  return nullable(PQresultErrorField(result, PG_DIAG_SOURCE_FUNCTION)) == "RevalidateCachedQuery" ||
         nullable(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) ==
             "cached plan must not change result type";
}

}  // namespace postgres_detail

class postgres_cursor final : public cursor {
 public:
  // Prepares sql on the server; sql stays valid as long as the cursor does.
  postgres_cursor(postgres_detail::session& session, std::string_view sql, std::span<param_type const> params)
      : session_(&session), sql_(sql) {
    types_.reserve(params.size());
    for (param_type p : params) types_.push_back(postgres_detail::oid_of(p));
    prepare();
    resize(params.size());
  }
  postgres_cursor(postgres_cursor const&) = delete;
  postgres_cursor& operator=(postgres_cursor const&) = delete;
  ~postgres_cursor() override {
    if (!name_.empty()) session_->release(std::move(name_));
  }

  // Values go in PostgreSQL's binary format: numbers, dates and times encoded into the parameter's
  // own 8 bytes; text and blobs as they are when they outlive the execution, else copied.
  void bind_null(int i) override { values_[index(i)] = nullptr; }
  void bind(int i, bool v) override {
    bind_fixed(i, [v](char* out) { return postgres_detail::encode_bool(out, v); });
  }
  void bind(int i, std::int64_t v) override {
    bind_fixed(i, [v](char* out) { return postgres_detail::encode_int64(out, v); });
  }
  void bind(int i, double v) override {
    bind_fixed(i, [v](char* out) { return postgres_detail::encode_double(out, v); });
  }
  void bind(int i, std::string_view v) override { bind_bytes(i, v.data(), v.size()); }
  void bind(int i, std::span<std::byte const> v) override {
    bind_bytes(i, reinterpret_cast<char const*>(v.data()), v.size());
  }
  void bind(int i, std::chrono::sys_days v) override {
    bind_fixed(i, [v](char* out) { return postgres_detail::encode_date(out, v); });
  }
  void bind(int i, timestamp_us v) override {
    bind_fixed(i, [v](char* out) { return postgres_detail::encode_timestamp(out, v); });
  }

  // The first call executes and says whether there is a row; the rest walk the rows received.
  bool step() override {
    peeked_.column = -1;
    if (!result_)
      execute();
    else if (row_ < rows_)
      ++row_;
    if (row_ < rows_) return true;
    readable_ = 0;
    return false;
  }
  // The parameters keep their values: every execution binds each of them again.
  void reset() noexcept override {
    result_.reset();
    rows_ = row_ = 0;
    readable_ = 0;
    peeked_.column = -1;
  }

  // The length first: a value longer than 0 is not NULL, so most values need no PQgetisnull, and
  // the length is kept for the read that follows.
  bool is_null(int c) override {
    check_column(c);
    int const size = PQgetlength(result_.get(), row_, c);
    if (size == 0 && PQgetisnull(result_.get(), row_, c)) return true;
    peeked_ = {c, size};
    return false;
  }
  // Each read takes the value (its column checked first), then the column's description.
  bool read_bool(int c) override {
    auto const f = field(c);
    return postgres_detail::read_bool(f, described(c));
  }
  std::int64_t read_int64(int c) override {
    auto const f = field(c);
    return postgres_detail::read_int64(f, described(c));
  }
  double read_double(int c) override {
    auto const f = field(c);
    return postgres_detail::read_double(f, described(c));
  }
  std::string_view read_text(int c) override {
    auto const f = field(c);
    return postgres_detail::read_text(f, described(c));
  }
  std::span<std::byte const> read_blob(int c) override {
    auto const f = field(c);
    if (described(c).type != postgres_detail::bytea_oid) postgres_detail::cannot_read(described(c), "a blob");
    return {reinterpret_cast<std::byte const*>(f.data), f.size};
  }
  std::chrono::sys_days read_date(int c) override {
    auto const f = field(c);
    return postgres_detail::read_date(f, described(c));
  }
  timestamp_us read_timestamp(int c) override {
    auto const f = field(c);
    return postgres_detail::read_timestamp(f, described(c));
  }

  std::int64_t rows_affected() override {
    return result_ ? postgres_detail::count_of(PQcmdStatus(result_.get())) : 0;
  }
  // The generated key an INSERT ... RETURNING "<key>" sent back in its first row; 0 otherwise.
  std::int64_t last_insert_id() override {
    if (!returns_key_ || rows_ == 0) return 0;
    int const size = PQgetlength(result_.get(), 0, 0);
    if (size == 0 && PQgetisnull(result_.get(), 0, 0)) return 0;
    return postgres_detail::read_int64(field_at(0, 0, size), described(0));
  }

  std::string const& name() const noexcept { return name_; }

 private:
  struct param {
    char fixed[8];      // a number, date or time
    std::string bytes;  // a text or blob that had to be copied
  };
  // The column whose length is_null() read on the current row, and that length.
  struct peeked {
    int column = -1;
    int size = 0;
  };

  // Sized once, at prepare: values_ points into params_.
  void resize(std::size_t n) {
    params_.resize(n);
    values_.assign(n, nullptr);
    lengths_.assign(n, 0);
    formats_.assign(n, 1);  // binary
  }
  std::size_t index(int i) const {
    if (i < 1 || static_cast<std::size_t>(i) > params_.size()) [[unlikely]]
      no_parameter(i);
    return static_cast<std::size_t>(i) - 1;
  }
  [[noreturn, gnu::cold, gnu::noinline]] void no_parameter(int i) const {
    throw error("postgres: parameter " + std::to_string(i) + " does not exist; the statement has " +
                std::to_string(params_.size()) + " [SQL: " + std::string(sql_) + "]");
  }
  template <class Encode>
  void bind_fixed(int i, Encode encode) {
    std::size_t const k = index(i);
    lengths_[k] = encode(params_[k].fixed);  // may throw (a date out of range): nothing changed yet
    values_[k] = params_[k].fixed;
  }
  void bind_bytes(int i, char const* data, std::size_t size) {
    std::size_t const k = index(i);
    if (!values_outlive_) {
      params_[k].bytes.assign(data, size);
      data = params_[k].bytes.data();
    }
    values_[k] = data ? data : "";  // a null pointer would send NULL
    lengths_[k] = static_cast<int>(size);
  }

  // Prepared under a new name; the result columns are described again at the next execution.
  void prepare() {
    std::string name = session_->next_name();
    PGresult* raw = session_->prepare(name.c_str(), std::string(sql_).c_str(),
                                      static_cast<int>(types_.size()), types_.data());
    postgres_detail::checked(session_->conn, raw, sql_);
    name_ = std::move(name);
    described_ = false;
    stale_ = false;
  }

  // Once per execution: out of line, as step() runs once per row.
  [[gnu::noinline]] void execute() {
    session_->flush_pending();
    if (stale_) [[unlikely]]
      prepare_again();
    postgres_detail::result_ptr result(run_prepared());
    if (!succeeded(result.get())) [[unlikely]]
      result = after_failure(std::move(result));
    rows_ = PQntuples(result.get());
    // Each column's type and name, looked up once per preparation: a prepared statement's result
    // columns do not change (the server fails an execution whose plan would change them).
    if (!described_) describe(result.get());
    result_ = std::move(result);
    row_ = 0;
    readable_ = static_cast<unsigned>(columns_.size());
  }
  static bool succeeded(PGresult const* result) {
    if (!result) return false;
    auto const status = PQresultStatus(result);
    return status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
  }
  // Throws, unless the statement was only stale and ran once prepared again.
  [[gnu::noinline, gnu::cold]] postgres_detail::result_ptr after_failure(postgres_detail::result_ptr failed) {
    if (postgres_detail::stale_statement(failed.get())) failed = retry_stale(std::move(failed));
    return postgres_detail::checked(session_->conn, failed.release(), sql_);
  }
  PGresult* run_prepared() {
    return session_->exec_prepared(name_.c_str(), static_cast<int>(params_.size()), values_.data(),
                                   lengths_.data(), formats_.data());
  }
  // The statement is stale: a table it reads changed since it was prepared (another connection
  // ran ALTER TABLE), or the server no longer has it (DISCARD ALL, a transaction-pooling proxy).
  // Outside a transaction the failed execution changed nothing, so it is prepared again and run
  // once more. In one, the server has aborted the transaction: the caller must retry it, and the
  // statement is prepared again on its next use.
  postgres_detail::result_ptr retry_stale(postgres_detail::result_ptr failed) {
    // After a failure outside a transaction block the session is idle; inside one, it is in error.
    bool const in_transaction = PQtransactionStatus(session_->conn) != PQTRANS_IDLE;
    forget_name(failed.get());
    stale_ = true;  // until prepared again, should that fail too
    if (in_transaction) {
      throw statement_error(
          std::string(sql_),
          "the statement's table changed since it was prepared (" +
              postgres_detail::first_line(PQresultErrorField(failed.get(), PG_DIAG_MESSAGE_PRIMARY)) +
              "), which aborted the transaction; roll it back and retry the transaction (the "
              "statement is prepared again on its next use)");
    }
    prepare();
    return postgres_detail::result_ptr(run_prepared());
  }
  [[gnu::noinline, gnu::cold]] void prepare_again() { prepare(); }
  // The old name is deallocated later, unless the server has lost it already (26000).
  void forget_name(PGresult const* failed) {
    if (name_.empty()) return;
    if (postgres_detail::nullable(PQresultErrorField(failed, PG_DIAG_SQLSTATE)) != "26000")
      session_->release(std::move(name_));
    name_.clear();
  }
  [[gnu::noinline]] void describe(PGresult* result) {
    columns_.resize(static_cast<std::size_t>(PQnfields(result)));
    for (int c = 0; c != static_cast<int>(columns_.size()); ++c)
      columns_[static_cast<std::size_t>(c)] = {PQftype(result, c), c, PQfname(result, c)};
    // The command, like the columns, is the same on every execution (an INSTEAD rule keeps the tag).
    returns_key_ = !columns_.empty() && postgres_detail::is_integer_type(columns_[0].type) &&
                   std::strncmp(PQcmdStatus(result), "INSERT ", 7) == 0;
    described_ = true;
  }

  void check_column(int c) const {
    if (static_cast<unsigned>(c) >= readable_) [[unlikely]]
      no_column(c);
  }
  [[noreturn, gnu::cold, gnu::noinline]] void no_column(int c) const {
    if (!result_ || row_ >= rows_) throw result_error("postgres: no current row to read");
    throw result_error("postgres: the result has no column " + std::to_string(c));
  }
  // The value of column c on the current row, with the length is_null() read if it just did.
  postgres_detail::field field(int c) {
    return field_at(row_, c, c == peeked_.column ? peeked_.size : checked_length(c));
  }
  // A read without is_null() before it: out of line, as read_value() always asks is_null() first.
  [[gnu::noinline]] int checked_length(int c) const {
    check_column(c);
    return PQgetlength(result_.get(), row_, c);
  }
  postgres_detail::field field_at(int row, int c, int size) const {
    return {PQgetvalue(result_.get(), row, c), static_cast<std::size_t>(size)};
  }
  postgres_detail::column const& described(int c) const { return columns_[static_cast<std::size_t>(c)]; }

  postgres_detail::session* session_;
  std::string_view sql_;
  std::string name_;          // on the server; empty while the statement must be prepared again
  std::vector<Oid> types_;    // of the parameters
  std::vector<param> params_;
  std::vector<char const*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  postgres_detail::result_ptr result_;
  std::vector<postgres_detail::column> columns_;  // of result_
  bool described_ = false;    // columns_ is filled
  bool stale_ = false;        // prepare again before the next execution
  bool returns_key_ = false;  // an INSERT whose first result column is an integer
  int rows_ = 0;
  int row_ = 0;
  unsigned readable_ = 0;  // the columns of the current row, 0 without one: one compare per read
  peeked peeked_;
};

namespace postgres_detail {
inline bool same_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i != a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

// The options of a URL that sequel reads itself rather than pass on to libpq.
struct settings {
  std::chrono::milliseconds statement_timeout{0};
};

inline constexpr char const* default_connect_timeout = "10";  // seconds, when the URL gives none

// libpq's keyword/value pairs from a URL's parts: user, password, host, port, dbname, then every
// ?key=value option as given (sslmode, connect_timeout, host for a socket directory, ...), except
// statement_timeout, which goes into `out`.
inline std::map<std::string, std::string, std::less<>> keywords_of(server_url const& url, settings& out) {
  std::map<std::string, std::string, std::less<>> keywords;
  keywords["client_encoding"] = "UTF8";  // text columns are read as UTF-8 bytes
  keywords["fallback_application_name"] = "sequel";
  keywords["connect_timeout"] = default_connect_timeout;  // libpq's own default waits forever
  if (!url.user.empty()) keywords["user"] = url.user;
  if (!url.password.empty()) keywords["password"] = url.password;
  if (!url.host.empty()) keywords["host"] = url.host;
  if (url.port) keywords["port"] = std::to_string(*url.port);
  if (!url.database.empty()) keywords["dbname"] = url.database;
  for (auto const& [key, value] : url.options) {
    if (key == "statement_timeout") {
      unsigned long long ms = 0;
      auto const [end, ec] = std::from_chars(value.data(), value.data() + value.size(), ms);
      if (value.empty() || ec != std::errc{} || end != value.data() + value.size() ||
          ms > static_cast<unsigned long long>(std::numeric_limits<int>::max()))
        throw connection_error("postgres: the URL option statement_timeout is a number of "
                               "milliseconds from 0 (no limit) to 2147483647; got '" + value + "'");
      out.statement_timeout = std::chrono::milliseconds(ms);
      continue;
    }
    if (key == "client_encoding" && !same_letters(value, "UTF8"))
      throw connection_error("postgres: the URL option client_encoding must be UTF8 (got '" + value +
                             "'): sequel reads and binds text as UTF-8");
    keywords.insert_or_assign(key, value);
  }
  return keywords;
}

}  // namespace postgres_detail

class postgres_backend final : public backend {
 public:
  using static_dialect = postgres;
  using cursor_type = postgres_cursor;

  // url: what follows "postgresql://" (or "postgres://"), with its scheme.
  explicit postgres_backend(url_parts const& url) {
    postgres_detail::settings settings;
    auto const keywords = postgres_detail::keywords_of(parse_server_url(url), settings);
    std::vector<char const*> keys, values;
    for (auto const& [key, value] : keywords) {
      keys.push_back(key.c_str());
      values.push_back(value.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    // The session closes the connection if a check below throws.
    session_.conn = PQconnectdbParams(keys.data(), values.data(), /*expand_dbname=*/0);
    if (!session_.conn) throw connection_error("postgres: out of memory while connecting");
    if (PQstatus(session_.conn) != CONNECTION_OK)
      throw connection_error("postgres: cannot connect to '" + detail::redact_url(url.scheme + "://" + url.rest) +
                             "': " + postgres_detail::all_lines(PQerrorMessage(session_.conn)));
    PQsetNoticeProcessor(session_.conn, &postgres_detail::drop_notice, nullptr);
    char const* integer_datetimes = PQparameterStatus(session_.conn, "integer_datetimes");
    if (integer_datetimes && std::string_view(integer_datetimes) != "on")
      throw connection_error("postgres: the server stores times as floating point; sequel needs "
                             "integer_datetimes = on (PostgreSQL 10 and later always have it)");
    // The options keyword (-c client_encoding=...) or the database's settings could still change it.
    if (!postgres_detail::same_letters(postgres_detail::nullable(PQparameterStatus(session_.conn, "client_encoding")), "UTF8"))
      throw connection_error("postgres: the connection's client_encoding is '" +
                             std::string(postgres_detail::nullable(PQparameterStatus(session_.conn, "client_encoding"))) +
                             "', not UTF8: sequel reads and binds text as UTF-8");
    if (settings.statement_timeout.count() != 0) set_statement_timeout(settings.statement_timeout);
  }
  postgres_backend(postgres_backend const&) = delete;
  postgres_backend& operator=(postgres_backend const&) = delete;

  dialect_id dialect() const noexcept override { return dialect_id::postgres; }

  // Prepared under a new name, with the parameters' types declared (integers as BIGINT, ...).
  std::unique_ptr<postgres_cursor> open(std::string_view sql, std::span<param_type const> params) {
    session_.flush_pending();
    return std::make_unique<postgres_cursor>(session_, sql, params);
  }
  std::unique_ptr<cursor> prepare(std::string_view sql, std::span<param_type const> params) override {
    return open(sql, params);
  }

  // BEGIN, COMMIT, SAVEPOINT ...: the simple query protocol, no parameters, rows ignored.
  // A COMMIT of a transaction in which a statement failed rolls back without an error from the
  // server; here it is one, as nothing was committed.
  void execute_simple(std::string_view sql) override {
    session_.flush_pending();
    std::string const text(sql);
    PGresult* raw = session_.exec(text.c_str());
    auto result = postgres_detail::checked(session_.conn, raw, text);
    if (std::string_view(PQcmdStatus(result.get())) == "ROLLBACK" && postgres_detail::is_commit(text))
      throw statement_error(text, "the transaction was rolled back, as a statement in it had failed; "
                                  "nothing was committed");
  }

  bool in_transaction() const noexcept override {
    auto const status = PQtransactionStatus(session_.conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
  }
  // An empty query: the server answers EmptyQueryResponse, nothing is parsed or planned.
  bool ping() noexcept override {
    if (PQstatus(session_.conn) != CONNECTION_OK) return false;
    try {
      session_.flush_pending();
      postgres_detail::result_ptr result(session_.exec(""));
      return result && PQresultStatus(result.get()) == PGRES_EMPTY_QUERY;
    } catch (...) {  // the server did not answer within the statement timeout: now closed
      return false;
    }
  }

  // The server's statement_timeout (it cancels a statement that runs longer: timeout_error), and
  // the client's deadline, that timeout plus a grace of max(1 s, timeout / 2), after which it
  // gives up on a server that does not answer (connection_error; the connection is closed).
  // A round trip only when the value changes.
  void set_statement_timeout(std::chrono::milliseconds timeout) override {
    if (timeout.count() < 0 || timeout.count() > std::numeric_limits<int>::max())
      throw error("set_statement_timeout(): the timeout must be from 0 (no limit) to 2147483647 ms");
    if (timeout == session_.timeout) return;
    auto const status = PQtransactionStatus(session_.conn);
    session_.timeout = timeout;
    // A SET in a transaction is undone if it rolls back: it is made again once the transaction
    // ends. In a failed transaction the server refuses any SET, so it waits for that too.
    if (status != PQTRANS_IDLE) session_.reapply_timeout = true;
    if (status == PQTRANS_IDLE || status == PQTRANS_INTRANS) execute_simple(session_.timeout_command());
  }

  std::chrono::milliseconds statement_timeout() const noexcept override { return session_.timeout; }

  PGconn* native_handle() const noexcept { return session_.conn; }

 private:
  postgres_detail::session session_;
};

}  // namespace sequel
