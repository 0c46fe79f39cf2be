// SPDX-License-Identifier: BSL-1.0
// Misuse: a value of a type no column can hold.
// expect: assignment: the value is neither a sequel expression nor a column value type
// Area: Assignments (values() and set())
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::update(users).set(users.age = std::nullptr_t{}).where(users.id == 1);
#else
  auto s = sq::update(users).set(users.age = 0).where(users.id == 1);
#endif
  (void)s;
}
