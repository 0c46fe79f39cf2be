// SPDX-License-Identifier: BSL-1.0
// A connection executes statements: it picks the statement's SQL text for its dialect, prepares it
// once (cached by the text's address), binds the values and returns rows or counts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
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
  basic_connection& operator=(basic_connection&&) noexcept = default;
  ~basic_connection() {
    if (backend_) cache_.clear();  // statements go before the database handle
  }

  template <class S>
  auto execute(S const& stmt) {
    static_assert(is_statement<S>, "execute(): the argument must be a statement such as sq::select(...)");
    static_assert(!misses_where<S>,
                  "update()/delete_from(): add .where(condition), or .where(sq::all_rows) to "
                  "change every row");
    static_assert(!misses_values<S>, "insert_into(): add .values(column = value, ...)");
    static_assert(!misses_set<S>, "update(): add .set(column = value, ...)");
    static_assert(detail::selects_from_scope<S>(),
                  "select(): the select list uses a column whose table is not in FROM; add "
                  ".from(table)");
    std::string_view const sql = sql_text<S>();
    auto lease = cache_.acquire(*backend_, sql, [&stmt] { return param_types_of(stmt); });
    leased_cursor<cursor_type> cursor(lease.statement, std::move(lease.owned), lease.busy);
    bind_all(*cursor, stmt);
    if constexpr (returns_rows<S>) {
      using rows = detail::row_of<typename S::result_items>;
      return basic_result<cursor_type, typename rows::type, typename rows::decode>(std::move(cursor), sql);
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

  // Starts a transaction; it rolls back unless committed.
  transaction<basic_connection> begin() { return transaction<basic_connection>(*this); }

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
  template <class... Statements>
  void execute_all(detail::type_list<Statements...>) {
    (execute(Statements{}), ...);
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
  statement_cache<cursor_type> cache_;
  int savepoints_ = 0;
};

// A connection whose database is chosen by its URL at run time.
using connection = basic_connection<backend>;

// sq::connect("sqlite:///file.db"), "postgresql://user:pw@host/db", "mysql://user:pw@host/db".
inline connection connect(std::string_view url) { return connection(open_backend(url)); }

}  // namespace sequel
