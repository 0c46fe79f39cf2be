// SPDX-License-Identifier: BSL-1.0
// Misuse: a string assigned to a number column.
// expect: assignment: the value's type does not fit the column's type
// Area: Assignments (values() and set())
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::update(users).set(users.age = "x").where(users.id == 1);
#else
  auto s = sq::update(users).set(users.age = 30).where(users.id == 1);
#endif
  (void)s;
}
