// SPDX-License-Identifier: BSL-1.0
// Misuse: INSERT ... SELECT putting a number into a text column.
// expect: select\(\): a selected value's type does not fit its column's type
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).columns(users.name).select(sq::select(posts.id).from(posts));
#else
  auto s = sq::insert_into(users).columns(users.name).select(sq::select(posts.title).from(posts));
#endif
  (void)s;
}
