// SPDX-License-Identifier: BSL-1.0
// Misuse: having() before group_by().
// expect: having\(\): add group_by\(\) before having\(\)
// Area: Aggregates, group_by, having, labels
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::count()).from(users).having(sq::count() > 1);
#else
  auto s = sq::select(users.age, sq::count()).from(users).group_by(users.age).having(sq::count() > 1);
#endif
  (void)s;
}
