// SPDX-License-Identifier: BSL-1.0
// Misuse: a generated std::uint64_t key rendered for PostgreSQL, whose identity columns are BIGINT.
// expect: postgres: an unsigned 64-bit primary key cannot be generated
// Area: Dialect checks
#include "tables.hpp"

struct counters_t : sq::table<counters_t, "counters"> {
  column<"id", std::uint64_t, sq::primary_key> id;
  column<"hits", std::int64_t> hits;
};
inline constexpr counters_t counters{};

int main() {
#ifdef SEQUEL_MISUSE
  auto sql = sq::to_sql<sq::postgres>(sq::create_table(counters));
#else
  auto sql = sq::to_sql<sq::mysql>(sq::create_table(counters));
#endif
  (void)sql;
}
