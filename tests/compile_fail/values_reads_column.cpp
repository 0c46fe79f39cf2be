// SPDX-License-Identifier: BSL-1.0
// Misuse: an insert value that reads a column.
// expect: values\(\): a value reads a column
// Area: insert_into
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.name = "Al", users.age = users.age + 1);
#else
  auto s = sq::insert_into(users).values(users.name = "Al", users.age = 1);
#endif
  (void)s;
}
