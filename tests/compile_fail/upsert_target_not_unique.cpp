// SPDX-License-Identifier: BSL-1.0
// Misuse: on_conflict() on a column that is neither unique nor the primary key.
// expect: on_conflict\(\): the columns must be a unique column or the table's primary key
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(users.name).do_nothing();
#else
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(users.id).do_nothing();
#endif
  (void)s;
}
