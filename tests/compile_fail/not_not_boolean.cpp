// SPDX-License-Identifier: BSL-1.0
// Misuse: ! on an operand that is not a condition.
// expect: operator!: only a condition can be negated
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(!users.age);
#else
  auto s = sq::select(users.id).from(users).where(!users.age.is_null());
#endif
  (void)s;
}
