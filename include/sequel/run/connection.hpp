// SPDX-License-Identifier: BSL-1.0
// A connection executes statements: it picks the statement's SQL text for its dialect, prepares it
// once (cached by the text's address), binds the values and returns rows or counts.
#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../clause/set.hpp"
#include "../clause/values.hpp"
#include "../clause/where.hpp"
#include "../render/sql_of.hpp"
#include "../stmt/select.hpp"
#include "backend.hpp"
#include "dynamic_text.hpp"
#include "result.hpp"
#include "transaction.hpp"
#include "url.hpp"

namespace sequel {

namespace detail {
template <class Items>
struct row_of;
template <class... Items>
struct row_of<type_list<Items...>> {
  using type = row<Items...>;
  using decode = decode_row<Items...>;
};

// A backend whose dialect is fixed at compile time names it; sq::connection's is chosen at run time.
template <class Backend>
concept static_dialect = requires { typename Backend::static_dialect; };
}  // namespace detail

template <class Backend>
class basic_connection {
 public:
  using cursor_type = typename Backend::cursor_type;

  explicit basic_connection(std::unique_ptr<Backend> backend) : backend_(std::move(backend)) {}

  basic_connection(basic_connection&&) noexcept = default;
  // The statements go first, while the database handle and the texts they were prepared from live.
  basic_connection& operator=(basic_connection&& other) noexcept {
    if (this != &other) {
      cache_.clear();
      backend_ = std::move(other.backend_);
      dynamic_ = std::move(other.dynamic_);
      cache_ = std::move(other.cache_);
      tracker_ = std::move(other.tracker_);
      savepoints_ = other.savepoints_;
    }
    return *this;
  }
  ~basic_connection() {
    if (backend_) cache_.clear();  // statements go before the database handle
  }

  // A query's rows are read through its connection: a connection that is a temporary (as in
  // sq::connect(url).execute(query)) would be gone before the first row is.
  template <class S>
  auto execute(S const& stmt) && {
    static_assert(!returns_rows<S>,
                  "execute(): this connection is a temporary, destroyed before the rows are read; "
                  "keep it in a variable: auto db = sq::connect(url);");
    return execute(stmt);
  }

  template <class S>
  auto execute(S const& stmt) & {
    static_assert(is_statement<S>, "execute(): the argument must be a statement such as sq::select(...)");
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
    static_assert(!(runs_on<mysql> && has_full_join<S>),
                  "mysql: FULL JOIN is not supported; combine a LEFT JOIN and a RIGHT JOIN with "
                  "sq::union_() (sq::connection runs every statement on every dialect: use a "
                  "typed connection)");
    static_assert(!(runs_on<mysql> && has_update_returning<S>),
                  "mysql: UPDATE ... RETURNING is not supported; select the rows after the update "
                  "(sq::connection runs every statement on every dialect: use a typed connection)");
    static_assert(!(runs_on<postgres> && creates_unsigned64_key<S>),
                  "postgres: an unsigned 64-bit primary key cannot be generated (an identity "
                  "column is at most BIGINT); declare it std::int64_t");
    static_assert(!detail::postgres_name_too_long<S, runs_on<postgres>>(),
                  "postgres: a table, column, alias, label or CTE name is longer than 63 bytes, "
                  "which the server truncates (two names alike in their first 63 bytes would be "
                  "one); shorten it");
    static_assert(!detail::correlated_alone<S>(),
                  "correlate(): a correlated select reads tables of an outer query; use it inside "
                  "one, e.g. in sq::exists(...) or sq::scalar(...)");
    static_assert(!detail::reads_own_target<S, runs_on<mysql>>(),
                  "mysql: a subquery cannot read the table the INSERT, UPDATE or DELETE writes "
                  "(MySQL error 1093); select the keys first and pass them as values "
                  "(sq::connection runs every statement on every dialect: use a typed connection)");
    if constexpr (!statement_ok<S, runs_on<mysql>, runs_on<postgres>>)
      return exec_result{};  // reported above
    else if constexpr (requires { stmt.batches(dialect()); })
      return run_batches(stmt);
    else
      return run(stmt);
  }

  // Runs SQL text built at run time, for a statement whose shape only the running program knows
  // (the ORM's UPDATE of the columns that changed). `types` holds the parameters' types, and
  // bind(cursor) binds them, numbered from 1, with sq::bind_value. The text's address keys the
  // prepared-statement cache as a static text's does, so the text must stay valid and unchanged as
  // long as the connection lives: keep it in storage that is never freed or reused.
  template <class Bind>
  exec_result execute_dynamic(std::string_view sql, std::span<param_type const> types, Bind&& bind) {
    auto lease = cache_.acquire(*backend_, sql, [types] { return types; });
    leased_cursor<cursor_type> cursor(lease.statement, std::move(lease.owned), lease.busy);
    bind(*cursor);
    while (cursor->step()) {
    }
    return {cursor->rows_affected(), cursor->last_insert_id()};
  }

  // Starts a transaction; it rolls back unless committed. One at a time: a second BEGIN would be
  // ignored by PostgreSQL and would commit the first on MySQL, so it is refused on every database.
  transaction<basic_connection> begin() {
    if (backend_->in_transaction())
      throw error("begin(): a transaction is already open on this connection; nest with "
                  "tx.savepoint(), or end the open one with commit() or rollback() first");
    return transaction<basic_connection>(*this);
  }
  // Whether a transaction is open, as the database reports it.
  bool in_transaction() const noexcept { return backend_->in_transaction(); }
  // One cheap round trip; false when the connection is lost.
  bool ping() noexcept { return backend_->ping(); }

  // How long each later statement may run (0: no limit; the URL's statement_timeout sets the
  // first value). Over it the database cancels the statement (sq::timeout_error); a server that
  // does not answer at all is given up on a little later (sq::connection_error).
  void set_statement_timeout(std::chrono::milliseconds timeout) { backend_->set_statement_timeout(timeout); }
  std::chrono::milliseconds statement_timeout() const noexcept { return backend_->statement_timeout(); }

  // A statement timeout for the statements of one scope, the one before restored at its end:
  //   { auto limit = db.statement_timeout_for(2s); db.execute(report); }
  class scoped_timeout {
   public:
    scoped_timeout(basic_connection& db, std::chrono::milliseconds timeout)
        : db_(&db), before_(db.statement_timeout()) {
      db.set_statement_timeout(timeout);
    }
    scoped_timeout(scoped_timeout&& other) noexcept
        : db_(std::exchange(other.db_, nullptr)), before_(other.before_) {}
    scoped_timeout& operator=(scoped_timeout&&) = delete;
    ~scoped_timeout() {
      if (db_) try {
          db_->set_statement_timeout(before_);
        } catch (...) {  // the connection is lost: nothing is left to restore
        }
    }

   private:
    basic_connection* db_;
    std::chrono::milliseconds before_;
  };
  [[nodiscard]] scoped_timeout statement_timeout_for(std::chrono::milliseconds timeout) {
    return scoped_timeout(*this, timeout);
  }

  // Results of this connection whose rows are still being read.
  int open_results() const noexcept { return tracker_->open; }
  // Runs f once no result is being read any more (at once if none is): how a pooled connection
  // whose handle went while its rows were read finds its way back to the pool.
  void when_results_done(std::function<void()> f) {
    if (tracker_->open == 0) return f();
    tracker_->on_done = std::move(f);
  }

  // Runs SQL without parameters or results: BEGIN, COMMIT, SAVEPOINT ...
  void execute_simple(std::string_view sql) { backend_->execute_simple(sql); }

  dialect_id dialect() const noexcept {
    if constexpr (detail::static_dialect<Backend>)
      return Backend::static_dialect::id;
    else
      return backend_->dialect();
  }

  // Prepared-statement cache: how many statements it keeps, how often it prepared and hit.
  void set_statement_cache_size(std::size_t n) { cache_.set_capacity(n); }
  std::size_t statement_cache_size() const noexcept { return cache_.capacity(); }
  std::uint64_t prepare_count() const noexcept { return cache_.prepares(); }
  std::uint64_t cache_hits() const noexcept { return cache_.hits(); }

  Backend& backend() noexcept { return *backend_; }
  int next_savepoint() noexcept { return ++savepoints_; }

 private:
  template <class S>
  auto run(S const& stmt) {
    std::string_view const sql = text_of(stmt);
    auto lease = cache_.acquire(*backend_, sql, [&stmt] { return param_types_of(stmt); });
    leased_cursor<cursor_type> cursor(lease.statement, std::move(lease.owned), lease.busy);
    // A statement without rows runs to its end here, while stmt (which holds the values) lives.
    cursor->values_outlive_execution(!returns_rows<S>);
    bind_all(*cursor, stmt);
    if constexpr (returns_rows<S>) {
      using rows = detail::row_of<result_items_of<S>>;
      return basic_result<cursor_type, typename rows::type, typename rows::decode>(std::move(cursor), sql,
                                                                                   tracker_.get());
    } else {
      while (cursor->step()) {
      }
      exec_result counts{cursor->rows_affected(), cursor->last_insert_id()};
      if constexpr (requires { typename S::follow_up; }) {
        cursor.release();
        execute_all(typename S::follow_up{});
      }
      return counts;
    }
  }

  // Whether statements may run on dialect D: always for sq::connection, whose dialect is chosen
  // at run time.
  template <class D>
  static constexpr bool runs_on = [] {
    if constexpr (detail::static_dialect<Backend>)
      return std::is_same_v<typename Backend::static_dialect, D>;
    else
      return true;
  }();

  // A statement too large for one (rows(...) of an insert): its batches, counts added up.
  template <class S>
  exec_result run_batches(S const& stmt) {
    exec_result total;
    for (S const& batch : stmt.batches(dialect())) {
      exec_result counts = run(batch);
      total.rows_affected += counts.rows_affected;
      total.last_insert_id = counts.last_insert_id;
    }
    return total;
  }

  template <class... Statements>
  void execute_all(detail::type_list<Statements...>) {
    (execute(Statements{}), ...);
  }

  // Static text lives in static storage; text with run-time parts is rendered and kept once per shape.
  template <class S>
  std::string_view text_of(S const& stmt) {
    if constexpr (!has_dynamic_parts<S>)
      return sql_text<S>();
    else if constexpr (detail::static_dialect<Backend>)
      return dynamic_.template render<typename Backend::static_dialect>(stmt);
    else
      return dynamic_.render(backend_->dialect(), stmt);
  }

  template <class S>
  std::string_view sql_text() const {
    if constexpr (detail::static_dialect<Backend>) {
      return sql_of<typename Backend::static_dialect, S>;
    } else {
      switch (backend_->dialect()) {
        case dialect_id::sqlite: return sql_of<sqlite, S>;
        case dialect_id::postgres: return sql_of<postgres, S>;
        case dialect_id::mysql: return sql_of<mysql, S>;
      }
      return {};
    }
  }

  std::unique_ptr<Backend> backend_;
  // On the heap: results point at it, and the connection may move while they are read.
  std::unique_ptr<result_tracker> tracker_ = std::make_unique<result_tracker>();
  dynamic_text dynamic_;  // before cache_: the texts outlive the statements prepared from them
  statement_cache<cursor_type> cache_;
  int savepoints_ = 0;
};

// A connection whose database is chosen by its URL at run time.
using connection = basic_connection<backend>;

// sq::connect("sqlite:///file.db"), "postgresql://user:pw@host/db", "mysql://user:pw@host/db".
inline connection connect(std::string_view url) { return connection(open_backend(url)); }

}  // namespace sequel
