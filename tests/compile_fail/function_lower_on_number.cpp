// SPDX-License-Identifier: BSL-1.0
// Misuse: lower() of a number column.
// expect: lower\(\): the argument must be text
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::lower(users.age)).from(users);
#else
  auto s = sq::select(sq::lower(users.name)).from(users);
#endif
  (void)s;
}
