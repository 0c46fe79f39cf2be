// SPDX-License-Identifier: BSL-1.0
// Misuse: as<T>() into a plain aggregate whose fields do not take the selected columns in order.
// expect: as<T>\(\): T is not Boost.Hana-adapted, and its fields do not take the select list's columns in order
// Area: Results: as<T>()
#include <sequel/sqlite.hpp>

namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
};
inline constexpr users_t users{};

struct id_and_name {
  std::int64_t id;
  std::string name;
};

int main() {
  sq::sqlite_connection db(":memory:");
#ifdef SEQUEL_MISUSE
  auto rows = db.execute(sq::select(users.name, users.id).from(users)).as<id_and_name>().all();
#else
  auto rows = db.execute(sq::select(users.id, users.name).from(users)).as<id_and_name>().all();
#endif
  return static_cast<int>(rows.size());
}
