// SPDX-License-Identifier: BSL-1.0
// Misuse: an update without set() (checked by to_sql() and execution).
// expect: update\(\): add \.set\(column = value, \.\.\.\)
// Area: update, delete_from
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::update(users).where(users.id == 1));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::update(users).set(users.age = 1).where(users.id == 1));
#endif
  (void)s;
}
