// SPDX-License-Identifier: BSL-1.0
// Misuse: a correlated select run on its own.
// expect: correlate\(\): a correlated select reads tables of an outer query
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::select(posts.id).from(posts).correlate(users).where(posts.user_id == users.id));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name).from(users).where(sq::exists(sq::select(posts.id).from(posts).correlate(users).where(posts.user_id == users.id))));
#endif
  (void)s;
}
