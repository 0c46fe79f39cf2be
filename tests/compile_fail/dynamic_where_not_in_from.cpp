// SPDX-License-Identifier: BSL-1.0
// Misuse: a dynamic_where declared over a table the statement does not select from.
// expect: where\(\): the condition uses a column whose table is not in FROM
// Area: Dynamic statements
#include "tables.hpp"

int main() {
  auto cond = sq::dynamic_where(users, posts);
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(cond);
#else
  auto s = sq::select(users.id).from(users, posts).where(cond);
#endif
  (void)s;
}
