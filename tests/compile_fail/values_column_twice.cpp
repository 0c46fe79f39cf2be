// SPDX-License-Identifier: BSL-1.0
// Misuse: the same column twice in values().
// expect: values\(\): the same column is assigned twice
// Area: insert_into
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(users).values(users.name = "Alice", users.name = "Bob");
#else
  auto s = sq::insert_into(users).values(users.name = "Alice");
#endif
  (void)s;
}
