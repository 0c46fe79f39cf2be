// SPDX-License-Identifier: BSL-1.0
// Misuse: do_update() of a column of another table.
// expect: do_update\(\): a column belongs to another table than the one inserted into
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(users.id).do_update(posts.title = "x");
#else
  auto s = sq::insert_into(users).values(users.name = "a").on_conflict(users.id).do_update(users.name = "x");
#endif
  (void)s;
}
