// SPDX-License-Identifier: BSL-1.0
// Misuse: a condition reads a table that FROM does not name.
// expect: where\(\): the condition uses a column whose table is not in FROM
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).where(posts.title == "x");
#else
  auto s = sq::select(users.name).from(users, posts).where(posts.title == "x");
#endif
  (void)s;
}
