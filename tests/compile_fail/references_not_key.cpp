// SPDX-License-Identifier: BSL-1.0
// Misuse: a foreign key to a column that is neither a primary key nor unique.
// expect: create_table\(\): references<> must name a primary key or unique column
// Area: Schema
#include "tables.hpp"

#ifdef SEQUEL_MISUSE
struct things_t : sq::table<things_t, "things"> {
  column<"owner", std::string, sq::references<&users_t::name>> owner;
};
inline constexpr things_t things{};
#else
struct things_t : sq::table<things_t, "things"> {
  column<"owner", std::int64_t, sq::references<&users_t::id>> owner;
};
inline constexpr things_t things{};
#endif

int main() {
  auto s = sq::create_table(things);  // the misuse is in the table above
  (void)s;
}
