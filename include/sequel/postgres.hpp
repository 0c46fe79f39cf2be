// SPDX-License-Identifier: BSL-1.0
// The PostgreSQL connector: sq::connect("postgresql://user:pw@host:5432/db?sslmode=require") and
// sq::postgres_connection. "postgres://" is the same scheme.
#pragma once

#include "postgres/backend.hpp"
#include "run/connection.hpp"
#include "sequel.hpp"

namespace sequel {

namespace postgres_detail {
inline url_parts parts_of(std::string_view url) {
  if (!url.starts_with("postgresql://") && !url.starts_with("postgres://"))
    throw connection_error("postgres: a URL is postgresql://user:password@host:port/database; got '" +
                           detail::redact_url(url) + "'");
  return split_url(url);
}
inline std::unique_ptr<backend> open(url_parts const& url) { return std::make_unique<postgres_backend>(url); }
inline bool const registered = register_connector("postgresql", &open);
inline bool const registered_short = register_connector("postgres", &open);
}  // namespace postgres_detail

// A connection that is known to be PostgreSQL at compile time: no dispatch on the dialect.
class postgres_connection : public basic_connection<postgres_backend> {
 public:
  // postgresql://user:password@host:port/database?key=value (or postgres://...); every part may
  // be left out for libpq's default, and each option is passed to libpq as a connection keyword.
  explicit postgres_connection(std::string_view url)
      : basic_connection(std::make_unique<postgres_backend>(postgres_detail::parts_of(url))) {}
};

}  // namespace sequel
