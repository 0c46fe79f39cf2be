// SPDX-License-Identifier: BSL-1.0
// Misuse: an insert without a NOT NULL column that has no default.
// expect: values\(\): a NOT NULL column without a default is missing
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
  auto s = sq::insert_into(users).values(users.age = 30);
#else
  auto s = sq::insert_into(users).values(users.name = "Alice", users.age = 30);
#endif
  (void)s;
}
