// SPDX-License-Identifier: BSL-1.0
// The tutorial with the ORM: an engine by URL, a model, create_all, a session that adds, queries,
// changes and removes objects, committing each step.
//
//   seed_walkthrough [URL]      (default sqlite:///mydatabase.db)
//
// The same program runs on postgresql://user:password@host/db and mysql://user:password@host/db
// when it is built with those connectors (the build defines SEQUEL_WITH_POSTGRES / _MYSQL).
#include <cstdint>
#include <iostream>
#include <optional>
#include <sequel/sqlite.hpp>
#include <string>
#ifdef SEQUEL_WITH_POSTGRES
#include <sequel/postgres.hpp>
#endif
#ifdef SEQUEL_WITH_MYSQL
#include <sequel/mysql.hpp>
#endif
#include <sequel/orm.hpp>  // after the connectors: create_engine() takes the URLs of those included

namespace sq = sequel;

// The table, as in the Core tutorial.
struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

// The model: a plain struct, its fields named after the columns.
struct User {
  std::int64_t id = 0;  // 0 until the database generates it
  std::string name;
  std::optional<int> age;
};
BOOST_HANA_ADAPT_STRUCT(User, id, name, age);
template <>
inline constexpr auto sq::table_for<User> = users;

std::ostream& operator<<(std::ostream& out, User const& u) {
  out << "User(id=" << u.id << ", name='" << u.name << "', age=";
  if (u.age) return out << *u.age << ")";
  return out << "None)";
}

int main(int argc, char** argv) try {
  std::string const url = argc > 1 ? argv[1] : "sqlite:///mydatabase.db";
  auto engine = sq::create_engine(url);
  std::cout << "engine on " << url.substr(0, url.find("://")) << "\n";  // the URL may hold a password

  sq::drop_all(engine, users);  // start from scratch, so that the ids below are 1 and 2
  sq::create_all(engine, users);
  std::cout << "created table users\n";

  sq::session session{engine};
  session.add_all({User{.name = "Alice", .age = 30}, User{.name = "Bob", .age = 25}});
  session.commit();
  std::cout << "added Alice and Bob\n";

  std::cout << "all users:\n";
  for (User& u : session.query<User>().order_by(users.id).all()) std::cout << "  " << u << "\n";

  std::cout << "users older than 28:\n";
  for (User& u : session.query<User>().filter(users.age > 28).all()) std::cout << "  " << u << "\n";

  User* alice = session.query<User>().filter(users.name == "Alice").first();
  alice->age = 31;
  session.commit();  // UPDATE "users" SET "age" = ? WHERE "users"."id" = ?
  std::cout << "updated: " << *alice << "\n";

  session.remove(*session.query<User>().filter(users.name == "Bob").first());
  session.commit();
  std::cout << "deleted Bob\n";

  std::cout << "remaining users:\n";
  for (User& u : session.query<User>().all()) std::cout << "  " << u << "\n";
  std::cout << "count: " << session.query<User>().count() << "\n";
  session.close();
} catch (sq::error const& e) {
  std::cerr << "error: " << e.what() << "\n";
  return 1;
}
