// SPDX-License-Identifier: BSL-1.0
// Misuse: offset() given a bool.
// expect: offset\(\): the row count must be an integer
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).offset(true);
#else
  auto s = sq::select(users.name).from(users).offset(1);
#endif
  (void)s;
}
