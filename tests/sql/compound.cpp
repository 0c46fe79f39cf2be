// SPDX-License-Identifier: BSL-1.0
// Set operations: UNION, UNION ALL, INTERSECT, EXCEPT, with ORDER BY / LIMIT on the compound. Members
// render bare (SQLite allows no parentheses around them); a member that is sorted or limited, or a
// nested compound that would group differently, is wrapped as SELECT * FROM (...) AS "m".
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

constexpr auto young = sq::select(users.id, users.name).from(users).where(users.age < 30);
constexpr auto old = sq::select(users.id, users.name).from(users).where(users.age > 60);
constexpr auto writers = sq::select(posts.user_id, posts.title).from(posts).where(posts.score > 1.0);

constexpr auto u = sq::union_(young, old);
static_assert(sq::sql_of<sq::sqlite, decltype(u)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" < ? UNION SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(u)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" < $1 UNION SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(u)> ==
              R"sql(SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` < ? UNION SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` > ?)sql");
// The rows are the first select's: its columns, names and types.
static_assert(std::is_same_v<sq::item_of<sq::detail::front_or_void<sq::result_items_of<decltype(u)>>::type>,
                             decltype(users.id)>);
static_assert(sq::result_items_of<decltype(u)>::size == 2);

constexpr auto ua = sq::union_all(young, writers);
static_assert(sq::sql_of<sq::sqlite, decltype(ua)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" < ? UNION ALL SELECT "posts"."user_id", "posts"."title" FROM "posts" WHERE "posts"."score" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(ua)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" < $1 UNION ALL SELECT "posts"."user_id", "posts"."title" FROM "posts" WHERE "posts"."score" > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(ua)> ==
              R"sql(SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` < ? UNION ALL SELECT `posts`.`user_id`, `posts`.`title` FROM `posts` WHERE `posts`.`score` > ?)sql");

constexpr auto both = sq::intersect(sq::select(users.id).from(users), sq::select(posts.user_id).from(posts));
static_assert(sq::sql_of<sq::sqlite, decltype(both)> ==
              R"sql(SELECT "users"."id" FROM "users" INTERSECT SELECT "posts"."user_id" FROM "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(both)> ==
              R"sql(SELECT "users"."id" FROM "users" INTERSECT SELECT "posts"."user_id" FROM "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(both)> ==
              R"sql(SELECT `users`.`id` FROM `users` INTERSECT SELECT `posts`.`user_id` FROM `posts`)sql");

constexpr auto only = sq::except_(sq::select(users.id).from(users), sq::select(posts.user_id).from(posts));
static_assert(sq::sql_of<sq::sqlite, decltype(only)> ==
              R"sql(SELECT "users"."id" FROM "users" EXCEPT SELECT "posts"."user_id" FROM "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(only)> ==
              R"sql(SELECT "users"."id" FROM "users" EXCEPT SELECT "posts"."user_id" FROM "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(only)> ==
              R"sql(SELECT `users`.`id` FROM `users` EXCEPT SELECT `posts`.`user_id` FROM `posts`)sql");

// --- ORDER BY / LIMIT / OFFSET on the compound: keys by position in the first select ---------------
constexpr auto sorted = sq::union_(young, old).order_by(users.name.desc(), users.id).limit(5).offset(1);
static_assert(sq::sql_of<sq::sqlite, decltype(sorted)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" < ? UNION SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ? ORDER BY 2 DESC, 1 LIMIT ? OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(sorted)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" < $1 UNION SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > $2 ORDER BY 2 DESC, 1 LIMIT $3 OFFSET $4)sql");
static_assert(sq::sql_of<sq::mysql, decltype(sorted)> ==
              R"sql(SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` < ? UNION SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` > ? ORDER BY 2 DESC, 1 LIMIT ? OFFSET ?)sql");
constexpr auto skipped = sq::union_(young, old).offset(2);
static_assert(sq::sql_of<sq::sqlite, decltype(skipped)>.ends_with(R"sql(> ? LIMIT -1 OFFSET ?)sql"));
static_assert(sq::sql_of<sq::postgres, decltype(skipped)>.ends_with(R"sql(> $2 OFFSET $3)sql"));

// --- members that need wrapping ----------------------------------------------------------------------------
// A sorted, limited member: SQLite allows neither inside a compound, so it becomes a derived table.
constexpr auto top = sq::union_all(sq::select(users.name).from(users).order_by(users.age.desc()).limit(2),
                                   sq::select(posts.title).from(posts));
static_assert(sq::sql_of<sq::sqlite, decltype(top)> ==
              R"sql(SELECT * FROM (SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC LIMIT ?) AS "m" UNION ALL SELECT "posts"."title" FROM "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(top)> ==
              R"sql(SELECT * FROM (SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC LIMIT $1) AS "m" UNION ALL SELECT "posts"."title" FROM "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(top)> ==
              R"sql(SELECT * FROM (SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` DESC LIMIT ?) AS `m` UNION ALL SELECT `posts`.`title` FROM `posts`)sql");

constexpr auto a = sq::select(users.id).from(users).where(users.age < 20);
constexpr auto b = sq::select(users.id).from(users).where(users.age > 30);
constexpr auto c = sq::select(posts.user_id).from(posts);
// Left-nested, same level: bare, read left to right everywhere.
constexpr auto chain = sq::except_(sq::union_(a, b), c);
static_assert(sq::sql_of<sq::sqlite, decltype(chain)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < ? UNION SELECT "users"."id" FROM "users" WHERE "users"."age" > ? EXCEPT SELECT "posts"."user_id" FROM "posts")sql");
// INTERSECT on the left of UNION: bare, since it binds tighter and comes first anyway.
constexpr auto tight_left = sq::union_(sq::intersect(a, c), b);
static_assert(sq::sql_of<sq::postgres, decltype(tight_left)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < $1 INTERSECT SELECT "posts"."user_id" FROM "posts" UNION SELECT "users"."id" FROM "users" WHERE "users"."age" > $2)sql");
// UNION on the left of INTERSECT, or any compound on the right: wrapped, so that SQLite (left to right)
// and PostgreSQL/MySQL (INTERSECT first) read the same thing.
constexpr auto loose_left = sq::intersect(sq::union_(a, b), c);
static_assert(sq::sql_of<sq::sqlite, decltype(loose_left)> ==
              R"sql(SELECT * FROM (SELECT "users"."id" FROM "users" WHERE "users"."age" < ? UNION SELECT "users"."id" FROM "users" WHERE "users"."age" > ?) AS "m" INTERSECT SELECT "posts"."user_id" FROM "posts")sql");
constexpr auto right = sq::except_(c, sq::union_(a, b));
static_assert(sq::sql_of<sq::postgres, decltype(right)> ==
              R"sql(SELECT "posts"."user_id" FROM "posts" EXCEPT SELECT * FROM (SELECT "users"."id" FROM "users" WHERE "users"."age" < $1 UNION SELECT "users"."id" FROM "users" WHERE "users"."age" > $2) AS "m")sql");
static_assert(sq::sql_of<sq::mysql, decltype(right)> ==
              R"sql(SELECT `posts`.`user_id` FROM `posts` EXCEPT SELECT * FROM (SELECT `users`.`id` FROM `users` WHERE `users`.`age` < ? UNION SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ?) AS `m`)sql");

// A compound as a subquery.
constexpr auto in_either = sq::select(users.name).from(users).where(users.id.in(sq::union_(c, a)));
static_assert(sq::sql_of<sq::postgres, decltype(in_either)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."id" IN (SELECT "posts"."user_id" FROM "posts" UNION SELECT "users"."id" FROM "users" WHERE "users"."age" < $1))sql");

// --- row types --------------------------------------------------------------------------------------------
// A column NOT NULL in the first select but nullable in the second becomes nullable.
constexpr auto mixed = sq::union_(sq::select(posts.id).from(posts), sq::select(users.age).from(users));
static_assert(std::is_same_v<sq::value_of<sq::detail::front_or_void<decltype(mixed)::result_items>::type>,
                             std::optional<std::int64_t>>);
// Nullable first: kept as it is.
constexpr auto kept = sq::union_(sq::select(users.age).from(users), sq::select(posts.id).from(posts));
static_assert(std::is_same_v<sq::value_of<sq::detail::front_or_void<decltype(kept)::result_items>::type>,
                             std::optional<int>>);
// NOT NULL in both: NOT NULL.
static_assert(std::is_same_v<sq::value_of<sq::detail::front_or_void<decltype(both)::result_items>::type>,
                             std::int64_t>);

TEST_CASE("compound SQL at run time", "[sql][compound]") {
  CHECK(sq::to_sql<sq::sqlite>(sorted) == sq::sql_of<sq::sqlite, decltype(sorted)>);
}

}  // namespace
}  // namespace sql_test
