// SPDX-License-Identifier: BSL-1.0
// Misuse: do_update() with a value read from another table.
// expect: do_update\(\): a value reads a column of another table
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(users.id).do_update(users.name = sq::excluded(posts.title));
#else
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(users.id).do_update(users.name = sq::excluded(users.name));
#endif
  (void)s;
}
