// SPDX-License-Identifier: BSL-1.0
// Misuse: the remainder of a floating-point value, which PostgreSQL does not define.
// expect: operator%: the remainder needs integers on both sides
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age * 1.5 % 2 == 0);
#else
  auto s = sq::select(users.id).from(users).where(users.age * 3 % 2 == 0);
#endif
  (void)s;
}
