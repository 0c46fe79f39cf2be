// SPDX-License-Identifier: BSL-1.0
// Misuse: a CTE whose query selects a column of another kind than its table declares.
// expect: cte\(\): each selected column must be of the kind of the CTE's column at its position
// Area: Subqueries
#include "tables.hpp"

struct pair_t : sq::table<pair_t, "pair"> {
  column<"id", std::int64_t> id;
  column<"name", std::string> name;
};
inline constexpr pair_t pair{};

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::cte(pair, sq::select(users.name, users.id).from(users));
#else
  auto s = sq::cte(pair, sq::select(users.id, users.name).from(users));
#endif
  (void)s;
}
