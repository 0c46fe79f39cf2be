// SPDX-License-Identifier: BSL-1.0
// Misuse: a select of columns with no from() at all (checked by to_sql() and execution).
// expect: select\(\): the select list uses a column whose table is not in FROM; add \.from\(table\)
#include <sequel/sequel.hpp>
namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

struct posts_t : sq::table<posts_t, "posts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"user_id", std::int64_t, sq::references<&users_t::id>> user_id;
  column<"title", std::string, sq::default_value<"">> title;
  column<"day", std::optional<std::chrono::sys_days>> day;
};
inline constexpr posts_t posts{};

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name).from(users));
#endif
  (void)s;
}
