// SPDX-License-Identifier: BSL-1.0
// Misuse: correlate() names a table of the subquery's own FROM.
// expect: correlate\(\): the table is in this select's own FROM
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(posts.id).from(posts).correlate(posts);
#else
  auto s = sq::select(posts.id).from(posts).correlate(users);
#endif
  (void)s;
}
