// SPDX-License-Identifier: BSL-1.0
// Misuse: a foreign key to a column that is neither a primary key nor unique.
// expect: create_table\(\): references<> must name a primary key or unique column
// Area: Schema
#include <sequel/sequel.hpp>
namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
};
inline constexpr users_t users{};

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
#ifdef SEQUEL_MISUSE
  auto s = sq::create_table(things);
#else
  auto s = sq::create_table(things);
#endif
  (void)s;
}
