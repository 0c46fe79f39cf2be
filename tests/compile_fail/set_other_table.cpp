// SPDX-License-Identifier: BSL-1.0
// Misuse: set() for a column of another table.
// expect: set\(\): a column belongs to another table than the one updated
// Area: update, delete_from
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::update(users).set(posts.title = "x").where(users.id == 1);
#else
  auto s = sq::update(posts).set(posts.title = "x").where(posts.id == 1);
#endif
  (void)s;
}
