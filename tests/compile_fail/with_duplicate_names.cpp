// SPDX-License-Identifier: BSL-1.0
// Misuse: two CTEs of one with() share a name.
// expect: with\(\): two CTEs have the same name
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::with(sq::cte<"a">(sq::select(users.id).from(users)), sq::cte<"a">(sq::select(posts.id).from(posts)));
#else
  auto s = sq::with(sq::cte<"a">(sq::select(users.id).from(users)), sq::cte<"b">(sq::select(posts.id).from(posts)));
#endif
  (void)s;
}
