// SPDX-License-Identifier: BSL-1.0
// The tutorial, end to end at Core level: connect by URL, declare a table, create it, insert,
// query, update and delete.
//
//   core_walkthrough [URL]      (default sqlite:///mydatabase.db)
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

namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

template <class Result>
void print_users(Result&& rows) {
  for (auto const& [id, name, age] : rows)
    std::cout << "  " << id << " " << name << " " << (age ? std::to_string(*age) : "NULL") << "\n";
}

int main(int argc, char** argv) try {
  std::string const url = argc > 1 ? argv[1] : "sqlite:///mydatabase.db";
  auto db = sq::connect(url);
  std::cout << "connected to " << url.substr(0, url.find("://")) << "\n";

  db.execute(sq::drop_table(users).if_exists());
  db.execute(sq::create_table(users));
  std::cout << "created table users\n";

  auto alice = db.execute(sq::insert_into(users).values(users.name = "Alice", users.age = 30));
  db.execute(sq::insert_into(users).values(users.name = "Bob", users.age = 25));
  std::cout << "inserted Alice (id " << alice.last_insert_id << ") and Bob\n";

  std::cout << "all users:\n";
  print_users(db.execute(sq::select(sq::all_of(users)).from(users).order_by(users.id)));

  std::cout << "users older than 28:\n";
  print_users(db.execute(sq::select(sq::all_of(users)).from(users).where(users.age > 28)));

  auto updated = db.execute(sq::update(users).set(users.age = 31).where(users.name == "Alice"));
  std::cout << "set Alice's age to 31 (" << updated.rows_affected << " row)\n";

  auto deleted = db.execute(sq::delete_from(users).where(users.name == "Bob"));
  std::cout << "deleted Bob (" << deleted.rows_affected << " row)\n";

  std::cout << "remaining users:\n";
  print_users(db.execute(sq::select(sq::all_of(users)).from(users).order_by(users.id)));
  std::cout << "count: " << db.execute(sq::select(sq::count()).from(users)).scalar() << "\n";
} catch (sq::error const& e) {
  std::cerr << "error: " << e.what() << "\n";
  return 1;
}
