// SPDX-License-Identifier: BSL-1.0
// Misuse: INSERT ... SELECT given a column instead of a query.
// expect: select\(\): the argument must be a query
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).columns(users.name).select(posts.title);
#else
  auto s = sq::insert_into(users).columns(users.name).select(sq::select(posts.title).from(posts));
#endif
  (void)s;
}
