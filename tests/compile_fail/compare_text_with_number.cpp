// SPDX-License-Identifier: BSL-1.0
// Misuse: a text column compared with a number.
// expect: comparison: a text value cannot be compared with a number
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.name == 5);
#else
  auto s = sq::select(users.id).from(users).where(users.name == "5");
#endif
  (void)s;
}
