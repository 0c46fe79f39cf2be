// SPDX-License-Identifier: BSL-1.0
// Misuse: a union sorted by a column of its second select.
// expect: order_by\(\): a union_/intersect/except_ sorts by a column of its first select
// Area: Set operations
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::union_(sq::select(users.id).from(users), sq::select(posts.user_id).from(posts)).order_by(posts.user_id);
#else
  auto s = sq::union_(sq::select(users.id).from(users), sq::select(posts.user_id).from(posts)).order_by(users.id);
#endif
  (void)s;
}
