// SPDX-License-Identifier: BSL-1.0
// Misuse: session.add() of a named object, which would leave the caller a copy the session never updates.
// expect: add\(\): the session takes the object over; pass a temporary or std::move\(object\)
// Area: ORM mapping
#include <sequel/orm.hpp>

#include "tables.hpp"

struct User {
  std::int64_t id = 0;
  std::string name{};
  std::optional<int> age{};
};
BOOST_HANA_ADAPT_STRUCT(User, id, name, age);
template <>
inline constexpr auto sq::table_for<User> = users;

int main() {
  sq::session session{sq::create_engine("sqlite://:memory:")};
  User alice{.id = 0, .name = "Alice", .age = 30};
#ifdef SEQUEL_MISUSE
  session.add(alice);
#else
  User& added = session.add(std::move(alice));
  added.age = 31;
#endif
}
