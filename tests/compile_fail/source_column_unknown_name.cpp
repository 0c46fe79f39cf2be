// SPDX-License-Identifier: BSL-1.0
// Misuse: a derived table read by a column name its query does not give.
// expect: column<\\?"name\\?">\(\): the query selects no column of that name
// Area: Subqueries
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  constexpr auto t = sq::select(users.id, sq::count().as<"n">()).from(users).group_by(users.id).as<"t">(); auto s = t.column<"total">();
#else
  constexpr auto t = sq::select(users.id, sq::count().as<"n">()).from(users).group_by(users.id).as<"t">(); auto s = t.column<"n">();
#endif
  (void)s;
}
