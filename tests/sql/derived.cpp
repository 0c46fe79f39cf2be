// SPDX-License-Identifier: BSL-1.0
// Derived tables: q.as<"t">() in FROM (or a join), rendered (SELECT ...) AS "t", its columns typed
// as the query reads them; its parameters bind where FROM renders it.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

constexpr auto counts =
    sq::select(posts.user_id, sq::count().as<"n">()).from(posts).where(posts.score > 1.0).group_by(posts.user_id).as<"c">();
constexpr auto q = sq::select(counts[posts.user_id], counts.column<"n">())
                       .from(counts)
                       .where(counts.column<"n">() >= 2)
                       .order_by(counts[posts.user_id])
                       .limit(10);
static_assert(sq::sql_of<sq::sqlite, decltype(q)> ==
              R"sql(SELECT "c"."user_id", "c"."n" FROM (SELECT "posts"."user_id", COUNT(*) AS "n" FROM "posts" WHERE "posts"."score" > ? GROUP BY "posts"."user_id") AS "c" WHERE "c"."n" >= ? ORDER BY "c"."user_id" LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(q)> ==
              R"sql(SELECT "c"."user_id", "c"."n" FROM (SELECT "posts"."user_id", COUNT(*) AS "n" FROM "posts" WHERE "posts"."score" > $1 GROUP BY "posts"."user_id") AS "c" WHERE "c"."n" >= $2 ORDER BY "c"."user_id" LIMIT $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(q)> ==
              R"sql(SELECT `c`.`user_id`, `c`.`n` FROM (SELECT `posts`.`user_id`, COUNT(*) AS `n` FROM `posts` WHERE `posts`.`score` > ? GROUP BY `posts`.`user_id`) AS `c` WHERE `c`.`n` >= ? ORDER BY `c`.`user_id` LIMIT ?)sql");
static_assert(std::is_same_v<sq::value_of<decltype(counts[posts.user_id])>, std::int64_t>);

// Joined with a table: the condition is given with on() (no foreign key links a derived table).
constexpr auto joined = sq::select(users.name, counts.column<"n">())
                            .from(users)
                            .join(counts)
                            .on(counts[posts.user_id] == users.id)
                            .where(users.age > 20);
static_assert(sq::sql_of<sq::postgres, decltype(joined)> ==
              R"sql(SELECT "users"."name", "c"."n" FROM "users" JOIN (SELECT "posts"."user_id", COUNT(*) AS "n" FROM "posts" WHERE "posts"."score" > $1 GROUP BY "posts"."user_id") AS "c" ON "c"."user_id" = "users"."id" WHERE "users"."age" > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(joined)> ==
              R"sql(SELECT `users`.`name`, `c`.`n` FROM `users` JOIN (SELECT `posts`.`user_id`, COUNT(*) AS `n` FROM `posts` WHERE `posts`.`score` > ? GROUP BY `posts`.`user_id`) AS `c` ON `c`.`user_id` = `users`.`id` WHERE `users`.`age` > ?)sql");

// A union as a derived table.
constexpr auto both = sq::union_(sq::select(users.id).from(users), sq::select(posts.user_id).from(posts)).as<"ids">();
constexpr auto from_union = sq::select(sq::count()).from(both).where(both[users.id] > 3);
static_assert(sq::sql_of<sq::sqlite, decltype(from_union)> ==
              R"sql(SELECT COUNT(*) FROM (SELECT "users"."id" FROM "users" UNION SELECT "posts"."user_id" FROM "posts") AS "ids" WHERE "ids"."id" > ?)sql");

// A write whose subquery reads its target through a derived table is refused on MySQL too.
constexpr auto inner = sq::select(users.id).from(users).where(users.age > 60).as<"old">();
constexpr auto purge = sq::delete_from(users).where(users.id.in(sq::select(inner[users.id]).from(inner)));
static_assert(sq::sql_of<sq::sqlite, decltype(purge)> ==
              R"sql(DELETE FROM "users" WHERE "users"."id" IN (SELECT "old"."id" FROM (SELECT "users"."id" FROM "users" WHERE "users"."age" > ?) AS "old"))sql");
static_assert(!sq::statement_ok<decltype(purge), true, false>);

TEST_CASE("derived table SQL at run time", "[sql][derived]") {
  CHECK(sq::to_sql<sq::postgres>(q) == sq::sql_of<sq::postgres, decltype(q)>);
}

}  // namespace
}  // namespace sql_test
