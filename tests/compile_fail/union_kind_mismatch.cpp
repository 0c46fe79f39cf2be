// SPDX-License-Identifier: BSL-1.0
// Misuse: union_ of selects whose columns differ in kind.
// expect: union_/intersect/except_: the selects' columns must be of the same kinds
// Area: Set operations
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::union_(sq::select(users.id, users.name).from(users), sq::select(posts.title, posts.user_id).from(posts));
#else
  auto s = sq::union_(sq::select(users.id, users.name).from(users), sq::select(posts.user_id, posts.title).from(posts));
#endif
  (void)s;
}
