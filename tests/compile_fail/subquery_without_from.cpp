// SPDX-License-Identifier: BSL-1.0
// Misuse: a subquery whose column's table is not in its FROM.
// expect: exists\(\): the subquery reads a column whose table is not in its FROM
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).where(sq::exists(sq::select(posts.id)));
#else
  auto s = sq::select(users.name).from(users).where(sq::exists(sq::select(posts.id).from(posts)));
#endif
  (void)s;
}
