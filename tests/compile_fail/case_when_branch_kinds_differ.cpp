// SPDX-License-Identifier: BSL-1.0
// Misuse: case_when() branches of a string and a number.
// expect: when\(\): every branch's value must be of one kind
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::case_when(users.age > 60, "old").when(users.age > 30, 1)).from(users);
#else
  auto s = sq::select(sq::case_when(users.age > 60, "old").when(users.age > 30, "middle")).from(users);
#endif
  (void)s;
}
