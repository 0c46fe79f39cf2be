// SPDX-License-Identifier: BSL-1.0
// UPDATE ... SET ... WHERE: values and expressions, where(sq::all_rows), per dialect.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- set() with values; the column is unqualified in SET, qualified where it is read -----------------
constexpr auto one_column = sq::update(users).set(users.age = 31).where(users.name == "Alice");
static_assert(sq::sql_of<sq::sqlite, decltype(one_column)> ==
              R"sql(UPDATE "users" SET "age" = ? WHERE "users"."name" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(one_column)> ==
              R"sql(UPDATE "users" SET "age" = $1 WHERE "users"."name" = $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(one_column)> ==
              R"sql(UPDATE `users` SET `age` = ? WHERE `users`.`name` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(one_column)> == 2);
constexpr auto two_columns = sq::update(users).set(users.name = "Bob", users.age = 25).where(users.id == 1);
static_assert(sq::sql_of<sq::sqlite, decltype(two_columns)> ==
              R"sql(UPDATE "users" SET "name" = ?, "age" = ? WHERE "users"."id" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(two_columns)> ==
              R"sql(UPDATE "users" SET "name" = $1, "age" = $2 WHERE "users"."id" = $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(two_columns)> ==
              R"sql(UPDATE `users` SET `name` = ?, `age` = ? WHERE `users`.`id` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(two_columns)> == 3);
constexpr auto set_null = sq::update(users).set(users.age = std::nullopt).where(users.id == 1);
static_assert(sq::sql_of<sq::sqlite, decltype(set_null)> ==
              R"sql(UPDATE "users" SET "age" = ? WHERE "users"."id" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(set_null)> ==
              R"sql(UPDATE "users" SET "age" = $1 WHERE "users"."id" = $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(set_null)> ==
              R"sql(UPDATE `users` SET `age` = ? WHERE `users`.`id` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(set_null)> == 2);

// --- set() with expressions of the row's own columns ---------------------------------------------------
constexpr auto increment = sq::update(users).set(users.age = users.age + 1).where(users.name == "Alice");
static_assert(sq::sql_of<sq::sqlite, decltype(increment)> ==
              R"sql(UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."name" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(increment)> ==
              R"sql(UPDATE "users" SET "age" = "users"."age" + $1 WHERE "users"."name" = $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(increment)> ==
              R"sql(UPDATE `users` SET `age` = `users`.`age` + ? WHERE `users`.`name` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(increment)> == 2);
constexpr auto arithmetic = sq::update(users).set(users.age = (users.age + 1) * 2 - users.age % 3).where(users.age.is_not_null());
static_assert(sq::sql_of<sq::sqlite, decltype(arithmetic)> ==
              R"sql(UPDATE "users" SET "age" = ("users"."age" + ?) * ? - "users"."age" % ? WHERE "users"."age" IS NOT NULL)sql");
static_assert(sq::sql_of<sq::postgres, decltype(arithmetic)> ==
              R"sql(UPDATE "users" SET "age" = ("users"."age" + $1) * $2 - "users"."age" % $3 WHERE "users"."age" IS NOT NULL)sql");
static_assert(sq::sql_of<sq::mysql, decltype(arithmetic)> ==
              R"sql(UPDATE `users` SET `age` = (`users`.`age` + ?) * ? - `users`.`age` % ? WHERE `users`.`age` IS NOT NULL)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(arithmetic)> == 3);
constexpr auto from_column = sq::update(posts).set(posts.score = posts.score / 2, posts.published = !posts.published).where(posts.user_id == 7);
static_assert(sq::sql_of<sq::sqlite, decltype(from_column)> ==
              R"sql(UPDATE "posts" SET "score" = "posts"."score" / ?, "published" = NOT "posts"."published" WHERE "posts"."user_id" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(from_column)> ==
              R"sql(UPDATE "posts" SET "score" = "posts"."score" / $1, "published" = NOT "posts"."published" WHERE "posts"."user_id" = $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(from_column)> ==
              R"sql(UPDATE `posts` SET `score` = `posts`.`score` / ?, `published` = NOT `posts`.`published` WHERE `posts`.`user_id` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(from_column)> == 2);
constexpr auto copy_column = sq::update(users).set(users.age = users.id).where(users.age.is_null());
static_assert(sq::sql_of<sq::sqlite, decltype(copy_column)> ==
              R"sql(UPDATE "users" SET "age" = "users"."id" WHERE "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::postgres, decltype(copy_column)> ==
              R"sql(UPDATE "users" SET "age" = "users"."id" WHERE "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::mysql, decltype(copy_column)> ==
              R"sql(UPDATE `users` SET `age` = `users`.`id` WHERE `users`.`age` IS NULL)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(copy_column)> == 0);

// --- where(sq::all_rows): every row, said out loud ------------------------------------------------------
constexpr auto all_rows = sq::update(users).set(users.age = 0).where(sq::all_rows);
static_assert(sq::sql_of<sq::sqlite, decltype(all_rows)> ==
              R"sql(UPDATE "users" SET "age" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(all_rows)> ==
              R"sql(UPDATE "users" SET "age" = $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(all_rows)> == R"sql(UPDATE `users` SET `age` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(all_rows)> == 1);

// --- where() before set() renders the same ----------------------------------------------------------------
constexpr auto where_first = sq::update(users).where(users.name == "Alice").set(users.age = users.age + 1);
static_assert(sq::sql_of<sq::sqlite, decltype(where_first)> ==
              R"sql(UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."name" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(where_first)> ==
              R"sql(UPDATE "users" SET "age" = "users"."age" + $1 WHERE "users"."name" = $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(where_first)> ==
              R"sql(UPDATE `users` SET `age` = `users`.`age` + ? WHERE `users`.`name` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(where_first)> == 2);


// --- set() once, where() once -------------------------------------------------------------------------
template <class S>
concept has_set = requires(S s) { s.set(users.age = 1); };
template <class S>
concept has_where = requires(S s) { s.where(sq::all_rows); };
static_assert(has_set<decltype(sq::update(users))> && has_where<decltype(sq::update(users))>);
static_assert(!has_set<decltype(sq::update(users).set(users.age = 1))>);  // assign all in one set()
static_assert(!has_set<decltype(one_column)> && !has_where<decltype(one_column)>);
template <class T>
concept updatable = requires(T const& t) { sq::update(t); };
static_assert(updatable<users_t> && !updatable<int>);

// --- an update without where() or set() is incomplete: to_sql() and execution refuse it (see
// tests/compile_fail/update_without_where.cpp), and the statement says so ----------------------------
static_assert(sq::misses_where<decltype(sq::update(users).set(users.age = 1))>);
static_assert(!sq::misses_where<decltype(all_rows)>);
static_assert(sq::misses_set<decltype(sq::update(users).where(sq::all_rows))>);
static_assert(!sq::misses_set<decltype(one_column)>);

}  // namespace

TEST_CASE("update renders at run time as at compile time", "[sql][update]") {
  CHECK(sq::to_sql<sq::sqlite>(increment) ==
        R"sql(UPDATE "users" SET "age" = "users"."age" + ? WHERE "users"."name" = ?)sql");
  CHECK(sq::to_sql<sq::postgres>(two_columns) ==
        R"sql(UPDATE "users" SET "name" = $1, "age" = $2 WHERE "users"."id" = $3)sql");
  CHECK(sq::to_sql<sq::mysql>(all_rows) == "UPDATE `users` SET `age` = ?");
}

TEST_CASE("update binds set() values before where() values, whatever the order of the calls",
          "[sql][update]") {
  CHECK(bound_values(one_column) == "31, 'Alice'");
  CHECK(bound_values(set_null) == "NULL, 1");
  CHECK(bound_values(arithmetic) == "1, 2, 3");
  CHECK(bound_values(where_first) == "1, 'Alice'");
  CHECK(bound_values(copy_column).empty());
}

}  // namespace sql_test
