// SPDX-License-Identifier: BSL-1.0
// Misuse: a multi-row insert that leaves out a NOT NULL column without a default.
// expect: columns\(\): a NOT NULL column without a default is missing
// Area: Dynamic statements
#include <tuple>
#include <vector>

#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  std::vector<std::tuple<int>> rows;
  auto s = sq::insert_into(users).columns(users.age).rows(rows);
#else
  std::vector<std::tuple<std::string, int>> rows;
  auto s = sq::insert_into(users).columns(users.name, users.age).rows(rows);
#endif
  (void)s;
}
