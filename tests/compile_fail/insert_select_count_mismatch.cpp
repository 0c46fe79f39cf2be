// SPDX-License-Identifier: BSL-1.0
// Misuse: INSERT ... SELECT selecting fewer values than columns named.
// expect: select\(\): the query must select one value for each column named in columns\(\)
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).columns(users.name, users.age).select(sq::select(users.name).from(users));
#else
  auto s = sq::insert_into(users).columns(users.name, users.age).select(sq::select(users.name, users.age).from(users));
#endif
  (void)s;
}
