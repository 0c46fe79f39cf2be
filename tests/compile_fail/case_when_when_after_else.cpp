// SPDX-License-Identifier: BSL-1.0
// Misuse: when() after else_().
// expect: when\(\): else_\(\) ends the CASE
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::case_when(users.age > 60, "old").else_("young").when(users.age > 30, "middle")).from(users);
#else
  auto s = sq::select(sq::case_when(users.age > 60, "old").when(users.age > 30, "middle").else_("young")).from(users);
#endif
  (void)s;
}
