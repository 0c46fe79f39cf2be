// SPDX-License-Identifier: BSL-1.0
// Misuse: as<T>() into a Hana-adapted struct whose int field would receive a nullable column.
// expect: as<T>\(\): a field's type cannot hold the column of the same name
// Area: Results: as<T>()
#include <boost/hana/adapt_struct.hpp>
#include <sequel/sqlite.hpp>

namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

struct person {
  std::string name;
#ifdef SEQUEL_MISUSE
  int age;  // the column may be NULL: an int cannot hold it
#else
  std::optional<int> age;
#endif
};
BOOST_HANA_ADAPT_STRUCT(person, name, age);

int main() {
  sq::sqlite_connection db(":memory:");
  auto people = db.execute(sq::select(users.name, users.age).from(users)).as<person>().all();
  return static_cast<int>(people.size());
}
