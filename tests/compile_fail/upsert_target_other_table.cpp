// SPDX-License-Identifier: BSL-1.0
// Misuse: on_conflict() on a column of another table.
// expect: on_conflict\(\): every argument must be a column of the table inserted into
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(posts.id).do_nothing();
#else
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(users.id).do_nothing();
#endif
  (void)s;
}
