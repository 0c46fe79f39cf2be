// SPDX-License-Identifier: BSL-1.0
// Misuse: a sort key reads a table that FROM does not name.
// expect: order_by\(\): a sort key uses a column whose table is not in FROM
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
  auto s = sq::select(users.name).from(users).order_by(posts.title.desc());
#else
  auto s = sq::select(users.name).from(users, posts).order_by(posts.title.desc());
#endif
  (void)s;
}
