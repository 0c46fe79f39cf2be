// SPDX-License-Identifier: BSL-1.0
// Misuse: a date column compared with a number.
// expect: comparison: the two sides hold different kinds of value
// Area: Expressions
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(posts.id).from(posts).where(posts.day < 20240101);
#else
  auto s = sq::select(posts.id).from(posts).where(posts.day < std::chrono::sys_days{std::chrono::year{2024} / 1 / 1});
#endif
  (void)s;
}
