// SPDX-License-Identifier: BSL-1.0
// What a mysql:// or mariadb:// URL asks for, checked before a connection is tried:
//   mysql://user:password@host:port/database?socket=/run/mysqld/mysqld.sock&connect_timeout=5
// Options: socket, connect_timeout (seconds, default 10: connecting, the server's greeting and the
// login together), read_timeout, write_timeout (seconds, default none), statement_timeout
// (milliseconds, default 0 = none; see mysql_backend::set_statement_timeout), ssl_mode (disabled,
// preferred, required, verify_ca, verify_identity), ssl_ca, ssl_capath, ssl_cert, ssl_key,
// ssl_cipher. An unknown option is an error, never silently ignored.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "../run/error.hpp"
#include "../run/url.hpp"

namespace sequel::mysql_detail {

enum class ssl_mode { unset, disabled, preferred, required, verify_ca, verify_identity };

struct settings {
  std::string host, user, password, database, socket;
  unsigned port = 0;  // 0: the client library's default (3306)
  static constexpr unsigned default_connect_timeout = 10;  // seconds
  unsigned connect_timeout = default_connect_timeout;      // seconds
  std::optional<unsigned> read_timeout, write_timeout;     // seconds
  unsigned statement_timeout_ms = 0;                       // 0: none
  ssl_mode ssl = ssl_mode::unset;
  std::string ssl_ca, ssl_capath, ssl_cert, ssl_key, ssl_cipher;

  // Where the connection goes, for messages: host:port/database or the socket; no credentials.
  std::string where() const {
    std::string out;
    if (!socket.empty() && (host.empty() || host == "localhost"))
      out = "socket " + socket;
    else
      out = (host.empty() ? "localhost" : host) + (port ? ":" + std::to_string(port) : "");
    if (!database.empty()) out += "/" + database;
    return out;
  }
};

namespace detail_settings {
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i != a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

inline unsigned seconds(std::string_view key, std::string_view value) {
  unsigned n = 0;
  bool ok = !value.empty() && value.size() <= 7;
  for (char c : value) {
    if (c < '0' || c > '9') ok = false;
    else n = n * 10 + static_cast<unsigned>(c - '0');
  }
  if (!ok || n == 0)
    throw connection_error("mysql: the URL option " + std::string(key) +
                           " must be a whole number of seconds from 1 to 9999999");
  return n;
}

// Milliseconds, 0 for none; at most about 24 days, which poll() and the server's limit both take.
inline unsigned milliseconds(std::string_view key, std::string_view value) {
  unsigned long n = 0;
  bool ok = !value.empty() && value.size() <= 10;
  for (char c : value) {
    if (c < '0' || c > '9') ok = false;
    else n = n * 10 + static_cast<unsigned>(c - '0');
  }
  if (!ok || n > 2'000'000'000)
    throw connection_error("mysql: the URL option " + std::string(key) +
                           " must be a whole number of milliseconds from 0 (none) to 2000000000");
  return static_cast<unsigned>(n);
}

inline ssl_mode ssl_mode_of(std::string_view value) {
  if (iequals(value, "disabled")) return ssl_mode::disabled;
  if (iequals(value, "preferred")) return ssl_mode::preferred;
  if (iequals(value, "required")) return ssl_mode::required;
  if (iequals(value, "verify_ca")) return ssl_mode::verify_ca;
  if (iequals(value, "verify_identity")) return ssl_mode::verify_identity;
  throw connection_error(
      "mysql: the URL option ssl_mode is one of disabled, preferred, required, verify_ca or "
      "verify_identity");
}
}  // namespace detail_settings

// The parts of a URL already split at "://"; the scheme must be mysql or mariadb.
inline settings settings_of(url_parts const& url) {
  if (url.scheme != "mysql" && url.scheme != "mariadb")
    throw connection_error(
        "mysql: a URL is mysql://user:password@host:port/database or mariadb://...; got '" +
        detail::redact_url(url.scheme + "://" + url.rest) + "'");
  server_url parts = parse_server_url(url);
  settings out;
  out.host = std::move(parts.host);
  out.user = std::move(parts.user);
  out.password = std::move(parts.password);
  out.database = std::move(parts.database);
  out.port = parts.port.value_or(0);
  for (auto const& [key, value] : parts.options) {
    using namespace detail_settings;
    if (key == "socket" || key == "unix_socket") out.socket = value;
    else if (key == "connect_timeout") out.connect_timeout = seconds(key, value);
    else if (key == "read_timeout") out.read_timeout = seconds(key, value);
    else if (key == "write_timeout") out.write_timeout = seconds(key, value);
    else if (key == "statement_timeout") out.statement_timeout_ms = milliseconds(key, value);
    else if (key == "ssl_mode") out.ssl = ssl_mode_of(value);
    else if (key == "ssl_ca") out.ssl_ca = value;
    else if (key == "ssl_capath") out.ssl_capath = value;
    else if (key == "ssl_cert") out.ssl_cert = value;
    else if (key == "ssl_key") out.ssl_key = value;
    else if (key == "ssl_cipher") out.ssl_cipher = value;
    else
      throw connection_error("mysql: unknown URL option '" + key +
                             "'; the options are socket, connect_timeout, read_timeout, "
                             "write_timeout, statement_timeout, ssl_mode, ssl_ca, ssl_capath, ssl_cert, ssl_key "
                             "and ssl_cipher");
  }
  bool const certificates = !out.ssl_ca.empty() || !out.ssl_capath.empty() || !out.ssl_cert.empty() ||
                            !out.ssl_key.empty() || !out.ssl_cipher.empty();
  if (out.ssl == ssl_mode::disabled && certificates)
    throw connection_error("mysql: ssl_mode=disabled contradicts the ssl_ca/ssl_cert/... options");
  return out;
}

inline settings settings_of(std::string_view url) { return settings_of(split_url(url)); }

}  // namespace sequel::mysql_detail
