// SPDX-License-Identifier: BSL-1.0
// Misuse: union_ of selects with different column counts.
// expect: union_/intersect/except_: both selects must have the same number of columns
// Area: Set operations
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::union_(sq::select(users.id, users.name).from(users), sq::select(posts.user_id).from(posts));
#else
  auto s = sq::union_(sq::select(users.id, users.name).from(users), sq::select(posts.user_id, posts.title).from(posts));
#endif
  (void)s;
}
