// SPDX-License-Identifier: BSL-1.0
// Misuse: select() of something that is not a column or expression.
// expect: select\(\): every argument must be a column, an expression or sq::all_of\(table\)
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id, 42).from(users);
#else
  auto s = sq::select(users.id, users.age + 42).from(users);
#endif
  (void)s;
}
