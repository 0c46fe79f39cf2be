// SPDX-License-Identifier: BSL-1.0
// Misuse: a table name of 64 bytes rendered for PostgreSQL, which keeps only the first 63 (so two
// tables whose names differ after byte 63 would be one). MySQL keeps 64.
// expect: postgres: a table, column, alias, label or CTE name is longer than 63 bytes
// Area: Dialect checks
#include "tables.hpp"

struct long_t : sq::table<long_t, "a_table_whose_name_runs_on_past_the_sixty_three_bytes_postgres_k"> {
  column<"id", std::int64_t, sq::primary_key> id;
};
inline constexpr long_t long_table{};

// 63 bytes: what PostgreSQL keeps.
struct fits_t : sq::table<fits_t, "a_table_whose_name_runs_on_up_to_the_sixty_three_bytes_postgres"> {
  column<"id", std::int64_t, sq::primary_key> id;
};
inline constexpr fits_t fits{};

int main() {
#ifdef SEQUEL_MISUSE
  auto sql = sq::to_sql<sq::postgres>(sq::select(long_table.id).from(long_table));
#else
  auto sql = sq::to_sql<sq::mysql>(sq::select(long_table.id).from(long_table)) +
             sq::to_sql<sq::postgres>(sq::select(fits.id).from(fits));
#endif
  (void)sql;
}
