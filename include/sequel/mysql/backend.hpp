// SPDX-License-Identifier: BSL-1.0
// The MySQL/MariaDB connection: connect with the URL's settings, prepare statements into cursors
// (mysql/cursor.hpp), run simple commands, ping, and the time limits of statements. With
// cursor.hpp, the only file that includes <mysql.h> (MariaDB Connector/C; link -lmariadb).
#pragma once
#include "cursor.hpp"
// MariaDB Connector/C's I/O layer: its read and write timeouts are the only ones that can be
// changed on an open connection (mysql_options() sets those of the next connect).
#if defined(MARIADB_PACKAGE_VERSION_ID)
#if __has_include(<ma_pvio.h>)
#include <ma_pvio.h>
#define SEQUEL_MYSQL_HAS_PVIO 1
#elif __has_include(<mariadb/ma_pvio.h>)
#include <mariadb/ma_pvio.h>
#define SEQUEL_MYSQL_HAS_PVIO 1
#endif
#endif

#include <algorithm>
#include <chrono>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "../run/backend.hpp"
#include "../run/error.hpp"
#include "errors.hpp"
#include "settings.hpp"

namespace sequel {

class mysql_backend final : public backend {
 public:
  using static_dialect = mysql;
  using cursor_type = mysql_cursor;

  // A URL: mysql://user:password@host:port/database?option=value (or mariadb://).
  explicit mysql_backend(std::string_view url) : mysql_backend(mysql_detail::settings_of(url)) {}

  explicit mysql_backend(mysql_detail::settings const& s)
      : read_timeout_ms_(s.read_timeout ? static_cast<int>(*s.read_timeout) * 1000 : -1),
        write_timeout_ms_(s.write_timeout ? static_cast<int>(*s.write_timeout) * 1000 : -1) {
    mysql_detail::init_library();
    db_ = mysql_init(nullptr);
    if (!db_) throw connection_error("mysql: out of memory creating a connection handle");
    try {
      connect(s);
      // Out-of-range and invalid values are errors, not warnings with a changed value; dates and
      // times are UTC (TIMESTAMP columns convert through the session time zone). The URL's
      // statement timeout goes with them: no round trip of its own.
      std::string set =
          "SET SESSION sql_mode = 'STRICT_TRANS_TABLES,STRICT_ALL_TABLES,NO_ZERO_DATE,"
          "NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION', "
          "time_zone = '+00:00'";
      if (s.statement_timeout_ms != 0)
        set += ", max_statement_time = " + server_seconds(s.statement_timeout_ms);
      execute_simple(set);
      statement_timeout_ms_ = s.statement_timeout_ms;
      apply_client_timeouts();
    } catch (...) {
      mysql_close(db_);
      throw;
    }
  }
  mysql_backend(mysql_backend const&) = delete;
  mysql_backend& operator=(mysql_backend const&) = delete;
  ~mysql_backend() override { mysql_close(db_); }

  dialect_id dialect() const noexcept override { return dialect_id::mysql; }

  // The parameters' types come with each bound value: the declared ones are not needed.
  std::unique_ptr<mysql_cursor> open(std::string_view sql, std::span<param_type const> = {}) {
    streaming_.make_way();
    MYSQL_STMT* stmt = mysql_stmt_init(db_);
    if (!stmt) mysql_detail::throw_error(mysql_errno(db_), mysql_error(db_), sql);
    if (mysql_stmt_prepare(stmt, sql.data(), static_cast<unsigned long>(sql.size()))) {
      unsigned const code = mysql_stmt_errno(stmt);
      std::string message = mysql_stmt_error(stmt);
      mysql_stmt_close(stmt);
      mysql_detail::throw_error(code, std::move(message), sql);
    }
    try {
      return std::make_unique<mysql_cursor>(db_, stmt, sql, &streaming_);
    } catch (...) {
      mysql_stmt_close(stmt);
      throw;
    }
  }
  std::unique_ptr<cursor> prepare(std::string_view sql, std::span<param_type const> params) override {
    return open(sql, params);
  }

  void execute_simple(std::string_view sql) override {
    streaming_.make_way();
    if (mysql_real_query(db_, sql.data(), static_cast<unsigned long>(sql.size())))
      mysql_detail::throw_error(mysql_errno(db_), mysql_error(db_), sql);
    // Rows, if the statement returned any, are read and dropped: the connection must be ready.
    if (MYSQL_RES* rows = mysql_store_result(db_)) mysql_free_result(rows);
    else if (mysql_field_count(db_) != 0)
      mysql_detail::throw_error(mysql_errno(db_), mysql_error(db_), sql);
  }

  bool in_transaction() const noexcept override { return (db_->server_status & SERVER_STATUS_IN_TRANS) != 0; }
  // COM_PING; the connection never reconnects by itself (MYSQL_OPT_RECONNECT is off).
  bool ping() noexcept override {
    streaming_.make_way();
    return mysql_ping(db_) == 0;
  }

  // How long each later statement may run, 0 for none. The server stops a statement that runs
  // longer (max_statement_time; error 1969, sq::timeout_error; the connection goes on). The client
  // gives up on a server that sends nothing for the timeout plus client_grace (a server that hangs,
  // a network that dropped): connection_error, and the connection is closed. Setting the value it
  // already has costs nothing; a new value costs one round trip, then none per statement.
  void set_statement_timeout(std::chrono::milliseconds timeout) override {
    if (timeout.count() < 0 || timeout.count() > 2'000'000'000)
      throw error("set_statement_timeout(): the timeout must be from 0 (none) to 2000000000 ms");
    auto const ms = static_cast<unsigned>(timeout.count());
    if (ms == statement_timeout_ms_) return;
    execute_simple("SET SESSION max_statement_time = " + server_seconds(ms));
    statement_timeout_ms_ = ms;
    apply_client_timeouts();
  }
  std::chrono::milliseconds statement_timeout() const noexcept override {
    return std::chrono::milliseconds(statement_timeout_ms_);
  }
  // What the client waits for the server beyond the statement timeout before it gives up: the
  // server needs a moment to notice the limit and answer with its error.
  static constexpr std::chrono::milliseconds client_grace{2000};

  MYSQL* native_handle() const noexcept { return db_; }

 private:
  // Milliseconds as the seconds max_statement_time takes ("1.500"); 0 is no limit.
  static std::string server_seconds(unsigned ms) {
    std::string fraction = std::to_string(ms % 1000);
    return std::to_string(ms / 1000) + "." + std::string(3 - fraction.size(), '0') + fraction;
  }

  // The client's own limit on each wait for the server: the statement timeout plus the grace, or
  // else the URL's read_timeout and write_timeout (none when absent). Connector/C keeps them in
  // milliseconds in its I/O layer, -1 for none, and reads them at each wait.
  void apply_client_timeouts() noexcept {
#if defined(SEQUEL_MYSQL_HAS_PVIO)
    MARIADB_PVIO* pvio = db_->net.pvio;
    if (!pvio) return;  // closed: nothing to wait for
    int read = read_timeout_ms_, write = write_timeout_ms_;
    if (statement_timeout_ms_ != 0) {
      auto const limit = static_cast<long long>(statement_timeout_ms_) + client_grace.count();
      int const capped = static_cast<int>(std::min<long long>(limit, 2'100'000'000));
      read = read < 0 ? capped : std::min(read, capped);
      write = write < 0 ? capped : std::min(write, capped);
    }
    pvio->timeout[PVIO_READ_TIMEOUT] = read;
    pvio->timeout[PVIO_WRITE_TIMEOUT] = write;
#endif
  }

  void connect(mysql_detail::settings const& s) {
    using mysql_detail::flag;
    using mysql_detail::ssl_mode;
    auto set = [this](mysql_option option, void const* value) {
      if (mysql_options(db_, option, value))
        throw connection_error("mysql: the client library refused a connection option (" +
                               std::to_string(static_cast<int>(option)) + ")");
    };
    set(MYSQL_SET_CHARSET_NAME, "utf8mb4");  // every Unicode character, 4-byte emoji too
    flag const off = 0, on = 1;
    set(MYSQL_OPT_RECONNECT, &off);           // a lost server is an error, never a silent new session
    set(MYSQL_REPORT_DATA_TRUNCATION, &on);   // long values are fetched whole
    unsigned const no_local_files = 0;
    set(MYSQL_OPT_LOCAL_INFILE, &no_local_files);
    // Connector/C waits this long for the TCP connection, and again for each read of the greeting
    // and the login (a server that accepts and never answers); read_timeout applies after that.
    set(MYSQL_OPT_CONNECT_TIMEOUT, &s.connect_timeout);
    if (s.read_timeout) set(MYSQL_OPT_READ_TIMEOUT, &*s.read_timeout);
    if (s.write_timeout) set(MYSQL_OPT_WRITE_TIMEOUT, &*s.write_timeout);

    // Connector/C speaks TLS once any TLS option is set, and goes on without it if the server has
    // none unless the certificate must be verified; "required" is checked after connecting.
    if (s.ssl != ssl_mode::unset && s.ssl != ssl_mode::disabled) set(MYSQL_OPT_SSL_ENFORCE, &on);
    if (s.ssl == ssl_mode::verify_ca || s.ssl == ssl_mode::verify_identity)
      set(MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
    auto file = [&set](mysql_option option, std::string const& value) {
      if (!value.empty()) set(option, value.c_str());
    };
    file(MYSQL_OPT_SSL_CA, s.ssl_ca);
    file(MYSQL_OPT_SSL_CAPATH, s.ssl_capath);
    file(MYSQL_OPT_SSL_CERT, s.ssl_cert);
    file(MYSQL_OPT_SSL_KEY, s.ssl_key);
    file(MYSQL_OPT_SSL_CIPHER, s.ssl_cipher);

    auto text = [](std::string const& value) { return value.empty() ? nullptr : value.c_str(); };
    // CLIENT_FOUND_ROWS: an UPDATE counts the rows it matched, as SQLite and PostgreSQL do, not
    // only those whose values changed.
    if (!mysql_real_connect(db_, text(s.host), text(s.user), s.password.c_str(), text(s.database),
                            s.port, text(s.socket), CLIENT_FOUND_ROWS))
      throw connection_error("mysql: cannot connect to " + s.where() + ": " + mysql_error(db_) +
                             " (error " + std::to_string(mysql_errno(db_)) + ")");
    if ((s.ssl == ssl_mode::required || s.ssl == ssl_mode::verify_ca ||
         s.ssl == ssl_mode::verify_identity) &&
        mysql_get_ssl_cipher(db_) == nullptr)
      throw connection_error("mysql: ssl_mode requires TLS, but the connection to " + s.where() +
                             " is not encrypted (the server has no TLS configured)");
  }

  MYSQL* db_ = nullptr;
  int read_timeout_ms_, write_timeout_ms_;  // the URL's, -1 for none
  unsigned statement_timeout_ms_ = 0;       // as the server has it
  mysql_detail::stream streaming_;  // the cursor whose rows are still arriving, if any
};

}  // namespace sequel
