// SPDX-License-Identifier: BSL-1.0
// Misuse: a std::optional value assigned to a NOT NULL column.
// expect: assignment: a value that may be NULL
// Area: Assignments (values() and set())
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.name = std::optional<std::string>{"Al"});
#else
  auto s = sq::insert_into(users).values(users.name = std::string{"Al"});
#endif
  (void)s;
}
