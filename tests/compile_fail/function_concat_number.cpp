// SPDX-License-Identifier: BSL-1.0
// Misuse: concat() with a number.
// expect: concat\(\): every argument must be text
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::concat(users.name, users.age)).from(users);
#else
  auto s = sq::select(sq::concat(users.name, sq::cast<std::string>(users.age))).from(users);
#endif
  (void)s;
}
