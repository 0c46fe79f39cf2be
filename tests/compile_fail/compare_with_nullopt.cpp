// SPDX-License-Identifier: BSL-1.0
// Misuse: a comparison with NULL, which is never true in SQL.
// expect: comparison: compare with NULL through \.is_null\(\) or \.is_not_null\(\)
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.id).from(users).where(users.age == std::nullopt);
#else
  auto s = sq::select(users.id).from(users).where(users.age.is_null());
#endif
  (void)s;
}
