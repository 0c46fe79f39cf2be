// SPDX-License-Identifier: BSL-1.0
// WITH and WITH RECURSIVE: a CTE is named by a table type declaring its columns, so the statement reads
// it through ordinary typed columns, and a recursive CTE's query reads the CTE itself.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// The shapes of the CTEs: declared like tables, never created.
struct adults_t : sq::table<adults_t, "adults"> {
  column<"id", std::int64_t> id;
  column<"name", std::string> name;
};
inline constexpr adults_t adults{};

struct counter_t : sq::table<counter_t, "counter"> {
  column<"n", std::int64_t> n;
};
inline constexpr counter_t counter{};

constexpr auto adult_query = sq::select(users.id, users.name).from(users).where(users.age >= 18);
constexpr auto q = sq::with(sq::cte(adults, adult_query))
                       .select(adults.name)
                       .from(adults)
                       .where(adults.id > 2)
                       .order_by(adults.name);
static_assert(sq::sql_of<sq::sqlite, decltype(q)> ==
              R"sql(WITH "adults"("id", "name") AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= ?) SELECT "adults"."name" FROM "adults" WHERE "adults"."id" > ? ORDER BY "adults"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(q)> ==
              R"sql(WITH "adults"("id", "name") AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= $1) SELECT "adults"."name" FROM "adults" WHERE "adults"."id" > $2 ORDER BY "adults"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(q)> ==
              R"sql(WITH `adults`(`id`, `name`) AS (SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` >= ?) SELECT `adults`.`name` FROM `adults` WHERE `adults`.`id` > ? ORDER BY `adults`.`name`)sql");

// Counting 1..n: the start row, then the CTE read by its own query.
constexpr auto counting =
    sq::with_recursive(sq::cte(counter, sq::union_all(sq::select(sq::as_operand(std::int64_t{1})),
                                                      sq::select(counter.n + 1).from(counter).where(counter.n < 5))))
        .select(counter.n)
        .from(counter);
static_assert(sq::sql_of<sq::sqlite, decltype(counting)> ==
              R"sql(WITH RECURSIVE "counter"("n") AS (SELECT ? UNION ALL SELECT "counter"."n" + ? FROM "counter" WHERE "counter"."n" < ?) SELECT "counter"."n" FROM "counter")sql");
static_assert(sq::sql_of<sq::postgres, decltype(counting)> ==
              R"sql(WITH RECURSIVE "counter"("n") AS (SELECT $1 UNION ALL SELECT "counter"."n" + $2 FROM "counter" WHERE "counter"."n" < $3) SELECT "counter"."n" FROM "counter")sql");
static_assert(sq::sql_of<sq::mysql, decltype(counting)> ==
              R"sql(WITH RECURSIVE `counter`(`n`) AS (SELECT ? UNION ALL SELECT `counter`.`n` + ? FROM `counter` WHERE `counter`.`n` < ?) SELECT `counter`.`n` FROM `counter`)sql");

// Two CTEs, the second reading the first; a CTE select used as a subquery.
struct older_t : sq::table<older_t, "older"> {
  column<"id", std::int64_t> id;
};
inline constexpr older_t older{};
constexpr auto two = sq::with(sq::cte(adults, adult_query),
                              sq::cte(older, sq::select(adults.id).from(adults).where(adults.id > 3)))
                         .select(users.name)
                         .from(users)
                         .where(users.id.in(sq::select(older.id).from(older)));
static_assert(sq::sql_of<sq::postgres, decltype(two)> ==
              R"sql(WITH "adults"("id", "name") AS (SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" >= $1), "older"("id") AS (SELECT "adults"."id" FROM "adults" WHERE "adults"."id" > $2) SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "older"."id" FROM "older"))sql");

TEST_CASE("cte SQL at run time", "[sql][cte]") {
  CHECK(sq::to_sql<sq::mysql>(counting) == sq::sql_of<sq::mysql, decltype(counting)>);
}

}  // namespace
}  // namespace sql_test

namespace sql_test {
namespace {
// --- a CTE named by a string: its columns are those the query selected --------------------------------
constexpr auto recent = sq::cte<"recent">(
    sq::select(users.id, users.name, sq::count().as<"posts">()).from(users).join(posts).group_by(users.id, users.name));
constexpr auto busy = sq::with(recent)
                          .select(recent[users.name], recent.column<"posts">())
                          .from(recent)
                          .where(recent.column<"posts">() > 1)
                          .order_by(recent[users.name]);
static_assert(sq::sql_of<sq::sqlite, decltype(busy)> ==
              R"sql(WITH "recent" AS (SELECT "users"."id", "users"."name", COUNT(*) AS "posts" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."id", "users"."name") SELECT "recent"."name", "recent"."posts" FROM "recent" WHERE "recent"."posts" > ? ORDER BY "recent"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(busy)> ==
              R"sql(WITH "recent" AS (SELECT "users"."id", "users"."name", COUNT(*) AS "posts" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."id", "users"."name") SELECT "recent"."name", "recent"."posts" FROM "recent" WHERE "recent"."posts" > $1 ORDER BY "recent"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(busy)> ==
              R"sql(WITH `recent` AS (SELECT `users`.`id`, `users`.`name`, COUNT(*) AS `posts` FROM `users` JOIN `posts` ON `posts`.`user_id` = `users`.`id` GROUP BY `users`.`id`, `users`.`name`) SELECT `recent`.`name`, `recent`.`posts` FROM `recent` WHERE `recent`.`posts` > ? ORDER BY `recent`.`name`)sql");
// Typed as the query reads them.
static_assert(std::is_same_v<sq::value_of<decltype(recent[users.name])>, std::string>);
static_assert(std::is_same_v<sq::value_of<decltype(recent.column<"posts">())>, std::int64_t>);
static_assert(std::is_same_v<sq::value_of<decltype(recent[users.id])>, std::int64_t>);

// Parameters: the CTE's first, then the statement's.
constexpr auto named = sq::with(sq::cte<"grown">(sq::select(users.id, users.age).from(users).where(users.age > 17)))
                           .select(users.name)
                           .from(users)
                           .where(users.name != "x" && users.id.in(sq::select(users.id).from(users)));
static_assert(sq::sql_of<sq::postgres, decltype(named)> ==
              R"sql(WITH "grown" AS (SELECT "users"."id", "users"."age" FROM "users" WHERE "users"."age" > $1) SELECT "users"."name" FROM "users" WHERE "users"."name" <> $2 AND "users"."id" IN (SELECT "users"."id" FROM "users"))sql");
}  // namespace
}  // namespace sql_test
