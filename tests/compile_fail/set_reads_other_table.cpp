// SPDX-License-Identifier: BSL-1.0
// Misuse: set() with a value that reads another table.
// expect: set\(\): a value reads a column of another table
// Area: update, delete_from
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::update(users).set(users.age = posts.user_id).where(users.id == 1);
#else
  auto s = sq::update(users).set(users.age = users.id).where(users.id == 1);
#endif
  (void)s;
}
