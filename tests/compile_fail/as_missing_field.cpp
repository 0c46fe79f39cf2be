// SPDX-License-Identifier: BSL-1.0
// Misuse: as<T>() into a Hana-adapted struct with a field that names no selected column.
// expect: as<T>\(\): a field of T has no column of the same name in the select list
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
  std::optional<int> age;
};
BOOST_HANA_ADAPT_STRUCT(person, name, age);

int main() {
  sq::sqlite_connection db(":memory:");
#ifdef SEQUEL_MISUSE
  auto people = db.execute(sq::select(users.id, users.name).from(users)).as<person>().all();
#else
  auto people = db.execute(sq::select(users.name, users.age).from(users)).as<person>().all();
#endif
  return static_cast<int>(people.size());
}
