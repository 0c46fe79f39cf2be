// SPDX-License-Identifier: BSL-1.0
// INSERT ... SELECT: insert_into(t).columns(...).select(query).
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

constexpr auto copy = sq::insert_into(users)
                          .columns(users.name, users.age)
                          .select(sq::select(users.name, users.age).from(users).where(users.age > 30));
static_assert(sq::sql_of<sq::sqlite, decltype(copy)> ==
              R"sql(INSERT INTO "users" ("name", "age") SELECT "users"."name", "users"."age" FROM "users" WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(copy)> ==
              R"sql(INSERT INTO "users" ("name", "age") SELECT "users"."name", "users"."age" FROM "users" WHERE "users"."age" > $1 RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(copy)> ==
              "INSERT INTO `users` (`name`, `age`) SELECT `users`.`name`, `users`.`age` FROM `users` WHERE `users`.`age` > ?");

// Expressions and values in the select list; its parameters bind in order, ORDER BY and LIMIT too.
constexpr auto derived = sq::insert_into(posts)
                             .columns(posts.user_id, posts.title, posts.score)
                             .select(sq::select(users.id, sq::concat("Hello, ", users.name), users.id * 1.5)
                                         .from(users)
                                         .where(users.name.like("A%"))
                                         .order_by(users.id.asc())
                                         .limit(2));
static_assert(sq::sql_of<sq::sqlite, decltype(derived)> ==
              R"sql(INSERT INTO "posts" ("user_id", "title", "score") SELECT "users"."id", (? || "users"."name"), "users"."id" * ? FROM "users" WHERE "users"."name" LIKE ? ORDER BY "users"."id" ASC LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(derived)> ==
              R"sql(INSERT INTO "posts" ("user_id", "title", "score") SELECT "users"."id", ($1 || "users"."name"), "users"."id" * $2 FROM "users" WHERE "users"."name" LIKE $3 ORDER BY "users"."id" ASC LIMIT $4 RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(derived)> ==
              "INSERT INTO `posts` (`user_id`, `title`, `score`) SELECT `users`.`id`, CONCAT(?, `users`.`name`), `users`.`id` * ? FROM `users` WHERE `users`.`name` LIKE ? ORDER BY `users`.`id` ASC LIMIT ?");
static_assert(sq::parameter_count_of<sq::postgres, decltype(derived)> == 4);

// A nullable column takes a nullable value; all_of() expands in declaration order.
constexpr auto whole = sq::insert_into(users).columns(users.id, users.name, users.age).select(sq::select(sq::all_of(users)).from(users));
static_assert(sq::sql_of<sq::mysql, decltype(whole)> ==
              "INSERT INTO `users` (`id`, `name`, `age`) SELECT `users`.`id`, `users`.`name`, `users`.`age` FROM `users`");

// A grouped query: one row per group.
constexpr auto grouped = sq::insert_into(users).columns(users.name, users.age).select(
    sq::select(posts.title, sq::count()).from(posts).group_by(posts.title));
static_assert(sq::sql_of<sq::sqlite, decltype(grouped)> ==
              R"sql(INSERT INTO "users" ("name", "age") SELECT "posts"."title", COUNT(*) FROM "posts" GROUP BY "posts"."title")sql");

TEST_CASE("insert ... select binds the query's values in order", "[sql][insert_select]") {
  CHECK(bound_values(copy) == "30");
  CHECK(bound_values(derived) == "'Hello, ', 1.500000, 'A%', 2");
  CHECK(sq::to_sql<sq::postgres>(copy) == sq::sql_of<sq::postgres, decltype(copy)>);
}

}  // namespace
}  // namespace sql_test
