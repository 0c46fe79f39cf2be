// SPDX-License-Identifier: BSL-1.0
// Misuse: join(table) without on() where no foreign key links the tables.
// expect: join\(\): no foreign key links the joined table to the tables before it
// Area: Joins and aliases
#include "tables.hpp"

struct tags_t : sq::table<tags_t, "tags"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"label", std::string> label;
};
inline constexpr tags_t tags{};

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name, tags.label).from(users).join(tags));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name, tags.label).from(users).join(tags).on(tags.label == users.name));
#endif
  (void)s;
}
