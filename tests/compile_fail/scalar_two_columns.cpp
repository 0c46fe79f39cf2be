// SPDX-License-Identifier: BSL-1.0
// Misuse: a subquery used as a value selects two columns.
// expect: scalar\(\): a subquery used as a value must select exactly one column
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).where(users.age < sq::scalar(sq::select(posts.id, posts.user_id).from(posts)));
#else
  auto s = sq::select(users.name).from(users).where(users.age < sq::scalar(sq::select(posts.id).from(posts)));
#endif
  (void)s;
}
