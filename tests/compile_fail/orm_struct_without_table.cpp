// SPDX-License-Identifier: BSL-1.0
// Misuse: a struct used with the session without a table_for<T> declaration.
// expect: get<T>\(\): the struct has no table; declare template <> inline constexpr auto sq::table_for<T> = table;
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

struct Unmapped {  // adapted, but no sq::table_for<Unmapped>
  std::int64_t id = 0;
  std::string name{};
};
BOOST_HANA_ADAPT_STRUCT(Unmapped, id, name);

int main() {
  sq::session session{sq::create_engine("sqlite://:memory:")};
#ifdef SEQUEL_MISUSE
  auto* found = session.get<Unmapped>(1);
#else
  auto* found = session.get<User>(1);
#endif
  return found ? 0 : 1;
}
