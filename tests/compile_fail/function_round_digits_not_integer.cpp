// SPDX-License-Identifier: BSL-1.0
// Misuse: round() with fractional digits.
// expect: round\(\): the digits must be an integer
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::round(users.age, 1.5)).from(users);
#else
  auto s = sq::select(sq::round(users.age, 1)).from(users);
#endif
  (void)s;
}
