// SPDX-License-Identifier: BSL-1.0
// Misuse: IN with a run-time list of another kind than the expression.
// expect: in\(\): the range's elements must be of the same kind
// Area: Dynamic statements
#include <vector>

#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  std::vector<int> names{1, 2};
#else
  std::vector<std::string> names{"1", "2"};
#endif
  auto s = sq::select(users.id).from(users).where(users.name.in(names));
  (void)s;
}
