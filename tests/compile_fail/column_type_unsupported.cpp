// SPDX-License-Identifier: BSL-1.0
// Misuse: a column of a C++ type that cannot be stored.
// expect: column<>: this C\+\+ type cannot be stored
// Area: Schema
#include "tables.hpp"

#ifdef SEQUEL_MISUSE
struct things_t : sq::table<things_t, "things"> {
  column<"name", char const*> name;
};
inline constexpr things_t things{};
#else
struct things_t : sq::table<things_t, "things"> {
  column<"name", std::string> name;
};
inline constexpr things_t things{};
#endif

int main() {
  auto s = sq::create_table(things);  // the misuse is in the table above
  (void)s;
}
