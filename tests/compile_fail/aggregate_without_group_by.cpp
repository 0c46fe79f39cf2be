// SPDX-License-Identifier: BSL-1.0
// Misuse: a bare column next to an aggregate without GROUP BY.
// expect: select\(\): a column next to an aggregate such as count\(\) needs a GROUP BY
// Area: Aggregates, group_by, having, labels
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name, sq::count()).from(users));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name, sq::count()).from(users).group_by(users.name));
#endif
  (void)s;
}
