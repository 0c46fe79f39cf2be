// SPDX-License-Identifier: BSL-1.0
// Misuse: on MySQL, a DELETE whose subquery reads the table it deletes from (error 1093).
// expect: mysql: a subquery cannot read the table the INSERT, UPDATE or DELETE writes
// Area: Dialect checks
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::mysql>(sq::delete_from(users).where(users.id.in(sq::select(users.id).from(users).where(users.age > 60))));
#else
  auto s = sq::to_sql<sq::postgres>(sq::delete_from(users).where(users.id.in(sq::select(users.id).from(users).where(users.age > 60))));
#endif
  (void)s;
}
