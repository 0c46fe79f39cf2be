// SPDX-License-Identifier: BSL-1.0
// Misuse: a set operation on a select without FROM.
// expect: union_/intersect/except_: a select reads a column whose table is not in its FROM
// Area: Set operations
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::intersect(sq::select(users.id).from(users), sq::select(posts.user_id));
#else
  auto s = sq::intersect(sq::select(users.id).from(users), sq::select(posts.user_id).from(posts));
#endif
  (void)s;
}
