// SPDX-License-Identifier: BSL-1.0
// Misuse: std::nullopt assigned to a NOT NULL column.
// expect: assignment: std::nullopt given to a NOT NULL column
// Area: Assignments (values() and set())
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::update(users).set(users.name = std::nullopt).where(users.id == 1);
#else
  auto s = sq::update(users).set(users.age = std::nullopt).where(users.id == 1);
#endif
  (void)s;
}
