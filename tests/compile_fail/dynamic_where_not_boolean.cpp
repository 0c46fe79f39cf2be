// SPDX-License-Identifier: BSL-1.0
// Misuse: adding a value that is not a condition to a dynamic_where.
// expect: dynamic_where::add\(\): the condition must be a boolean sequel expression
// Area: Dynamic statements
#include "tables.hpp"

int main() {
  auto cond = sq::dynamic_where(users);
#ifdef SEQUEL_MISUSE
  cond.add(users.age + 1);
#else
  cond.add(users.age + 1 > 2);
#endif
}
