// SPDX-License-Identifier: BSL-1.0
// Misuse: the same column twice in set().
// expect: set\(\): the same column is assigned twice
// Area: update, delete_from
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::update(users).set(users.age = 1, users.age = 2).where(users.id == 1);
#else
  auto s = sq::update(users).set(users.age = 1).where(users.id == 1);
#endif
  (void)s;
}
