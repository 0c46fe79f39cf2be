// SPDX-License-Identifier: BSL-1.0
// Misuse: case_when().else_() of another kind than the branches.
// expect: else_\(\): the value must be of the same kind as the branches
// Area: Functions and CASE
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(sq::case_when(users.age > 60, "old").else_(0)).from(users);
#else
  auto s = sq::select(sq::case_when(users.age > 60, "old").else_("young")).from(users);
#endif
  (void)s;
}
