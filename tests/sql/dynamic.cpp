// SPDX-License-Identifier: BSL-1.0
// Statements with run-time parts: dynamic_where / dynamic_any, in(range), dynamic_order_by,
// insert ... rows(range), raw(). The text is known only at run time, so these check to_sql() for
// each dialect; values stay parameters, and PostgreSQL's numbering runs on across static and
// run-time parts.
#include <catch2/catch.hpp>

#include <array>
#include <boost/hana/adapt_struct.hpp>
#include <list>
#include <set>
#include <tuple>
#include <vector>

#include "schema.hpp"

namespace sql_test {
namespace {

struct new_user {
  std::string name;
  std::optional<int> age;
};

}  // namespace
}  // namespace sql_test

BOOST_HANA_ADAPT_STRUCT(sql_test::new_user, name, age);

namespace sql_test {
namespace {

template <class S>
void check_sql(S const& stmt, std::string_view sqlite, std::string_view postgres, std::string_view mysql) {
  CHECK(sq::to_sql<sq::sqlite>(stmt) == sqlite);
  CHECK(sq::to_sql<sq::postgres>(stmt) == postgres);
  CHECK(sq::to_sql<sq::mysql>(stmt) == mysql);
}

// A statement with run-time parts is not a compile-time constant, and says so by its type.
static_assert(sq::has_dynamic_parts<decltype(sq::select(users.id).from(users).where(
                  sq::dynamic_where(users)))>);
static_assert(!sq::has_dynamic_parts<decltype(sq::select(users.id).from(users))>);

TEST_CASE("dynamic_where: conditions chosen at run time, joined with AND", "[sql][dynamic]") {
  auto cond = sq::dynamic_where(users);
  auto q = [&] { return sq::select(users.id).from(users).where(cond).limit(10); };
  // No condition: no WHERE at all.
  check_sql(q(), R"(SELECT "users"."id" FROM "users" LIMIT ?)",
            R"(SELECT "users"."id" FROM "users" LIMIT $1)", "SELECT `users`.`id` FROM `users` LIMIT ?");
  cond.add(users.age > 28);
  check_sql(q(), R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? LIMIT ?)",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 LIMIT $2)",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ? LIMIT ?");
  cond.add(users.name.like("A%") || users.name == "Bob");
  check_sql(q(),
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? AND ("users"."name" LIKE ? OR "users"."name" = ?) LIMIT ?)",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 AND ("users"."name" LIKE $2 OR "users"."name" = $3) LIMIT $4)",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ? AND (`users`.`name` LIKE ? OR `users`.`name` = ?) LIMIT ?");
}

TEST_CASE("dynamic_where: inside a larger condition, numbering continues", "[sql][dynamic]") {
  auto cond = sq::dynamic_where(users);
  cond.add(users.age < 40);
  auto q = sq::select(users.name).from(users).where(users.name != "Zed" && cond && users.age > 20);
  check_sql(q,
            R"(SELECT "users"."name" FROM "users" WHERE "users"."name" <> ? AND "users"."age" < ? AND "users"."age" > ?)",
            R"(SELECT "users"."name" FROM "users" WHERE "users"."name" <> $1 AND "users"."age" < $2 AND "users"."age" > $3)",
            "SELECT `users`.`name` FROM `users` WHERE `users`.`name` <> ? AND `users`.`age` < ? AND `users`.`age` > ?");
  // Empty inside an expression: true.
  auto none = sq::dynamic_where(users);
  check_sql(sq::select(users.id).from(users).where(users.age > 1 && none),
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? AND 1 = 1)",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 AND 1 = 1)",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ? AND 1 = 1");
}

TEST_CASE("dynamic_where: empty, an UPDATE or DELETE refuses it; a select reads every row", "[sql][dynamic]") {
  auto none = sq::dynamic_where(users);
  CHECK_THROWS_WITH(sq::to_sql<sq::sqlite>(sq::delete_from(users).where(none)),
                    Catch::Contains("say .where(sq::all_rows)"));
  CHECK_THROWS_AS(sq::to_sql<sq::postgres>(sq::update(users).set(users.age = 1).where(none)), sq::error);
  CHECK(sq::to_sql<sq::mysql>(sq::select(users.id).from(users).where(none)) == "SELECT `users`.`id` FROM `users`");
}

TEST_CASE("dynamic_any: OR, false when empty, parenthesized under AND", "[sql][dynamic]") {
  auto any = sq::dynamic_any(users);
  check_sql(sq::delete_from(users).where(any), R"(DELETE FROM "users" WHERE 1 = 0)",
            R"(DELETE FROM "users" WHERE 1 = 0)", "DELETE FROM `users` WHERE 1 = 0");
  any.add(users.name == "A").add(users.name == "B");
  auto all = sq::dynamic_where(users);
  all.add(users.age > 3).add(any);
  check_sql(sq::update(users).set(users.age = 1).where(all),
            R"(UPDATE "users" SET "age" = ? WHERE "users"."age" > ? AND ("users"."name" = ? OR "users"."name" = ?))",
            R"(UPDATE "users" SET "age" = $1 WHERE "users"."age" > $2 AND ("users"."name" = $3 OR "users"."name" = $4))",
            "UPDATE `users` SET `age` = ? WHERE `users`.`age` > ? AND (`users`.`name` = ? OR `users`.`name` = ?)");
}

TEST_CASE("dynamic_where over two tables", "[sql][dynamic]") {
  auto cond = sq::dynamic_where(users, posts);
  cond.add(posts.user_id == users.id).add(posts.title.like("%sql%"));
  check_sql(sq::select(posts.title).from(users, posts).where(cond),
            R"(SELECT "posts"."title" FROM "users", "posts" WHERE "posts"."user_id" = "users"."id" AND "posts"."title" LIKE ?)",
            R"(SELECT "posts"."title" FROM "users", "posts" WHERE "posts"."user_id" = "users"."id" AND "posts"."title" LIKE $1)",
            "SELECT `posts`.`title` FROM `users`, `posts` WHERE `posts`.`user_id` = `users`.`id` AND `posts`.`title` LIKE ?");
}

TEST_CASE("in(range): one parameter per element; empty matches nothing", "[sql][dynamic]") {
  std::vector<std::int64_t> ids{3, 5, 8};
  check_sql(sq::select(users.name).from(users).where(users.age > 1 && users.id.in(ids)),
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > ? AND "users"."id" IN (?, ?, ?))",
            R"(SELECT "users"."name" FROM "users" WHERE "users"."age" > $1 AND "users"."id" IN ($2, $3, $4))",
            "SELECT `users`.`name` FROM `users` WHERE `users`.`age` > ? AND `users`.`id` IN (?, ?, ?)");
  std::vector<std::int64_t> none;
  check_sql(sq::select(users.name).from(users).where(users.id.in(none)),
            R"(SELECT "users"."name" FROM "users" WHERE 1 = 0)",
            R"(SELECT "users"."name" FROM "users" WHERE 1 = 0)",
            "SELECT `users`.`name` FROM `users` WHERE 1 = 0");
  check_sql(sq::select(users.name).from(users).where(!users.id.in(none)),
            R"(SELECT "users"."name" FROM "users" WHERE NOT 1 = 0)",
            R"(SELECT "users"."name" FROM "users" WHERE NOT 1 = 0)",
            "SELECT `users`.`name` FROM `users` WHERE NOT 1 = 0");
  // Any input range; the subject keeps its parameters, numbered first.
  std::set<std::string> names{"a", "b"};
  check_sql(sq::select(users.id).from(users).where(users.name.in(names)),
            R"(SELECT "users"."id" FROM "users" WHERE "users"."name" IN (?, ?))",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."name" IN ($1, $2))",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`name` IN (?, ?)");
  std::list<int> ages{30, 40};
  check_sql(sq::select(users.id).from(users).where((users.age + 1).in(ages) && users.name == "x"),
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" + ? IN (?, ?) AND "users"."name" = ?)",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" + $1 IN ($2, $3) AND "users"."name" = $4)",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`age` + ? IN (?, ?) AND `users`.`name` = ?");
  // Static in() with values is unchanged.
  static_assert(sq::sql_of<sq::postgres, decltype(sq::select(users.id).from(users).where(
                                             users.id.in(1, 2)))> ==
                R"(SELECT "users"."id" FROM "users" WHERE "users"."id" IN ($1, $2))");
}

TEST_CASE("dynamic_where holding an in(range)", "[sql][dynamic]") {
  auto cond = sq::dynamic_where(users);
  std::vector<std::int64_t> ids{1, 2};
  cond.add(users.id.in(ids)).add(users.name == "n");
  check_sql(sq::select(users.id).from(users).where(cond),
            R"(SELECT "users"."id" FROM "users" WHERE "users"."id" IN (?, ?) AND "users"."name" = ?)",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."id" IN ($1, $2) AND "users"."name" = $3)",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`id` IN (?, ?) AND `users`.`name` = ?");
}

TEST_CASE("dynamic_order_by: keys chosen at run time", "[sql][dynamic]") {
  auto keys = sq::dynamic_order_by(users);
  auto cond = sq::dynamic_where(users);
  cond.add(users.age > 1);
  auto q = [&] { return sq::select(users.id).from(users).where(cond).order_by(keys).limit(5); };
  check_sql(q(), R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? LIMIT ?)",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 LIMIT $2)",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ? LIMIT ?");
  keys.add(users.name.desc()).add(users.age + 2).add(users.id.asc());
  check_sql(q(),
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? ORDER BY "users"."name" DESC, "users"."age" + ?, "users"."id" ASC LIMIT ?)",
            R"(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 ORDER BY "users"."name" DESC, "users"."age" + $2, "users"."id" ASC LIMIT $3)",
            "SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ? ORDER BY `users`.`name` DESC, `users`.`age` + ?, `users`.`id` ASC LIMIT ?");
}

TEST_CASE("insert rows(range): one (?, ?) per row", "[sql][dynamic]") {
  std::vector<std::tuple<std::string, std::optional<int>>> rows{{"a", 1}, {"b", std::nullopt}};
  check_sql(sq::insert_into(users).columns(users.name, users.age).rows(rows),
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?))",
            R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2), ($3, $4) RETURNING "id")",
            "INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?)");
  std::array<new_user, 3> structs{{{"a", 1}, {"b", 2}, {"c", {}}}};
  check_sql(sq::insert_into(users).columns(users.name, users.age).rows(structs),
            R"(INSERT INTO "users" ("name", "age") VALUES (?, ?), (?, ?), (?, ?))",
            R"(INSERT INTO "users" ("name", "age") VALUES ($1, $2), ($3, $4), ($5, $6) RETURNING "id")",
            "INSERT INTO `users` (`name`, `age`) VALUES (?, ?), (?, ?), (?, ?)");
  // Batches under the parameter limit: 32766 / 2 rows a statement on SQLite, 65535 / 2 elsewhere.
  std::vector<std::tuple<std::string, int>> many(40000, {"x", 1});
  auto stmt = sq::insert_into(users).columns(users.name, users.age).rows(many);
  auto sqlite_batches = stmt.batches(sq::dialect_id::sqlite);
  REQUIRE(sqlite_batches.size() == 3);
  CHECK(sq::to_sql<sq::sqlite>(sqlite_batches[0]) == sq::to_sql<sq::sqlite>(sqlite_batches[1]));
  CHECK(sq::to_sql<sq::sqlite>(sqlite_batches[2]).size() <
        sq::to_sql<sq::sqlite>(sqlite_batches[0]).size());
  CHECK(stmt.batches(sq::dialect_id::postgres).size() == 2);
  CHECK(stmt.batches(sq::dialect_id::mysql).size() == 2);
  std::vector<std::tuple<std::string, int>> empty;
  CHECK(sq::insert_into(users).columns(users.name, users.age).rows(empty).batches(sq::dialect_id::mysql).empty());
}

TEST_CASE("raw(): the text as written, values as parameters", "[sql][dynamic]") {
  auto q = sq::raw<std::int64_t, std::string>("SELECT id, name FROM users WHERE age > ?", 28);
  check_sql(q, "SELECT id, name FROM users WHERE age > ?", "SELECT id, name FROM users WHERE age > ?",
            "SELECT id, name FROM users WHERE age > ?");
  static_assert(sq::returns_rows<decltype(q)>);
  static_assert(!sq::returns_rows<decltype(sq::raw("DELETE FROM users"))>);
}

}  // namespace
}  // namespace sql_test
