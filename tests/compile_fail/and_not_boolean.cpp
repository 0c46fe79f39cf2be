// SPDX-License-Identifier: BSL-1.0
// Misuse: && with an operand that is not a condition.
// expect: operator&&: both sides must be conditions
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age && users.name == "x");
#else
  auto s = sq::select(users.id).from(users).where(users.age > 1 && users.name == "x");
#endif
  (void)s;
}
