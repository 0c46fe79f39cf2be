// SPDX-License-Identifier: BSL-1.0
// Misuse: a column option that is not one of sequel's.
// expect: column<>: unknown option
// Area: Schema
#include "tables.hpp"

#ifdef SEQUEL_MISUSE
struct things_t : sq::table<things_t, "things"> {
  column<"name", std::string, int> name;
};
inline constexpr things_t things{};
#else
struct things_t : sq::table<things_t, "things"> {
  column<"name", std::string, sq::unique> name;
};
inline constexpr things_t things{};
#endif

int main() {
  auto s = sq::create_table(things);  // the misuse is in the table above
  (void)s;
}
