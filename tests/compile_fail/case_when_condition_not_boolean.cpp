// SPDX-License-Identifier: BSL-1.0
// Misuse: case_when() with a number as the condition.
// expect: case_when\(\): the condition must be boolean
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::case_when(users.age, "x")).from(users);
#else
  auto s = sq::select(sq::case_when(users.age > 0, "x")).from(users);
#endif
  (void)s;
}
