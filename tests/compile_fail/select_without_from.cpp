// SPDX-License-Identifier: BSL-1.0
// Misuse: a select of columns with no from() at all (checked by to_sql() and execution).
// expect: select\(\): the select list uses a column whose table is not in FROM; add \.from\(table\)
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name).from(users));
#endif
  (void)s;
}
