// SPDX-License-Identifier: BSL-1.0
// Misuse: an aggregate inside another.
// expect: max\(\): an aggregate cannot contain another aggregate
// Area: Aggregates, group_by, having, labels
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto e = sq::max(sq::count(users.id));
#else
  auto e = sq::max(users.id);
#endif
  (void)e;
}
