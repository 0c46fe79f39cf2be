// SPDX-License-Identifier: BSL-1.0
// Misuse: sum() of a text column.
// expect: sum\(\): the argument must be a number
// Area: Aggregates, group_by, having, labels
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto e = sq::sum(users.name);
#else
  auto e = sq::sum(users.age);
#endif
  (void)e;
}
