// SPDX-License-Identifier: BSL-1.0
// Misuse: where() given a C++ bool instead of a sequel expression.
// expect: where\(\): the condition must be a sequel expression
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(true);
#else
  auto s = sq::select(users.id).from(users).where(sq::all_rows);
#endif
  (void)s;
}
