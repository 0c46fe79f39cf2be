// SPDX-License-Identifier: BSL-1.0
// Misuse: a derived table with an unlabelled expression column.
// expect: as<\\?"t\\?">\(\): every column of a derived table needs its own name
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id, users.age + 1).from(users).as<"t">();
#else
  auto s = sq::select(users.id, (users.age + 1).as<"next">()).from(users).as<"t">();
#endif
  (void)s;
}
