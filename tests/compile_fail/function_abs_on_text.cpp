// SPDX-License-Identifier: BSL-1.0
// Misuse: abs() of a text column.
// expect: abs\(\): the argument must be a number
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::abs(users.name)).from(users);
#else
  auto s = sq::select(sq::abs(users.age)).from(users);
#endif
  (void)s;
}
