// SPDX-License-Identifier: BSL-1.0
// Misuse: a default_value that does not fit the column type.
// expect: create_table\(\): a default_value does not fit its column's type
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
#ifdef SEQUEL_MISUSE
  auto s = sq::create_table(things);
#else
  auto s = sq::create_table(things);
#endif
  (void)s;
}
