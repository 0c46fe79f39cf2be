// SPDX-License-Identifier: BSL-1.0
// Misuse: a delete without where() (checked by to_sql() and execution).
// expect: update\(\)/delete_from\(\): add \.where\(condition\), or \.where\(sq::all_rows\)
// Area: update, delete_from
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::delete_from(users));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::delete_from(users).where(users.name == "Bob"));
#endif
  (void)s;
}
