// SPDX-License-Identifier: BSL-1.0
// Misuse: reading a column of another table through an alias.
// expect: alias\[\]: name a column of the aliased table
// Area: Joins and aliases
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  constexpr auto u2 = sq::alias<"u2">(users);
  auto c = u2[posts.title];
#else
  constexpr auto u2 = sq::alias<"u2">(users);
  auto c = u2[users.name];
#endif
  (void)c;
}
