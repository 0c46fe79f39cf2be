// SPDX-License-Identifier: BSL-1.0
// ORDER BY: bare keys, asc(), desc(), several keys, expressions, per dialect.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- a bare key keeps the database's default order (ascending); asc() and desc() say it --------------
constexpr auto bare = sq::select(users.name).from(users).order_by(users.name);
static_assert(sq::sql_of<sq::sqlite, decltype(bare)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(bare)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(bare)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`name`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(bare)> == 0);
constexpr auto asc = sq::select(users.name).from(users).order_by(users.name.asc());
static_assert(sq::sql_of<sq::sqlite, decltype(asc)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name" ASC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(asc)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name" ASC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(asc)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`name` ASC)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(asc)> == 0);
constexpr auto desc = sq::select(users.name).from(users).order_by(users.age.desc());
static_assert(sq::sql_of<sq::sqlite, decltype(desc)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(desc)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(desc)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` DESC)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(desc)> == 0);

// --- several keys, in the order given, each with its own direction -------------------------------------
constexpr auto two_keys = sq::select(users.name).from(users).order_by(users.age.desc(), users.name.asc());
static_assert(sq::sql_of<sq::sqlite, decltype(two_keys)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC, "users"."name" ASC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(two_keys)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC, "users"."name" ASC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(two_keys)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` DESC, `users`.`name` ASC)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(two_keys)> == 0);
constexpr auto three_keys = sq::select(users.name).from(users).order_by(users.age, users.name.desc(), users.id.asc());
static_assert(sq::sql_of<sq::sqlite, decltype(three_keys)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age", "users"."name" DESC, "users"."id" ASC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(three_keys)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age", "users"."name" DESC, "users"."id" ASC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(three_keys)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age`, `users`.`name` DESC, `users`.`id` ASC)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(three_keys)> == 0);

// --- expressions as keys: their values are parameters too ------------------------------------------------
constexpr auto expression_key = sq::select(users.name).from(users).order_by((users.age + 1).desc());
static_assert(sq::sql_of<sq::sqlite, decltype(expression_key)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" + ? DESC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(expression_key)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" + $1 DESC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(expression_key)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` + ? DESC)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(expression_key)> == 1);
constexpr auto condition_key = sq::select(users.name).from(users).order_by(users.age.is_null(), users.age);
static_assert(sq::sql_of<sq::sqlite, decltype(condition_key)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" IS NULL, "users"."age")sql");
static_assert(sq::sql_of<sq::postgres, decltype(condition_key)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" IS NULL, "users"."age")sql");
static_assert(sq::sql_of<sq::mysql, decltype(condition_key)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` IS NULL, `users`.`age`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(condition_key)> == 0);
constexpr auto computed_key = sq::select(users.name).from(users).order_by(users.age % 10);
static_assert(sq::sql_of<sq::sqlite, decltype(computed_key)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" % ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(computed_key)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" % $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(computed_key)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`age` % ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(computed_key)> == 1);

// --- a key from another table in FROM, one not selected ---------------------------------------------------
constexpr auto other_table = sq::select(users.name).from(users, posts).order_by(posts.title.desc(), users.name);
static_assert(sq::sql_of<sq::sqlite, decltype(other_table)> ==
              R"sql(SELECT "users"."name" FROM "users", "posts" ORDER BY "posts"."title" DESC, "users"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(other_table)> ==
              R"sql(SELECT "users"."name" FROM "users", "posts" ORDER BY "posts"."title" DESC, "users"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(other_table)> ==
              R"sql(SELECT `users`.`name` FROM `users`, `posts` ORDER BY `posts`.`title` DESC, `users`.`name`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(other_table)> == 0);

// --- with where() and limit() around it ----------------------------------------------------------------
constexpr auto with_where_limit = sq::select(users.name).from(users).where(users.age > 18).order_by(users.name).limit(3);
static_assert(sq::sql_of<sq::sqlite, decltype(with_where_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" > ? ORDER BY "users"."name" LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(with_where_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" > $1 ORDER BY "users"."name" LIMIT $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(with_where_limit)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`age` > ? ORDER BY `users`.`name` LIMIT ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(with_where_limit)> == 2);


// --- sort keys are not expressions: they only go into order_by() ----------------------------------------
static_assert(sq::is_order_item<decltype(users.name.asc())>);
static_assert(!sq::expression<decltype(users.name.asc())>);
template <class E>
concept sortable = requires(E e) { e.asc(); e.desc(); };
static_assert(sortable<decltype(users.name)> && sortable<decltype(users.age + 1)>);
static_assert(!sortable<decltype(users.name.asc())>);  // no users.name.asc().desc()
template <class E>
concept comparable_with_int = requires(E e) { e == 1; };
static_assert(!comparable_with_int<decltype(users.age.desc())>);

// --- order_by() once --------------------------------------------------------------------------------------
template <class S>
concept has_order_by = requires(S s) { s.order_by(users.id); };
static_assert(has_order_by<decltype(sq::select(users.id).from(users))>);
static_assert(!has_order_by<decltype(bare)>);  // give every key in one call

}  // namespace

TEST_CASE("order_by() renders at run time as at compile time", "[sql][order_by]") {
  CHECK(sq::to_sql<sq::sqlite>(two_keys) ==
        R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" DESC, "users"."name" ASC)sql");
  CHECK(sq::to_sql<sq::postgres>(expression_key) ==
        R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."age" + $1 DESC)sql");
  CHECK(sq::to_sql<sq::mysql>(bare) == "SELECT `users`.`name` FROM `users` ORDER BY `users`.`name`");
}

TEST_CASE("order_by() binds the values of its keys after those of where()", "[sql][order_by]") {
  CHECK(bound_values(expression_key) == "1");
  CHECK(bound_values(computed_key) == "10");
  CHECK(bound_values(with_where_limit) == "18, 3");
}

}  // namespace sql_test
