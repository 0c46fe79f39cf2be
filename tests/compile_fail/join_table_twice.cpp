// SPDX-License-Identifier: BSL-1.0
// Misuse: joining a table already in FROM without an alias.
// expect: join\(\): this table is already in FROM; join it again through sq::alias
// Area: Joins and aliases
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).join(users);
#else
  constexpr auto boss = sq::alias<"boss">(users);
  auto s = sq::select(users.name).from(users).join(boss).on(boss[users.id] == users.id);
#endif
  (void)s;
}
