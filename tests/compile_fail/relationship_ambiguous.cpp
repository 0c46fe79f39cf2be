// SPDX-License-Identifier: BSL-1.0
// Misuse: a relationship between tables that two foreign keys link, without via<> to pick one.
// expect: relationships<>: several foreign keys link the two structs' tables; pick one with sq::via
// Area: ORM relationships
#include <sequel/orm.hpp>

#include "tables.hpp"

struct messages_t : sq::table<messages_t, "messages"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"sender_id", std::int64_t, sq::references<&users_t::id>> sender_id;
  column<"recipient_id", std::int64_t, sq::references<&users_t::id>> recipient_id;
};

struct Message;
struct User {
  std::int64_t id = 0;
  std::string name{};
#ifdef SEQUEL_MISUSE
  sq::many<Message> sent{};
#else
  sq::many<Message, sq::via<&messages_t::sender_id>> sent{};
#endif
};
struct Message {
  std::int64_t id = 0;
  std::int64_t sender_id = 0;
  std::int64_t recipient_id = 0;
};
BOOST_HANA_ADAPT_STRUCT(User, id, name);
BOOST_HANA_ADAPT_STRUCT(Message, id, sender_id, recipient_id);
template <>
inline constexpr auto sq::table_for<User> = users;
template <>
inline constexpr auto sq::table_for<Message> = messages_t{};
template <>
inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::sent>;

int main() {}
