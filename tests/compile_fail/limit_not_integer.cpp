// SPDX-License-Identifier: BSL-1.0
// Misuse: limit() given a floating-point count.
// expect: limit\(\): the row count must be an integer
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).limit(2.5);
#else
  auto s = sq::select(users.name).from(users).limit(2);
#endif
  (void)s;
}
