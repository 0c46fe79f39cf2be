// SPDX-License-Identifier: BSL-1.0
// Misuse: INSERT ... SELECT putting a nullable value into a NOT NULL column.
// expect: select\(\): a selected value that may be NULL cannot go into a NOT NULL column
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).columns(users.name).select(sq::select(sq::cast<std::string>(users.age)).from(users));
#else
  auto s = sq::insert_into(users).columns(users.name).select(sq::select(sq::coalesce(sq::cast<std::string>(users.age), "")).from(users));
#endif
  (void)s;
}
