// SPDX-License-Identifier: BSL-1.0
// Misuse: a derived table read by a column its query does not select.
// expect: source\[\]: the query does not select this column
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  constexpr auto t = sq::select(users.id).from(users).as<"t">(); auto s = t[users.name];
#else
  constexpr auto t = sq::select(users.id, users.name).from(users).as<"t">(); auto s = t[users.name];
#endif
  (void)s;
}
