// SPDX-License-Identifier: BSL-1.0
// Misuse: a raw query whose result type is not a column value type.
// expect: raw<T...>\(\): every result type must be a column value type
// Area: Dynamic statements
#include <vector>

#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::raw<std::vector<int>>("SELECT id FROM users");
#else
  auto s = sq::raw<std::int64_t>("SELECT id FROM users");
#endif
  (void)s;
}
