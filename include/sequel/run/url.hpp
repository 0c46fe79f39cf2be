// SPDX-License-Identifier: BSL-1.0
// Database URLs: scheme://user:password@host:port/database?key=value, and the connector registry
// that sq::connect() looks schemes up in.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "backend.hpp"
#include "error.hpp"

namespace sequel {

struct url_parts {
  std::string scheme;
  std::string rest;  // everything after "scheme://"
};

namespace detail {
inline bool names_a_secret(std::string_view key) {
  std::string lower(key);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return lower.find("password") != std::string::npos || lower.find("secret") != std::string::npos;
}

// The URL for an error message, built without the password: user:password@ becomes user:***@, and
// the value of an option whose name says it is a secret (?password=, ?sslpassword=) becomes ***.
// Nothing is searched for the password's text, so no other word is touched.
inline std::string redact_url(std::string_view url) {
  auto const sep = url.find("://");
  auto const start = sep == std::string_view::npos ? 0 : sep + 3;
  auto const query_at = url.find('?', start);
  std::string_view const base = url.substr(0, query_at);
  std::string out;
  if (auto const at = base.rfind('@'); at != std::string_view::npos && at >= start) {
    std::string_view const credentials = base.substr(start, at - start);
    auto const colon = credentials.find(':');
    out = std::string(url.substr(0, start)) + std::string(credentials.substr(0, colon));
    if (colon != std::string_view::npos) out += ":***";
    out += base.substr(at);
  } else {
    out = std::string(base);
  }
  if (query_at == std::string_view::npos) return out;
  std::string_view query = url.substr(query_at + 1);
  out += '?';
  for (bool first = true; !query.empty() || first; first = false) {
    auto const amp = query.find('&');
    std::string_view const pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (!first) out += '&';
    auto const eq = pair.find('=');
    if (eq != std::string_view::npos && names_a_secret(pair.substr(0, eq)))
      out += std::string(pair.substr(0, eq + 1)) + "***";
    else
      out += pair;
  }
  return out;
}
}  // namespace detail

inline url_parts split_url(std::string_view url) {
  auto const sep = url.find("://");
  if (sep == std::string_view::npos || sep == 0)
    throw connection_error("connect(): a URL starts with a scheme such as sqlite:///file.db; got '" +
                           detail::redact_url(url) + "'");
  // Letters, digits, + - . (RFC 3986). Anything else is not echoed: text before the first "://"
  // that is no scheme may be credentials ("mysql//user:pw@host://...").
  auto const scheme = url.substr(0, sep);
  for (char c : scheme)
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
      throw connection_error("connect(): the URL's scheme (the part before ://) may hold only letters, "
                             "digits, + - and .; use one such as sqlite, postgresql or mysql");
  return {std::string(scheme), std::string(url.substr(sep + 3))};
}

// A server URL's parts: user:password@host:port/database?key=value&key=value, each percent-decoded.
struct server_url {
  std::string user, password, host, database;
  std::optional<unsigned> port;
  std::map<std::string, std::string, std::less<>> options;
};

namespace detail {
inline int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX escapes decoded; `what` names the part for the error (never its text: it may be a password).
inline std::string percent_decode(std::string_view text, char const* what, std::string_view scheme) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    int high = i + 2 < text.size() ? hex_digit(text[i + 1]) : -1;
    int low = i + 2 < text.size() ? hex_digit(text[i + 2]) : -1;
    if (high < 0 || low < 0)
      throw connection_error("connect(): a malformed %XX escape in the " + std::string(what) +
                             " of a " + std::string(scheme) + ":// URL");
    if (high == 0 && low == 0)  // C APIs take the text up to its first NUL: the rest would be lost
      throw connection_error("connect(): %00 (a NUL character) is not allowed in the " +
                             std::string(what) + " of a " + std::string(scheme) + ":// URL");
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}
}  // namespace detail

// Parses what follows "scheme://"; errors say which part is wrong and never repeat the password.
inline server_url parse_server_url(url_parts const& url) {
  server_url out;
  std::string_view rest = url.rest;
  auto const fail = [&url](std::string const& why) {
    throw connection_error("connect(): " + why + " in '" + url.scheme + "://" +
                           detail::redact_url(url.rest) + "'");
  };
  if (auto q = rest.find('?'); q != std::string_view::npos) {
    std::string_view query = rest.substr(q + 1);
    rest = rest.substr(0, q);
    while (!query.empty()) {
      auto amp = query.find('&');
      std::string_view pair = query.substr(0, amp);
      query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
      if (pair.empty()) continue;
      auto eq = pair.find('=');
      if (eq == std::string_view::npos || eq == 0) fail("an option is not key=value");
      out.options[detail::percent_decode(pair.substr(0, eq), "options", url.scheme)] =
          detail::percent_decode(pair.substr(eq + 1), "options", url.scheme);
    }
  }
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    out.database = detail::percent_decode(rest.substr(slash + 1), "database", url.scheme);
    rest = rest.substr(0, slash);
  }
  if (auto at = rest.rfind('@'); at != std::string_view::npos) {
    std::string_view credentials = rest.substr(0, at);
    rest = rest.substr(at + 1);
    auto colon = credentials.find(':');
    out.user = detail::percent_decode(credentials.substr(0, colon), "user", url.scheme);
    if (colon != std::string_view::npos)
      out.password = detail::percent_decode(credentials.substr(colon + 1), "password", url.scheme);
  }
  std::string_view host = rest;
  if (!host.empty() && host.front() == '[') {  // [::1]:5432
    auto close = host.find(']');
    if (close == std::string_view::npos) fail("an IPv6 host lacks its ']'");
    rest = host.substr(close + 1);
    host = host.substr(1, close - 1);
  } else {
    auto colon = host.find(':');
    rest = colon == std::string_view::npos ? std::string_view{} : host.substr(colon);
    host = host.substr(0, colon);
  }
  out.host = detail::percent_decode(host, "host", url.scheme);
  if (!rest.empty()) {
    if (rest.front() != ':' || rest.size() == 1) fail("the port is missing after ':'");
    unsigned port = 0;
    for (char c : rest.substr(1)) {
      if (c < '0' || c > '9' || port > 6553) fail("the port is not a number from 1 to 65535");
      port = port * 10 + static_cast<unsigned>(c - '0');
    }
    if (port == 0 || port > 65535) fail("the port is not a number from 1 to 65535");
    out.port = port;
  }
  return out;
}

namespace detail {
using backend_factory = std::unique_ptr<backend> (*)(url_parts const&);

struct connector_entry {
  backend_factory open;
};

inline std::map<std::string, connector_entry, std::less<>>& connectors() {
  static std::map<std::string, connector_entry, std::less<>> registry;
  return registry;
}

// Which header brings each known scheme.
inline std::string_view header_for(std::string_view scheme) {
  if (scheme == "sqlite") return "<sequel/sqlite.hpp>";
  if (scheme == "postgresql" || scheme == "postgres") return "<sequel/postgres.hpp>";
  if (scheme == "mysql" || scheme == "mariadb") return "<sequel/mysql.hpp>";
  return {};
}
}  // namespace detail

// Called once by each connector header, for each of its schemes.
inline bool register_connector(std::string_view scheme, detail::backend_factory open) {
  detail::connectors().insert_or_assign(std::string(scheme), detail::connector_entry{open});
  return true;
}

inline std::unique_ptr<backend> open_backend(std::string_view url) {
  url_parts parts = split_url(url);
  auto& registry = detail::connectors();
  if (auto found = registry.find(parts.scheme); found != registry.end())
    return found->second.open(parts);
  auto header = detail::header_for(parts.scheme);
  if (header.empty())
    throw connection_error("connect(): unknown URL scheme '" + parts.scheme +
                           "'; use sqlite, postgresql or mysql");
  throw connection_error("connect(): the '" + parts.scheme + "' connector is not compiled in; #include " +
                         std::string(header));
}

}  // namespace sequel
