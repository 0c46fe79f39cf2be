// SPDX-License-Identifier: BSL-1.0
// Misuse: a default_value that does not fit the column type.
// expect: create_table\(\): a default_value does not fit its column's type
// Area: Schema
#include "tables.hpp"

#ifdef SEQUEL_MISUSE
struct things_t : sq::table<things_t, "things"> {
  column<"count", int, sq::default_value<"none">> count;
};
inline constexpr things_t things{};
#else
struct things_t : sq::table<things_t, "things"> {
  column<"count", int, sq::default_value<0>> count;
};
inline constexpr things_t things{};
#endif

int main() {
  auto s = sq::create_table(things);  // the misuse is in the table above
  (void)s;
}
