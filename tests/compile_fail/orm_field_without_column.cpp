// SPDX-License-Identifier: BSL-1.0
// Misuse: a mapped struct with a field that names no column of its table, used with the session.
// expect: add\(\): a field of the struct has no column of the same name in table_for<T>
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

struct Misnamed {
  std::int64_t id = 0;
  std::string name{};
  std::optional<int> years{};  // the column is "age"
};
BOOST_HANA_ADAPT_STRUCT(Misnamed, id, name, years);
template <>
inline constexpr auto sq::table_for<Misnamed> = users;

int main() {
  sq::session session{sq::create_engine("sqlite://:memory:")};
#ifdef SEQUEL_MISUSE
  session.add(Misnamed{.id = 0, .name = "Alice", .years = 30});
#else
  session.add(User{.id = 0, .name = "Alice", .age = 30});
#endif
}
