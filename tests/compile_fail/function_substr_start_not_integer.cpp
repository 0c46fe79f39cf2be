// SPDX-License-Identifier: BSL-1.0
// Misuse: substr() with a text start.
// expect: substr\(\): the start and the length must be integers
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::substr(users.name, "1")).from(users);
#else
  auto s = sq::select(sq::substr(users.name, 1)).from(users);
#endif
  (void)s;
}
