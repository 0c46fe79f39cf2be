// SPDX-License-Identifier: BSL-1.0
// Misuse: cast<bool>(), which MySQL cannot do.
// expect: cast<T>\(\): casting to bool is not portable
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::cast<bool>(users.age)).from(users);
#else
  auto s = sq::select(users.age != 0).from(users);
#endif
  (void)s;
}
