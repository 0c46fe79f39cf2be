// SPDX-License-Identifier: BSL-1.0
// Database URLs: scheme://user:password@host:port/database?key=value, and the connector registry
// that sq::connect() looks schemes up in.
#pragma once
#include <functional>
#include <map>
#include <memory>
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
// The URL for an error message: a user:password@ part, wherever it stands, becomes ***@.
inline std::string redact_url(std::string_view url) {
  auto const at = url.rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  auto const sep = url.find("://");
  auto const start = sep != std::string_view::npos && sep < at ? sep + 3 : 0;
  return std::string(url.substr(0, start)) + "***" + std::string(url.substr(at));
}
}  // namespace detail

inline url_parts split_url(std::string_view url) {
  auto const sep = url.find("://");
  if (sep == std::string_view::npos || sep == 0)
    throw connection_error("connect(): a URL starts with a scheme such as sqlite:///file.db; got '" +
                           detail::redact_url(url) + "'");
  return {std::string(url.substr(0, sep)), std::string(url.substr(sep + 3))};
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
