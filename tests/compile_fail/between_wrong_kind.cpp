// SPDX-License-Identifier: BSL-1.0
// Misuse: BETWEEN with bounds of another kind than the expression.
// expect: between\(\): the bounds must be of the same kind as the expression
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age.between("a", "z"));
#else
  auto s = sq::select(users.id).from(users).where(users.age.between(18, 65));
#endif
  (void)s;
}
