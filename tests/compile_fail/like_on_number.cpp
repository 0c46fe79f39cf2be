// SPDX-License-Identifier: BSL-1.0
// Misuse: LIKE on a number column.
// expect: like\(\): only a text expression can be matched with LIKE
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age.like("1%"));
#else
  auto s = sq::select(users.id).from(users).where(users.name.like("1%"));
#endif
  (void)s;
}
