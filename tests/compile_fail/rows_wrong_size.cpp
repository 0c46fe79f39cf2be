// SPDX-License-Identifier: BSL-1.0
// Misuse: rows with another number of elements than the columns named.
// expect: rows\(\): each row must be a std::tuple or a Boost.Hana struct with one element per column
// Area: Dynamic statements
#include <tuple>
#include <vector>

#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  std::vector<std::tuple<std::string>> rows;
#else
  std::vector<std::tuple<std::string, int>> rows;
#endif
  auto s = sq::insert_into(users).columns(users.name, users.age).rows(rows);
  (void)s;
}
