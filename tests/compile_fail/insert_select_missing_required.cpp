// SPDX-License-Identifier: BSL-1.0
// Misuse: INSERT ... SELECT without a NOT NULL column that has no default.
// expect: columns\(\): a NOT NULL column without a default is missing
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).columns(users.age).select(sq::select(users.age).from(users));
#else
  auto s = sq::insert_into(users).columns(users.name, users.age).select(sq::select(users.name, users.age).from(users));
#endif
  (void)s;
}
