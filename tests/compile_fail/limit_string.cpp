// SPDX-License-Identifier: BSL-1.0
// Misuse: limit() given a string.
// expect: limit\(\): the row count must be an integer
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).limit("3");
#else
  auto s = sq::select(users.name).from(users).limit(3);
#endif
  (void)s;
}
