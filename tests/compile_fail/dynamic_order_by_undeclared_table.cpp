// SPDX-License-Identifier: BSL-1.0
// Misuse: a run-time sort key on a table the dynamic_order_by did not declare.
// expect: dynamic_order_by::add\(\): the key uses a column of a table not declared
// Area: Dynamic statements
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto keys = sq::dynamic_order_by(users);
#else
  auto keys = sq::dynamic_order_by(users, posts);
#endif
  keys.add(posts.title.asc());
}
