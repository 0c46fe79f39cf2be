// SPDX-License-Identifier: BSL-1.0
// Misuse: a comparison with a std::optional value, which may be NULL (= NULL matches no row).
// expect: comparison: compare with NULL through .* and with a std::optional.s value, not the optional
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age == std::optional<int>{30});
#else
  auto s = sq::select(users.id).from(users).where(users.age == 30);
#endif
  (void)s;
}
