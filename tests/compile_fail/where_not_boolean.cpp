// SPDX-License-Identifier: BSL-1.0
// Misuse: where() given a column that is not a condition.
// expect: where\(\): the condition must be boolean
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age);
#else
  auto s = sq::select(users.id).from(users).where(users.age.is_not_null());
#endif
  (void)s;
}
