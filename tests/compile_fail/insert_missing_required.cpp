// SPDX-License-Identifier: BSL-1.0
// Misuse: an insert without a NOT NULL column that has no default.
// expect: values\(\): a NOT NULL column without a default is missing
// Area: insert_into
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.age = 30);
#else
  auto s = sq::insert_into(users).values(users.name = "Alice", users.age = 30);
#endif
  (void)s;
}
