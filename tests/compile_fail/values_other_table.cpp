// SPDX-License-Identifier: BSL-1.0
// Misuse: values() for a column of another table.
// expect: values\(\): a column belongs to another table than the one inserted into
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
  auto s = sq::insert_into(posts).values(posts.user_id = 1, users.name = "Alice");
#else
  auto s = sq::insert_into(posts).values(posts.user_id = 1, posts.title = "Alice");
#endif
  (void)s;
}
