// SPDX-License-Identifier: BSL-1.0
// Misuse: IN with values of another kind than the expression.
// expect: in\(\): every value must be of the same kind
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.name.in(1, 2));
#else
  auto s = sq::select(users.id).from(users).where(users.name.in("1", "2"));
#endif
  (void)s;
}
