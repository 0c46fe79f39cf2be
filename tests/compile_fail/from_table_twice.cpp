// SPDX-License-Identifier: BSL-1.0
// Misuse: the same table twice in FROM.
// expect: from\(\): a table is named twice
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users, users);
#else
  auto s = sq::select(users.name).from(users);
#endif
  (void)s;
}
