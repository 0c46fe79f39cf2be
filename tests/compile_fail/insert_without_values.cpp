// SPDX-License-Identifier: BSL-1.0
// Misuse: an insert with no values() (checked by to_sql() and execution).
// expect: insert_into\(\): add \.values\(column = value, \.\.\.\)
// Area: insert_into
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::insert_into(users));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::insert_into(users).values(users.name = "Al"));
#endif
  (void)s;
}
