// SPDX-License-Identifier: BSL-1.0
// Misuse: coalesce() of a number and a string.
// expect: coalesce\(\): the values must be of one kind
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::coalesce(users.age, "none")).from(users);
#else
  auto s = sq::select(sq::coalesce(users.age, 0)).from(users);
#endif
  (void)s;
}
