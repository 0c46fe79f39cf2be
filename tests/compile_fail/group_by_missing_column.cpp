// SPDX-License-Identifier: BSL-1.0
// Misuse: the select list reads a column that GROUP BY does not name.
// expect: group_by\(\): the select list reads a column that is neither grouped nor inside an aggregate
// Area: Aggregates, group_by, having, labels
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name, sq::count()).from(users).group_by(users.age);
#else
  auto s = sq::select(users.name, sq::count()).from(users).group_by(users.name, users.age);
#endif
  (void)s;
}
