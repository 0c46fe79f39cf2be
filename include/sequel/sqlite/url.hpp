// SPDX-License-Identifier: BSL-1.0
// sqlite:// URLs: the path, SQLite's own URI parameters and the library's options, turned into what
// sqlite3_open_v2 takes. Pure functions (no sqlite3.h): errors are connection_error.
//
//   sqlite://:memory:  sqlite://  sqlite:///relative.db  sqlite:////absolute.db
//   sqlite:///app.db?mode=ro&busy_timeout=200&statement_timeout=1000
//
// The path is percent-decoded (a '?' in a file name is %3F, a '%' is %25) and opened as a file: URI
// (SQLITE_OPEN_URI), percent-encoded again, so no character of a file name is taken for URI syntax.
#pragma once
#include <chrono>
#include <string>
#include <string_view>

#include "../run/error.hpp"
#include "../run/url.hpp"

namespace sequel::sqlite_detail {

struct open_options {
  std::string uri = "file::memory:";   // for sqlite3_open_v2 with SQLITE_OPEN_URI
  std::string path = ":memory:";       // decoded, for error messages
  bool shared_cache = false;           // cache=shared: SQLITE_OPEN_SHAREDCACHE, else PRIVATECACHE
  std::chrono::milliseconds busy_timeout{5000};
  std::chrono::milliseconds statement_timeout{0};  // 0: none
};

inline constexpr std::string_view known_options =
    "mode (ro, rw, rwc or memory), cache (shared or private), immutable (0 or 1), nolock (0 or 1), "
    "vfs (a VFS name), busy_timeout (milliseconds, default 5000) and statement_timeout (milliseconds, "
    "default 0: none)";

// Every byte but unreserved ones and '/' as %XX: SQLite decodes them back; '?', '#' and '%' in a
// file name stay part of it.
inline void append_encoded(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  for (char c : text) {
    bool const plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += c;
    } else {
      auto const byte = static_cast<unsigned char>(c);
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    }
  }
}

// The file: URI of a decoded path (":memory:" is SQLite's private in-memory database).
inline std::string uri_of(std::string_view path) {
  if (path == ":memory:") return "file::memory:";
  // "file:" + a relative path; "file://" + an absolute one (an empty authority, then the path), so
  // that a path beginning with "//" is never taken for a host.
  std::string uri = path.starts_with('/') ? "file://" : "file:";
  append_encoded(uri, path);
  return uri;
}

// A plain path, as sqlite_connection("file.db") takes it: the name as it is, no URL syntax.
inline open_options options_for_path(std::string_view path) {
  open_options out;
  out.path = std::string(path);
  out.uri = uri_of(path);
  return out;
}

[[noreturn]] inline void bad_option(std::string_view key, std::string_view why) {
  throw connection_error("sqlite: the URL option " + std::string(key) + " " + std::string(why));
}

inline std::chrono::milliseconds milliseconds_option(std::string_view key, std::string_view value) {
  constexpr long long limit = 2147483647;  // sqlite3_busy_timeout takes an int
  long long ms = 0;
  if (value.empty()) bad_option(key, "needs a number of milliseconds");
  for (char c : value) {
    if (c < '0' || c > '9') bad_option(key, "takes a number of milliseconds, got '" + std::string(value) + "'");
    ms = ms * 10 + (c - '0');
    if (ms > limit) bad_option(key, "is at most 2147483647 milliseconds");
  }
  return std::chrono::milliseconds{ms};
}

// What follows "sqlite://".
inline open_options parse_url(std::string_view rest) {
  open_options out;
  auto const query_at = rest.find('?');
  std::string_view const base = rest.substr(0, query_at);
  std::string_view query = query_at == std::string_view::npos ? std::string_view{} : rest.substr(query_at + 1);

  if (base.empty() || base == ":memory:" || base == "/:memory:") {
    out.path = ":memory:";
  } else if (base.front() != '/') {
    throw connection_error("sqlite: a URL is sqlite:///path.db or sqlite://:memory:; got '" +
                           detail::redact_url("sqlite://" + std::string(rest)) + "'");
  } else {
    out.path = detail::percent_decode(base.substr(1), "path", "sqlite");
    if (out.path.empty()) out.path = ":memory:";
  }

  // SQLite's own parameters go into the URI; the library's are taken out.
  std::string params;
  std::string seen = ",";
  while (!query.empty()) {
    auto const amp = query.find('&');
    std::string_view const pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (pair.empty()) continue;
    auto const eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0)
      throw connection_error("sqlite: a URL option is not key=value; the options are " +
                             std::string(known_options));
    std::string const key = detail::percent_decode(pair.substr(0, eq), "options", "sqlite");
    std::string const value = detail::percent_decode(pair.substr(eq + 1), "options", "sqlite");
    if (seen.find("," + key + ",") != std::string::npos) bad_option(key, "is given twice");
    bool sqlite_parameter = true;
    if (key == "mode") {
      if (value != "ro" && value != "rw" && value != "rwc" && value != "memory")
        bad_option(key, "is ro, rw, rwc or memory, not '" + value + "'");
    } else if (key == "cache") {
      if (value != "shared" && value != "private") bad_option(key, "is shared or private, not '" + value + "'");
      out.shared_cache = value == "shared";
      sqlite_parameter = false;  // passed as SQLITE_OPEN_SHAREDCACHE or SQLITE_OPEN_PRIVATECACHE
    } else if (key == "immutable" || key == "nolock") {
      if (value != "0" && value != "1") bad_option(key, "is 0 or 1, not '" + value + "'");
    } else if (key == "vfs") {
      if (value.empty()) bad_option(key, "needs a VFS name");
    } else if (key == "busy_timeout") {
      out.busy_timeout = milliseconds_option(key, value);
      sqlite_parameter = false;
    } else if (key == "statement_timeout") {
      out.statement_timeout = milliseconds_option(key, value);
      sqlite_parameter = false;
    } else {
      // The key only: an unknown option's value is not repeated (it might be a secret).
      throw connection_error("sqlite: unknown URL option '" + key + "'; the options are " +
                             std::string(known_options));
    }
    seen += key + ",";
    if (!sqlite_parameter) continue;
    params += params.empty() ? '?' : '&';
    params += key;
    params += '=';
    append_encoded(params, value);
  }
  out.uri = uri_of(out.path) + params;
  return out;
}

}  // namespace sequel::sqlite_detail
