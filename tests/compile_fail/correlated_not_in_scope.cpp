// SPDX-License-Identifier: BSL-1.0
// Misuse: a correlated subquery reads a table the outer query does not name.
// expect: where\(\): the condition uses a column whose table is not in FROM
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(posts.title).from(posts).where(sq::exists(sq::select(posts.id).from(posts).correlate(users).where(posts.user_id == users.id)));
#else
  auto s = sq::select(users.name).from(users).where(sq::exists(sq::select(posts.id).from(posts).correlate(users).where(posts.user_id == users.id)));
#endif
  (void)s;
}
