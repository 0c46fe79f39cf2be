// SPDX-License-Identifier: BSL-1.0
// Misuse: FULL JOIN on MySQL/MariaDB, which has none.
// expect: mysql: FULL JOIN is not supported
// Area: Dialect checks
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::mysql>(sq::select(users.name, posts.title).from(users).full_join(posts));
#else
  auto s = sq::to_sql<sq::postgres>(sq::select(users.name, posts.title).from(users).full_join(posts));
#endif
  (void)s;
}
