// SPDX-License-Identifier: BSL-1.0
// The MySQL/MariaDB connector: sq::connect("mysql://user:password@host:3306/database") (also
// "mariadb://...") and sq::mysql_connection. Link with -lmariadb (MariaDB Connector/C).
#pragma once

#include "mysql/backend.hpp"
#include "run/connection.hpp"
#include "sequel.hpp"

namespace sequel {

// A connection that is known to be MySQL/MariaDB at compile time: no dispatch on the dialect.
class mysql_connection : public basic_connection<mysql_backend> {
 public:
  // mysql://user:password@host:port/database?option=value, or mariadb://...; options are listed in
  // <sequel/mysql/settings.hpp>.
  explicit mysql_connection(std::string_view url)
      : basic_connection(std::make_unique<mysql_backend>(url)) {}
};

namespace mysql_detail {
inline std::unique_ptr<backend> open(url_parts const& url) {
  return std::make_unique<mysql_backend>(settings_of(url));
}
inline bool const registered =
    register_connector("mysql", &open) && register_connector("mariadb", &open);
}  // namespace mysql_detail

}  // namespace sequel
