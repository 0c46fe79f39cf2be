// SPDX-License-Identifier: BSL-1.0
// Misuse: a mapped struct with a field whose type does not fit its column (a plain int for a
// nullable column), used with the session.
// expect: add\(\): a field's type does not fit its column
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

struct Ageless {
  std::int64_t id = 0;
  std::string name{};
  int age = 0;  // the column is std::optional<int>: it may be NULL
};
BOOST_HANA_ADAPT_STRUCT(Ageless, id, name, age);
template <>
inline constexpr auto sq::table_for<Ageless> = users;

int main() {
  sq::session session{sq::create_engine("sqlite://:memory:")};
#ifdef SEQUEL_MISUSE
  session.add(Ageless{.id = 0, .name = "Alice", .age = 30});
#else
  session.add(User{.id = 0, .name = "Alice", .age = 30});
#endif
}
