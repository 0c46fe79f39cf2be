// SPDX-License-Identifier: BSL-1.0
// Misuse: nullif() of a text column and a number.
// expect: nullif\(\): the two values must be of one kind
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::nullif(users.name, 0)).from(users);
#else
  auto s = sq::select(sq::nullif(users.name, "")).from(users);
#endif
  (void)s;
}
