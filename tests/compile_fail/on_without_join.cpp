// SPDX-License-Identifier: BSL-1.0
// Misuse: on() with no join before it.
// expect: on\(\): give the condition right after join\(table\)
// Area: Joins and aliases
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).on(users.id == posts.user_id);
#else
  auto s = sq::select(users.name).from(users).join(posts).on(users.id == posts.user_id);
#endif
  (void)s;
}
