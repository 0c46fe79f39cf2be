// SPDX-License-Identifier: BSL-1.0
// Misuse: join(table) without on() where two foreign keys link the tables.
// expect: join\(\): several foreign keys link the joined table to the tables before it
// Area: Joins and aliases
#include "tables.hpp"

struct messages_t : sq::table<messages_t, "messages"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"sender_id", std::int64_t, sq::references<&users_t::id>> sender_id;
  column<"recipient_id", std::int64_t, sq::references<&users_t::id>> recipient_id;
};
inline constexpr messages_t messages{};

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name).from(users).join(messages));
#else
  auto s = sq::to_sql<sq::sqlite>(sq::select(users.name).from(users).join(messages).on(messages.sender_id == users.id));
#endif
  (void)s;
}
