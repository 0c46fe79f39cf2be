// SPDX-License-Identifier: BSL-1.0
// Misuse: a mapped struct without a field for its table's primary key, used with the session.
// expect: query<T>\(\): the session tracks objects by primary key, and the struct has no field for its table's primary key
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

struct Person {  // no id
  std::string name{};
  std::optional<int> age{};
};
BOOST_HANA_ADAPT_STRUCT(Person, name, age);
template <>
inline constexpr auto sq::table_for<Person> = users;

int main() {
  sq::session session{sq::create_engine("sqlite://:memory:")};
#ifdef SEQUEL_MISUSE
  auto older = session.query<Person>().filter(users.age > 28).all();
#else
  auto older = session.query<User>().filter(users.age > 28).all();
#endif
  return static_cast<int>(older.size());
}
