// SPDX-License-Identifier: BSL-1.0
// auto engine = sq::create_engine("sqlite:///app.db");   the database by URL, with a connection pool
// sq::create_all(engine, users, posts);                   CREATE TABLE IF NOT EXISTS, parents first
// sq::drop_all(engine, users, posts);                     DROP TABLE IF EXISTS, children first
#pragma once
#include <array>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../render/sql_of.hpp"
#include "../stmt/schema.hpp"
#include "pool.hpp"

namespace sequel {

struct engine_options {
  std::size_t pool_size = 5;                      // connections open at most (1 for sqlite://:memory:)
  std::chrono::milliseconds pool_timeout{30'000};  // how long a checkout waits when all are in use
  // A connection idle at least this long is pinged before reuse and replaced if dead (0: every
  // checkout), and one open longer than pool_recycle_after is replaced (0: never). pool_options.
  std::chrono::milliseconds pool_ping_after{0};
  std::chrono::milliseconds pool_recycle_after{0};
  // Called with the SQL text of each statement the ORM runs (sessions, create_all, drop_all), as
  // SQLAlchemy's echo=True; values are never in the text.
  std::function<void(std::string_view)> echo{};
};

// A database by its URL and a pool of connections to it. Copies share the pool; sessions keep it alive.
class engine {
 public:
  // A connection from the pool; it goes back when the handle is destroyed.
  pooled_connection connect() const { return pool_->acquire(); }
  connection_pool& pool() const noexcept { return *pool_; }
  engine_options const& options() const noexcept { return *options_; }
  // The URL, without its password.
  std::string const& url() const noexcept { return *url_; }

  // Passes a statement's SQL text, in the connection's dialect, to options().echo if set.
  template <class S>
  void echo(connection const& db, S const& stmt) const {
    if (!options_->echo) return;
    if constexpr (has_dynamic_parts<S>) {  // an IN list of run-time length: text built now
      switch (db.dialect()) {
        case dialect_id::sqlite: options_->echo(to_sql<sqlite>(stmt)); break;
        case dialect_id::postgres: options_->echo(to_sql<postgres>(stmt)); break;
        case dialect_id::mysql: options_->echo(to_sql<mysql>(stmt)); break;
      }
    } else {
      switch (db.dialect()) {
        case dialect_id::sqlite: options_->echo(sql_of<sqlite, S>); break;
        case dialect_id::postgres: options_->echo(sql_of<postgres, S>); break;
        case dialect_id::mysql: options_->echo(sql_of<mysql, S>); break;
      }
    }
  }
  void echo(std::string_view sql) const {
    if (options_->echo) options_->echo(sql);
  }

 private:
  friend engine create_engine(std::string_view url, engine_options options);
  engine(std::shared_ptr<connection_pool> pool, std::shared_ptr<engine_options const> options, std::string url)
      : pool_(std::move(pool)), options_(std::move(options)), url_(std::make_shared<std::string const>(std::move(url))) {}

  std::shared_ptr<connection_pool> pool_;
  std::shared_ptr<engine_options const> options_;
  std::shared_ptr<std::string const> url_;
};

namespace detail {
// SQLite's in-memory database lives in its connection: a pool of one keeps a single database.
// The path is what precedes the URL's options; mode=memory makes any path an in-memory database.
inline bool in_memory_sqlite(url_parts const& url) {
  if (url.scheme != "sqlite") return false;
  std::string_view const rest = url.rest;
  auto const query_at = rest.find('?');
  std::string_view const path = rest.substr(0, query_at);
  if (path.empty() || path == "/" || path == ":memory:" || path == "/:memory:") return true;
  std::string_view query = query_at == std::string_view::npos ? std::string_view{} : rest.substr(query_at + 1);
  while (!query.empty()) {
    auto const amp = query.find('&');
    if (query.substr(0, amp) == "mode=memory") return true;
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
  }
  return false;
}
}  // namespace detail

// sqlite:///file.db, sqlite://:memory:, postgresql://user:pw@host:5432/db, mysql://user:pw@host/db.
// Opens no connection yet, but an unknown scheme, or one whose connector header was not included,
// throws sq::connection_error at once.
inline engine create_engine(std::string_view url, engine_options options = {}) {
  url_parts parts = split_url(url);
  if (!detail::connectors().contains(parts.scheme)) (void)open_backend(url);  // throws, saying why
  if (detail::in_memory_sqlite(parts)) options.pool_size = 1;
  auto pool = std::make_shared<connection_pool>(std::string(url),
                                                pool_options{options.pool_size, options.pool_timeout,
                                                             options.pool_ping_after,
                                                             options.pool_recycle_after});
  return engine(std::move(pool), std::make_shared<engine_options const>(std::move(options)),
                detail::redact_url(url));
}

namespace detail {
// Whether a column of Table references a column of Other (a table referencing itself does not count).
template <class Other, class C>
constexpr bool column_references() {
  if constexpr (std::is_void_v<typename C::references>)
    return false;
  else
    return std::is_same_v<typename C::references::target::table, Other> &&
           !std::is_same_v<typename C::table, Other>;
}
template <class Table, class Other, class... C>
constexpr bool references_table(type_list<C...>) {
  return (column_references<Other, std::remove_cv_t<C>>() || ...);
}
template <class Table, class... All>
constexpr std::array<bool, sizeof...(All)> references_row(type_list<All...>) {
  return {references_table<Table, All>(columns_of<Table>{})...};
}

template <std::size_t N>
struct table_order {
  std::array<std::size_t, N> order{};  // positions in the argument list, parents first
  bool cycle = false;
};

// The tables in an order where each comes after those it references, otherwise as given.
template <class... Tables>
constexpr table_order<sizeof...(Tables)> creation_order() {
  constexpr std::size_t n = sizeof...(Tables);
  constexpr std::array<std::array<bool, n>, n> refs{references_row<Tables>(type_list<Tables...>{})...};
  table_order<n> out;
  std::array<bool, n> placed{};
  for (std::size_t step = 0; step != n; ++step) {
    std::size_t pick = n;
    for (std::size_t i = 0; i != n && pick == n; ++i) {
      if (placed[i]) continue;
      bool ready = true;
      for (std::size_t j = 0; j != n; ++j)
        if (refs[i][j] && !placed[j]) ready = false;
      if (ready) pick = i;
    }
    if (pick == n) {
      out.cycle = true;
      return out;
    }
    placed[pick] = true;
    out.order[step] = pick;
  }
  return out;
}

template <class... Statements>
void echo_all(engine const& e, connection const& db, type_list<Statements...>) {
  (e.echo(db, Statements{}), ...);
}
template <class Table>
void create_one(engine const& e, connection& db) {
  auto stmt = create_table(Table{}).if_not_exists();
  e.echo(db, stmt);
  echo_all(e, db, typename decltype(stmt)::follow_up{});  // CREATE INDEX, run by execute()
  db.execute(stmt);
}
template <class Table>
void drop_one(engine const& e, connection& db) {
  auto stmt = drop_table(Table{}).if_exists();
  e.echo(db, stmt);
  db.execute(stmt);
}
}  // namespace detail

// The tables' names in the order create_all() creates them: each after the tables it references.
template <table_type... Tables>
constexpr std::array<std::string_view, sizeof...(Tables)> sorted_tables(Tables const&...) {
  constexpr auto sorted = detail::creation_order<std::remove_cvref_t<Tables>...>();
  static_assert(!sorted.cycle,
                "sorted_tables(): the tables' references<> form a cycle; no order creates them");
  constexpr std::array<std::string_view, sizeof...(Tables)> names{
      std::remove_cvref_t<Tables>::sql_name.view()...};
  std::array<std::string_view, sizeof...(Tables)> out{};
  for (std::size_t i = 0; i != out.size(); ++i) out[i] = names[sorted.order[i]];
  return out;
}

namespace detail {
template <class... Tables>
inline constexpr bool distinct_tables = sizeof...(Tables) != 0 && (table_type<Tables> && ...) && all_distinct<Tables...>;

// Runs step[i] for each table, parents first (children first if Reverse).
template <bool Reverse, std::size_t N>
void run_sorted(engine const& e, table_order<N> const& sorted,
                void (*const (&step)[N])(engine const&, connection&)) {
  auto db = e.connect();
  for (std::size_t i = 0; i != N; ++i) step[sorted.order[Reverse ? N - 1 - i : i]](e, *db);
}
}  // namespace detail

// Creates the tables that do not exist yet (CREATE TABLE IF NOT EXISTS, with their indexes), each
// after the tables it references, whatever the argument order. Running it again changes nothing.
template <class... Tables>
void create_all(engine const& e, Tables const&...) {
  static_assert(sizeof...(Tables) != 0, "create_all(): name at least one table");
  static_assert((table_type<Tables> && ...), "create_all(): every argument must be a table such as users");
  static_assert(detail::all_distinct<Tables...>, "create_all(): a table is named twice; name each once");
  if constexpr (detail::distinct_tables<Tables...>) {
    constexpr auto sorted = detail::creation_order<Tables...>();
    static_assert(!sorted.cycle,
                  "create_all(): the tables' references<> form a cycle, so no order can create them; "
                  "remove one of the references");
    static constexpr void (*const create[])(engine const&, connection&) = {&detail::create_one<Tables>...};
    detail::run_sorted<false>(e, sorted, create);
  }
}

// Drops the tables that exist (DROP TABLE IF EXISTS), each before the tables it references.
template <class... Tables>
void drop_all(engine const& e, Tables const&...) {
  static_assert(sizeof...(Tables) != 0, "drop_all(): name at least one table");
  static_assert((table_type<Tables> && ...), "drop_all(): every argument must be a table such as users");
  static_assert(detail::all_distinct<Tables...>, "drop_all(): a table is named twice; name each once");
  if constexpr (detail::distinct_tables<Tables...>) {
    constexpr auto sorted = detail::creation_order<Tables...>();
    static_assert(!sorted.cycle,
                  "drop_all(): the tables' references<> form a cycle, so no order can drop them; "
                  "remove one of the references");
    static constexpr void (*const drop[])(engine const&, connection&) = {&detail::drop_one<Tables>...};
    detail::run_sorted<true>(e, sorted, drop);
  }
}

}  // namespace sequel
