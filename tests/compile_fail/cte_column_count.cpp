// SPDX-License-Identifier: BSL-1.0
// Misuse: a CTE whose query selects fewer columns than its table declares.
// expect: cte\(\): the query must select as many columns as the CTE's table declares
// Area: Subqueries
#include "tables.hpp"

struct pair_t : sq::table<pair_t, "pair"> {
  column<"id", std::int64_t> id;
  column<"name", std::string> name;
};
inline constexpr pair_t pair{};

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::cte(pair, sq::select(users.id).from(users));
#else
  auto s = sq::cte(pair, sq::select(users.id, users.name).from(users));
#endif
  (void)s;
}
