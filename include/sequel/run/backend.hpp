// SPDX-License-Identifier: BSL-1.0
// What a connector provides, dialect-neutral: a connection that prepares statements into cursors,
// and cursors that bind, step and read. sq::connection calls these virtually; a typed connection
// (sq::sqlite_connection) uses the connector's final classes, so the calls are direct.
#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <span>
#include <string_view>
#include <unordered_map>

#include "../render/dialect.hpp"
#include "error.hpp"
#include "../schema/types.hpp"

namespace sequel {

// The type of a bound parameter, as a connector that declares them at prepare time needs it
// (PostgreSQL); an empty std::optional keeps its value's type, std::nullopt is `null`.
enum class param_type : unsigned char { null, boolean, integer, real, text, blob, date, timestamp };

class cursor {
 public:
  virtual ~cursor() = default;

  // Parameters count from 1, as in every C API.
  virtual void bind_null(int index) = 0;
  virtual void bind(int index, bool value) = 0;
  virtual void bind(int index, std::int64_t value) = 0;
  virtual void bind(int index, double value) = 0;
  // The bytes must stay valid until the cursor is reset.
  virtual void bind(int index, std::string_view value) = 0;
  virtual void bind(int index, std::span<std::byte const> value) = 0;
  virtual void bind(int index, std::chrono::sys_days value) = 0;
  virtual void bind(int index, timestamp_us value) = 0;

  // Runs or advances the statement: true while a row is available.
  virtual bool step() = 0;
  // Back to the start, ready for the next execution, which binds every parameter again (a connector
  // may keep the old values until then).
  virtual void reset() noexcept = 0;

  // Result columns count from 0.
  virtual bool is_null(int column) = 0;
  virtual bool read_bool(int column) = 0;
  virtual std::int64_t read_int64(int column) = 0;
  virtual double read_double(int column) = 0;
  virtual std::string_view read_text(int column) = 0;
  virtual std::span<std::byte const> read_blob(int column) = 0;
  virtual std::chrono::sys_days read_date(int column) = 0;
  virtual timestamp_us read_timestamp(int column) = 0;

  virtual std::int64_t rows_affected() = 0;
  virtual std::int64_t last_insert_id() = 0;

  // Set by the connection before it binds: whether the text and blob values bound for this
  // execution stay valid until the cursor is reset. A connector may then bind them without a copy.
  void values_outlive_execution(bool yes) noexcept { values_outlive_ = yes; }

 protected:
  bool values_outlive_ = false;
};

class backend {
 public:
  using cursor_type = cursor;

  virtual ~backend() = default;
  virtual dialect_id dialect() const noexcept = 0;
  // A new prepared statement; the caller owns it. sql stays valid as long as the cursor does;
  // params holds the type of each parameter, in order.
  virtual std::unique_ptr<cursor> prepare(std::string_view sql, std::span<param_type const> params) = 0;
  // Runs a statement without parameters or rows (BEGIN, COMMIT, SAVEPOINT ...).
  virtual void execute_simple(std::string_view sql) = 0;
  // Whether a transaction is open, as the database itself reports it (a BEGIN run as raw SQL counts).
  virtual bool in_transaction() const noexcept = 0;
  // One cheap round trip: false when the connection is lost. The pool asks before handing out a
  // connection that sat idle.
  virtual bool ping() noexcept = 0;
  // How long each later statement may run, 0 for no limit (the URL's statement_timeout sets the
  // first value). The database cancels a statement that runs longer (timeout_error; the connection
  // stays usable), and the client gives up on a server that does not answer at all a little later
  // (connection_error; the connection is closed). Every connector of this library overrides it.
  virtual void set_statement_timeout(std::chrono::milliseconds timeout) {
    if (timeout.count() != 0) throw error("set_statement_timeout(): this connector has no statement timeouts");
  }
  // The limit in force: the URL's, or the last set_statement_timeout(); 0 for none.
  virtual std::chrono::milliseconds statement_timeout() const noexcept { return {}; }

  // Connectors hide this with a non-virtual open() returning their own final cursor type.
  std::unique_ptr<cursor> open(std::string_view sql, std::span<param_type const> params) {
    return prepare(sql, params);
  }
};

// Prepared statements by the address of their static SQL text, least recently used evicted.
// A cursor in use by a live result is leased out; asking for it again prepares a private copy.
template <class Cursor>
class statement_cache {
 public:
  explicit statement_cache(std::size_t capacity = 64) : capacity_(capacity) {}

  struct lease {
    Cursor* statement = nullptr;
    std::unique_ptr<Cursor> owned;  // set when the cached cursor was busy
    bool* busy = nullptr;
  };

  // param_types() gives the parameters' types; it is called only when the statement is prepared.
  template <class Backend, class ParamTypes>
  lease acquire(Backend& db, std::string_view sql, ParamTypes const& param_types) {
    // The statement used last is at the front: a loop running one statement skips the hash lookup.
    if (!order_.empty() && order_.front().key == sql.data() && !order_.front().busy) {
      ++hits_;
      order_.front().busy = true;
      return {order_.front().statement.get(), nullptr, &order_.front().busy};
    }
    auto found = entries_.find(sql.data());
    if (found != entries_.end()) {
      auto entry = found->second;
      if (entry->busy) return private_copy(db, sql, param_types());
      order_.splice(order_.begin(), order_, entry);
      ++hits_;
      entry->busy = true;
      return {entry->statement.get(), nullptr, &entry->busy};
    }
    auto prepared = count(db.open(sql, param_types()));
    if (capacity_ == 0) {
      auto* raw = prepared.get();
      return {raw, std::move(prepared), nullptr};
    }
    evict_to(capacity_ - 1);
    order_.push_front({sql.data(), std::move(prepared), true});
    entries_.emplace(sql.data(), order_.begin());
    return {order_.front().statement.get(), nullptr, &order_.front().busy};
  }

  void set_capacity(std::size_t capacity) {
    capacity_ = capacity;
    evict_to(capacity);
  }
  std::size_t capacity() const noexcept { return capacity_; }
  std::size_t size() const noexcept { return entries_.size(); }
  std::uint64_t prepares() const noexcept { return prepares_; }
  std::uint64_t hits() const noexcept { return hits_; }
  void clear() {
    entries_.clear();
    order_.clear();
  }

 private:
  struct entry {
    char const* key;
    std::unique_ptr<Cursor> statement;
    bool busy;
  };

  template <class Backend>
  lease private_copy(Backend& db, std::string_view sql, std::span<param_type const> params) {
    auto prepared = count(db.open(sql, params));
    auto* raw = prepared.get();
    return {raw, std::move(prepared), nullptr};
  }
  std::unique_ptr<Cursor> count(std::unique_ptr<Cursor> prepared) {
    ++prepares_;
    return prepared;
  }
  // Drops least recently used idle entries until at most n remain (busy ones are kept).
  void evict_to(std::size_t n) {
    for (auto it = order_.end(); entries_.size() > n && it != order_.begin();) {
      --it;
      if (it->busy) continue;
      entries_.erase(it->key);
      it = order_.erase(it);
    }
  }

  std::size_t capacity_;
  std::list<entry> order_;
  std::unordered_map<char const*, typename std::list<entry>::iterator> entries_;
  std::uint64_t prepares_ = 0;
  std::uint64_t hits_ = 0;
};

}  // namespace sequel
