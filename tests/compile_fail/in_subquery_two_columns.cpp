// SPDX-License-Identifier: BSL-1.0
// Misuse: x.in(select ...) with a subquery of two columns.
// expect: in\(\): the subquery must select exactly one column
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).where(users.id.in(sq::select(posts.user_id, posts.id).from(posts)));
#else
  auto s = sq::select(users.name).from(users).where(users.id.in(sq::select(posts.user_id).from(posts)));
#endif
  (void)s;
}
