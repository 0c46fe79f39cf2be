// SPDX-License-Identifier: BSL-1.0
// Misuse: UPDATE ... RETURNING rendered for MySQL/MariaDB, which have none.
// expect: mysql: UPDATE \.\.\. RETURNING is not supported
// Area: Dialect checks
#include "tables.hpp"

int main() {
  auto change = sq::update(users).set(users.age = 31).where(users.name == "Alice").returning(users.age);
#ifdef SEQUEL_MISUSE
  auto sql = sq::to_sql<sq::mysql>(change);
#else
  auto sql = sq::to_sql<sq::postgres>(change);
#endif
  (void)sql;
}
