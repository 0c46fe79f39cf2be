// SPDX-License-Identifier: BSL-1.0
// Misuse: the select list reads a table that FROM (and no join) names; checked once the statement is complete.
// expect: select\(\): the select list uses a column whose table is not in FROM
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name, posts.title).from(users));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name, posts.title).from(users).join(posts));
#endif
  (void)s;
}
