// SPDX-License-Identifier: BSL-1.0
// Misuse: on_conflict() on one column of a composite primary key.
// expect: on_conflict\(\): the columns must be a unique column or the table's primary key
// Area: Upsert and INSERT ... SELECT
#include "tables.hpp"

struct members_t : sq::table<members_t, "members"> {
  column<"user_id", std::int64_t, sq::primary_key> user_id;
  column<"group_id", std::int64_t, sq::primary_key> group_id;
  column<"role", std::string> role;
};
inline constexpr members_t members{};

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(members).values(members.user_id = 1, members.group_id = 2, members.role = "x")
               .on_conflict(members.user_id).do_nothing();
#else
  auto s = sq::insert_into(members).values(members.user_id = 1, members.group_id = 2, members.role = "x")
               .on_conflict(members.user_id, members.group_id).do_nothing();
#endif
  (void)s;
}
