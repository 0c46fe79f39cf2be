// SPDX-License-Identifier: BSL-1.0
// Built against an installed sequel: one table, one row, one count. Exits 0 when the count is 1.
// The server connectors, when installed, are only included: this proves their headers and libraries
// are found through the installed package; no server is needed.
#include <sequel/sequel.hpp>
#include <sequel/sqlite.hpp>
#if defined(CONSUMER_WITH_POSTGRES) && __has_include(<sequel/postgres.hpp>)
#include <sequel/postgres.hpp>
#endif
#if defined(CONSUMER_WITH_MYSQL) && __has_include(<sequel/mysql.hpp>)
#include <sequel/mysql.hpp>
#endif

#include <cstdint>
#include <optional>
#include <string>

namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id",   std::int64_t, sq::primary_key> id;
  column<"name", std::string>                   name;
  column<"age",  std::optional<int>>            age;
};
inline constexpr users_t users{};

int main() {
  auto db = sq::connect("sqlite://:memory:");
  db.execute(sq::create_table(users));
  db.execute(sq::insert_into(users).values(users.name = "Alice", users.age = 30));
  auto count = db.execute(sq::select(sq::count()).from(users)).scalar();
  return count == 1 ? 0 : 1;
}
