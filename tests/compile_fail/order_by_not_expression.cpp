// SPDX-License-Identifier: BSL-1.0
// Misuse: order_by() given a number (a column position), not an expression.
// expect: order_by\(\): every key must be an expression, expr\.asc\(\) or expr\.desc\(\)
// Area: select, from, where, order_by, limit
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).order_by(1);
#else
  auto s = sq::select(users.name).from(users).order_by(users.name);
#endif
  (void)s;
}
