// SPDX-License-Identifier: BSL-1.0
// Misuse: arithmetic on a text column.
// expect: operator\+: arithmetic needs numbers on both sides
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.name + 1 == "x");
#else
  auto s = sq::select(users.id).from(users).where(users.age + 1 == 2);
#endif
  (void)s;
}
