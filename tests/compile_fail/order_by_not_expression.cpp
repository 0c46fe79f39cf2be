// SPDX-License-Identifier: BSL-1.0
// Misuse: order_by() given a number (a column position), not an expression.
// expect: order_by\(\): every key must be an expression, expr\.asc\(\) or expr\.desc\(\)
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
  auto s = sq::select(users.name).from(users).order_by(1);
#else
  auto s = sq::select(users.name).from(users).order_by(users.name);
#endif
  (void)s;
}
