// SPDX-License-Identifier: BSL-1.0
// Misuse: rows whose elements do not fit the columns named in columns().
// expect: rows\(\): a row element's type does not fit its column
// Area: Dynamic statements
#include <tuple>
#include <vector>

#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  std::vector<std::tuple<int, std::string>> rows;
#else
  std::vector<std::tuple<std::string, int>> rows;
#endif
  auto s = sq::insert_into(users).columns(users.name, users.age).rows(rows);
  (void)s;
}
