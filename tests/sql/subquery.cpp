// SPDX-License-Identifier: BSL-1.0
// Subqueries as expressions: IN (SELECT ...), EXISTS, NOT EXISTS, scalar subqueries in the select list
// and in WHERE, correlated subqueries (correlate()), and UPDATE/DELETE with subquery conditions.
// A subquery's parameters number on from the outer statement's: $n runs on through it.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- x IN (SELECT column ...) ---------------------------------------------------------------------------
constexpr auto in_sub =
    sq::select(users.name).from(users).where(users.id.in(sq::select(posts.user_id).from(posts)));
static_assert(sq::sql_of<sq::sqlite, decltype(in_sub)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))sql");
static_assert(sq::sql_of<sq::postgres, decltype(in_sub)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts"))sql");
static_assert(sq::sql_of<sq::mysql, decltype(in_sub)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`id` IN (SELECT `posts`.`user_id` FROM `posts`))sql");
// The subquery reads no outer table: the condition reads only users.
static_assert(std::is_same_v<sq::tables_of<decltype(users.id.in(sq::select(posts.user_id).from(posts)))>,
                             sq::detail::type_list<users_t>>);
static_assert(std::is_same_v<sq::value_of<decltype(users.id.in(sq::select(posts.user_id).from(posts)))>, bool>);
// A nullable side makes IN nullable.
static_assert(std::is_same_v<sq::value_of<decltype(users.age.in(sq::select(users.age).from(users)))>,
                             std::optional<bool>>);

// Parameters before, inside and after the subquery number in render order.
constexpr auto numbered =
    sq::select(users.name)
        .from(users)
        .where(users.name != "x" &&
               users.id.in(sq::select(posts.user_id).from(posts).where(posts.score > 1.5)) &&
               users.age < 70)
        .limit(3);
static_assert(sq::sql_of<sq::sqlite, decltype(numbered)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."name" <> ? AND "users"."id" IN (SELECT "posts"."user_id" FROM "posts" WHERE "posts"."score" > ?) AND "users"."age" < ? LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(numbered)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."name" <> $1 AND "users"."id" IN (SELECT "posts"."user_id" FROM "posts" WHERE "posts"."score" > $2) AND "users"."age" < $3 LIMIT $4)sql");
static_assert(sq::sql_of<sq::mysql, decltype(numbered)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`name` <> ? AND `users`.`id` IN (SELECT `posts`.`user_id` FROM `posts` WHERE `posts`.`score` > ?) AND `users`.`age` < ? LIMIT ?)sql");
static_assert(sq::parameter_count_of<sq::postgres, decltype(numbered)> == 4);

// --- EXISTS / NOT EXISTS, correlated -----------------------------------------------------------------
constexpr auto authored = sq::select(posts.id).from(posts).correlate(users).where(posts.user_id == users.id);
constexpr auto with_posts = sq::select(users.name).from(users).where(sq::exists(authored));
static_assert(sq::sql_of<sq::sqlite, decltype(with_posts)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))sql");
static_assert(sq::sql_of<sq::postgres, decltype(with_posts)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))sql");
static_assert(sq::sql_of<sq::mysql, decltype(with_posts)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE EXISTS (SELECT `posts`.`id` FROM `posts` WHERE `posts`.`user_id` = `users`.`id`))sql");
// The correlated subquery's tables are the outer ones it reads: the outer where() checks them.
static_assert(std::is_same_v<sq::tables_of<decltype(sq::exists(authored))>, sq::detail::type_list<users_t>>);

constexpr auto without_posts = sq::select(users.name).from(users).where(sq::not_exists(authored));
static_assert(sq::sql_of<sq::sqlite, decltype(without_posts)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE NOT EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))sql");
static_assert(sq::sql_of<sq::postgres, decltype(without_posts)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE NOT EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id"))sql");
static_assert(sq::sql_of<sq::mysql, decltype(without_posts)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE NOT EXISTS (SELECT `posts`.`id` FROM `posts` WHERE `posts`.`user_id` = `users`.`id`))sql");
// !exists() says the same.
constexpr auto negated = sq::select(users.name).from(users).where(!sq::exists(authored));
static_assert(sq::sql_of<sq::sqlite, decltype(negated)> == sq::sql_of<sq::sqlite, decltype(without_posts)>);
static_assert(sq::sql_of<sq::postgres, decltype(negated)> == sq::sql_of<sq::postgres, decltype(without_posts)>);
static_assert(sq::sql_of<sq::mysql, decltype(negated)> == sq::sql_of<sq::mysql, decltype(without_posts)>);

// --- scalar subqueries ---------------------------------------------------------------------------------
constexpr auto post_count = sq::scalar(
    sq::select(sq::count()).from(posts).correlate(users).where(posts.user_id == users.id && posts.score > 2.0));
constexpr auto counts = sq::select(users.name, post_count).from(users).where(users.age > 20);
static_assert(sq::sql_of<sq::sqlite, decltype(counts)> ==
              R"sql(SELECT "users"."name", (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id" AND "posts"."score" > ?) FROM "users" WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(counts)> ==
              R"sql(SELECT "users"."name", (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id" AND "posts"."score" > $1) FROM "users" WHERE "users"."age" > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(counts)> ==
              R"sql(SELECT `users`.`name`, (SELECT COUNT(*) FROM `posts` WHERE `posts`.`user_id` = `users`.`id` AND `posts`.`score` > ?) FROM `users` WHERE `users`.`age` > ?)sql");
// COUNT(*) without LIMIT always yields one row: it stays non-null.
static_assert(std::is_same_v<sq::value_of<decltype(post_count)>, std::int64_t>);
// Any other scalar subquery may yield no row, read as NULL.
static_assert(std::is_same_v<sq::value_of<decltype(sq::scalar(sq::select(posts.title).from(posts)))>,
                             std::optional<std::string>>);
static_assert(std::is_same_v<sq::value_of<decltype(sq::scalar(sq::select(sq::count()).from(posts).limit(1)))>,
                             std::optional<std::int64_t>>);

// In WHERE, compared like any value; parameters number on.
constexpr auto busy = sq::select(users.name)
                          .from(users)
                          .where(users.name != "x" &&
                                 sq::scalar(sq::select(sq::count())
                                                .from(posts)
                                                .correlate(users)
                                                .where(posts.user_id == users.id)) >= 2);
static_assert(sq::sql_of<sq::sqlite, decltype(busy)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."name" <> ? AND (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id") >= ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(busy)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."name" <> $1 AND (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id") >= $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(busy)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`name` <> ? AND (SELECT COUNT(*) FROM `posts` WHERE `posts`.`user_id` = `users`.`id`) >= ?)sql");

// --- UPDATE / DELETE with subquery conditions ------------------------------------------------------------
constexpr auto purge = sq::delete_from(posts).where(
    posts.user_id.in(sq::select(users.id).from(users).where(users.age > 60)));
static_assert(sq::sql_of<sq::sqlite, decltype(purge)> ==
              R"sql(DELETE FROM "posts" WHERE "posts"."user_id" IN (SELECT "users"."id" FROM "users" WHERE "users"."age" > ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(purge)> ==
              R"sql(DELETE FROM "posts" WHERE "posts"."user_id" IN (SELECT "users"."id" FROM "users" WHERE "users"."age" > $1))sql");
static_assert(sq::sql_of<sq::mysql, decltype(purge)> ==
              R"sql(DELETE FROM `posts` WHERE `posts`.`user_id` IN (SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ?))sql");

constexpr auto rename = sq::update(users)
                            .set(users.name = "writer")
                            .where(sq::exists(sq::select(posts.id).from(posts).correlate(users).where(
                                posts.user_id == users.id && posts.score > 3.0)));
static_assert(sq::sql_of<sq::sqlite, decltype(rename)> ==
              R"sql(UPDATE "users" SET "name" = ? WHERE EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id" AND "posts"."score" > ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(rename)> ==
              R"sql(UPDATE "users" SET "name" = $1 WHERE EXISTS (SELECT "posts"."id" FROM "posts" WHERE "posts"."user_id" = "users"."id" AND "posts"."score" > $2))sql");
static_assert(sq::sql_of<sq::mysql, decltype(rename)> ==
              R"sql(UPDATE `users` SET `name` = ? WHERE EXISTS (SELECT `posts`.`id` FROM `posts` WHERE `posts`.`user_id` = `users`.`id` AND `posts`.`score` > ?))sql");

// A subquery value in SET, reading another table.
constexpr auto set_from = sq::update(users)
                              .set(users.age = sq::scalar(sq::select(sq::count()).from(posts).correlate(users).where(
                                       posts.user_id == users.id)))
                              .where(sq::all_rows);
static_assert(sq::sql_of<sq::postgres, decltype(set_from)> ==
              R"sql(UPDATE "users" SET "age" = (SELECT COUNT(*) FROM "posts" WHERE "posts"."user_id" = "users"."id"))sql");
static_assert(sq::sql_of<sq::mysql, decltype(set_from)> ==
              R"sql(UPDATE `users` SET `age` = (SELECT COUNT(*) FROM `posts` WHERE `posts`.`user_id` = `users`.`id`))sql");

// A write whose subquery reads its own target is refused on MySQL (error 1093), fine elsewhere.
constexpr auto self_read =
    sq::delete_from(users).where(users.id.in(sq::select(users.id).from(users).where(users.age > 60)));
static_assert(sq::sql_of<sq::sqlite, decltype(self_read)> ==
              R"sql(DELETE FROM "users" WHERE "users"."id" IN (SELECT "users"."id" FROM "users" WHERE "users"."age" > ?))sql");
static_assert(sq::statement_ok<decltype(self_read), false, true>);
static_assert(!sq::statement_ok<decltype(self_read), true, false>);
static_assert(sq::statement_ok<decltype(purge), true, true>);
static_assert(sq::statement_ok<decltype(rename), true, true>);  // correlated, not read in FROM
// A correlated select does not run alone.
static_assert(!sq::statement_ok<decltype(authored), false, false>);

TEST_CASE("subquery SQL at run time", "[sql][subquery]") {
  CHECK(sq::to_sql<sq::postgres>(numbered) == sq::sql_of<sq::postgres, decltype(numbered)>);
  CHECK(sq::to_sql<sq::mysql>(purge) == sq::sql_of<sq::mysql, decltype(purge)>);
}

}  // namespace
}  // namespace sql_test

namespace sql_test {
namespace {
// A table compared with itself: the inner one read through an alias, the outer one correlated.
constexpr auto u2 = sq::alias<"u2">(users);
constexpr auto oldest = sq::select(users.name).from(users).where(sq::not_exists(
    sq::select(u2[users.id]).from(u2).correlate(users).where(u2[users.age] > users.age)));
static_assert(sq::sql_of<sq::sqlite, decltype(oldest)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE NOT EXISTS (SELECT "u2"."id" FROM "users" AS "u2" WHERE "u2"."age" > "users"."age"))sql");
static_assert(sq::sql_of<sq::mysql, decltype(oldest)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE NOT EXISTS (SELECT `u2`.`id` FROM `users` AS `u2` WHERE `u2`.`age` > `users`.`age`))sql");
// Through an alias the subquery still reads the target: refused on MySQL.
constexpr auto purge_alias = sq::delete_from(users).where(
    users.id.in(sq::select(u2[users.id]).from(u2).where(u2[users.age] > 60)));
static_assert(!sq::statement_ok<decltype(purge_alias), true, false>);
static_assert(sq::statement_ok<decltype(purge_alias), false, true>);
}  // namespace
}  // namespace sql_test

namespace sql_test {
namespace {
// UPDATE ... SET from a subquery reading the target, and INSERT ... VALUES likewise: MySQL refuses
// both (error 1093); a subquery reading another table is fine.
constexpr auto set_max = sq::update(users)
                             .set(users.age = sq::scalar(sq::select(sq::max(u2[users.age])).from(u2)))
                             .where(users.age.is_null());
static_assert(sq::sql_of<sq::postgres, decltype(set_max)> ==
              R"sql(UPDATE "users" SET "age" = (SELECT MAX("u2"."age") FROM "users" AS "u2") WHERE "users"."age" IS NULL)sql");
static_assert(!sq::statement_ok<decltype(set_max), true, false>);
static_assert(sq::statement_ok<decltype(set_max), false, true>);
constexpr auto insert_count = sq::insert_into(users).values(
    users.name = "n", users.age = sq::scalar(sq::select(sq::count()).from(users)));
static_assert(!sq::statement_ok<decltype(insert_count), true, false>);
constexpr auto insert_other = sq::insert_into(users).values(
    users.name = "n", users.age = sq::scalar(sq::select(sq::count()).from(posts)));
static_assert(sq::sql_of<sq::mysql, decltype(insert_other)> ==
              R"sql(INSERT INTO `users` (`name`, `age`) VALUES (?, (SELECT COUNT(*) FROM `posts`)))sql");
static_assert(sq::statement_ok<decltype(insert_other), true, false>);
}  // namespace
}  // namespace sql_test

namespace sql_test {
namespace {
TEST_CASE("a subquery with a run-time condition: numbering runs on through it", "[sql][subquery]") {
  auto cond = sq::dynamic_where(posts);
  cond.add(posts.score > 2.0);
  cond.add(posts.title != "x");
  auto q = sq::select(users.name).from(users).where(
      users.name != "Zed" && users.id.in(sq::select(posts.user_id).from(posts).where(cond)) &&
      users.age > 20);
  CHECK(sq::to_sql<sq::postgres>(q) ==
        R"(SELECT "users"."name" FROM "users" WHERE "users"."name" <> $1 AND "users"."id" IN (SELECT "posts"."user_id" FROM "posts" WHERE "posts"."score" > $2 AND "posts"."title" <> $3) AND "users"."age" > $4)");
  CHECK(sq::to_sql<sq::mysql>(q) ==
        "SELECT `users`.`name` FROM `users` WHERE `users`.`name` <> ? AND `users`.`id` IN (SELECT `posts`.`user_id` FROM `posts` WHERE `posts`.`score` > ? AND `posts`.`title` <> ?) AND `users`.`age` > ?");
}
}  // namespace
}  // namespace sql_test
