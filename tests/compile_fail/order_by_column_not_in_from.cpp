// SPDX-License-Identifier: BSL-1.0
// Misuse: a sort key reads a table that FROM does not name.
// expect: order_by\(\): a sort key uses a column whose table is not in FROM
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).order_by(posts.title.desc());
#else
  auto s = sq::select(users.name).from(users, posts).order_by(posts.title.desc());
#endif
  (void)s;
}
