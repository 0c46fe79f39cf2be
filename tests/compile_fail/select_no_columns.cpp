// SPDX-License-Identifier: BSL-1.0
// Misuse: select() with nothing to select.
// expect: select\(\): name at least one column or expression
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select().from(users);
#else
  auto s = sq::select(users.id).from(users);
#endif
  (void)s;
}
