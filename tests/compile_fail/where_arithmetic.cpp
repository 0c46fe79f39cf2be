// SPDX-License-Identifier: BSL-1.0
// Misuse: where() given arithmetic, not a condition.
// expect: where\(\): the condition must be boolean
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age + 1);
#else
  auto s = sq::select(users.id).from(users).where(users.age + 1 > 2);
#endif
  (void)s;
}
