// SPDX-License-Identifier: BSL-1.0
// Misuse: the select list reads a table that FROM does not name (checked by from()).
// expect: from\(\): the select list uses a column whose table is not in FROM
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name, posts.title).from(users);
#else
  auto s = sq::select(users.name, posts.title).from(users, posts);
#endif
  (void)s;
}
