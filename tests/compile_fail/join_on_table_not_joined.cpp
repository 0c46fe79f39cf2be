// SPDX-License-Identifier: BSL-1.0
// Misuse: the join condition reads a table neither in FROM nor joined.
// expect: on\(\): the condition uses a column whose table is neither joined nor in FROM
// Area: Joins and aliases
#include "tables.hpp"

struct other_t : sq::table<other_t, "other"> {
  column<"user_id", std::int64_t> user_id;
};
inline constexpr other_t other{};

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).join(posts).on(users.id == other.user_id);
#else
  auto s = sq::select(users.name).from(users).join(posts).on(users.id == posts.user_id);
#endif
  (void)s;
}
