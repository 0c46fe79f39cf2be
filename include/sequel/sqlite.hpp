// SPDX-License-Identifier: BSL-1.0
// The SQLite connector: sq::connect("sqlite:///file.db") and sq::sqlite_connection.
// URL options (sqlite/url.hpp): mode, cache, immutable, nolock, vfs, busy_timeout, statement_timeout.
#pragma once

#include "run/connection.hpp"
#include "sequel.hpp"
#include "sqlite/backend.hpp"

namespace sequel {

// A connection that is known to be SQLite at compile time: no dispatch on the dialect.
class sqlite_connection : public basic_connection<sqlite_backend> {
 public:
  // A URL (sqlite:///file.db?busy_timeout=200, sqlite://:memory:) or a plain path (":memory:",
  // "file.db"), which is taken as it is.
  explicit sqlite_connection(std::string_view url_or_path)
      : basic_connection(std::make_unique<sqlite_backend>(options_of(url_or_path))) {}

 private:
  static sqlite_detail::open_options options_of(std::string_view text) {
    if (text.starts_with("sqlite://")) return sqlite_detail::parse_url(text.substr(9));
    if (text.starts_with("sqlite:"))
      throw connection_error("sqlite: a URL is sqlite:///path.db or sqlite://:memory:; got '" +
                             detail::redact_url(text) + "'");
    return sqlite_detail::options_for_path(text);
  }
};

namespace sqlite_detail {
inline std::unique_ptr<backend> open(url_parts const& url) {
  return std::make_unique<sqlite_backend>(parse_url(url.rest));
}
inline bool const registered = register_connector("sqlite", &open);
}  // namespace sqlite_detail

}  // namespace sequel
