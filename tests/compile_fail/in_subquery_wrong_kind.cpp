// SPDX-License-Identifier: BSL-1.0
// Misuse: x.in(select ...) whose column is of another kind than x.
// expect: in\(\): the subquery's column must be of the same kind
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).where(users.id.in(sq::select(posts.title).from(posts)));
#else
  auto s = sq::select(users.name).from(users).where(users.id.in(sq::select(posts.user_id).from(posts)));
#endif
  (void)s;
}
