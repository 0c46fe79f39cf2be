// SPDX-License-Identifier: BSL-1.0
// Misuse: a run-time condition on a table the dynamic_where did not declare.
// expect: dynamic_where::add\(\): the condition uses a column of a table not declared
// Area: Dynamic statements
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto cond = sq::dynamic_where(users);
#else
  auto cond = sq::dynamic_where(users, posts);
#endif
  cond.add(posts.title == "x");
}
