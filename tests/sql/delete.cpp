// SPDX-License-Identifier: BSL-1.0
// DELETE FROM ... WHERE, and where(sq::all_rows), per dialect.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- delete_from(t).where(...) --------------------------------------------------------------------------
constexpr auto by_name = sq::delete_from(users).where(users.name == "Bob");
static_assert(sq::sql_of<sq::sqlite, decltype(by_name)> ==
              R"sql(DELETE FROM "users" WHERE "users"."name" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(by_name)> ==
              R"sql(DELETE FROM "users" WHERE "users"."name" = $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(by_name)> ==
              R"sql(DELETE FROM `users` WHERE `users`.`name` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(by_name)> == 1);
constexpr auto by_condition = sq::delete_from(users).where(users.age < 18 || users.age.is_null());
static_assert(sq::sql_of<sq::sqlite, decltype(by_condition)> ==
              R"sql(DELETE FROM "users" WHERE "users"."age" < ? OR "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::postgres, decltype(by_condition)> ==
              R"sql(DELETE FROM "users" WHERE "users"."age" < $1 OR "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::mysql, decltype(by_condition)> ==
              R"sql(DELETE FROM `users` WHERE `users`.`age` < ? OR `users`.`age` IS NULL)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(by_condition)> == 1);
constexpr auto by_key = sq::delete_from(memberships).where(memberships.user_id == 1 && memberships.group_id == 2);
static_assert(sq::sql_of<sq::sqlite, decltype(by_key)> ==
              R"sql(DELETE FROM "memberships" WHERE "memberships"."user_id" = ? AND "memberships"."group_id" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(by_key)> ==
              R"sql(DELETE FROM "memberships" WHERE "memberships"."user_id" = $1 AND "memberships"."group_id" = $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(by_key)> ==
              R"sql(DELETE FROM `memberships` WHERE `memberships`.`user_id` = ? AND `memberships`.`group_id` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(by_key)> == 2);
constexpr auto in_list = sq::delete_from(posts).where(posts.id.in(1, 2, 3));
static_assert(sq::sql_of<sq::sqlite, decltype(in_list)> ==
              R"sql(DELETE FROM "posts" WHERE "posts"."id" IN (?, ?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(in_list)> ==
              R"sql(DELETE FROM "posts" WHERE "posts"."id" IN ($1, $2, $3))sql");
static_assert(sq::sql_of<sq::mysql, decltype(in_list)> ==
              R"sql(DELETE FROM `posts` WHERE `posts`.`id` IN (?, ?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(in_list)> == 3);

// --- where(sq::all_rows): every row, said out loud ------------------------------------------------------
constexpr auto all_rows = sq::delete_from(posts).where(sq::all_rows);
static_assert(sq::sql_of<sq::sqlite, decltype(all_rows)> == R"sql(DELETE FROM "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(all_rows)> == R"sql(DELETE FROM "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(all_rows)> == R"sql(DELETE FROM `posts`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(all_rows)> == 0);


// --- where() once; nothing else -------------------------------------------------------------------------
template <class S>
concept has_where = requires(S s) { s.where(sq::all_rows); };
template <class S>
concept has_set = requires(S s) { s.set(users.age = 1); };
static_assert(has_where<decltype(sq::delete_from(users))> && !has_where<decltype(by_name)>);
static_assert(!has_set<decltype(sq::delete_from(users))>);
template <class T>
concept deletable = requires(T const& t) { sq::delete_from(t); };
static_assert(deletable<users_t> && !deletable<int> && !deletable<decltype(users.id)>);

// --- a delete without where() is incomplete (tests/compile_fail/delete_without_where.cpp) ----------------
static_assert(sq::misses_where<decltype(sq::delete_from(users))>);
static_assert(!sq::misses_where<decltype(all_rows)>);

}  // namespace

TEST_CASE("delete renders at run time as at compile time", "[sql][delete]") {
  CHECK(sq::to_sql<sq::sqlite>(by_name) == R"sql(DELETE FROM "users" WHERE "users"."name" = ?)sql");
  CHECK(sq::to_sql<sq::postgres>(in_list) == R"sql(DELETE FROM "posts" WHERE "posts"."id" IN ($1, $2, $3))sql");
  CHECK(sq::to_sql<sq::mysql>(all_rows) == "DELETE FROM `posts`");
}

TEST_CASE("delete binds the values of its condition", "[sql][delete]") {
  CHECK(bound_values(by_condition) == "18");
  CHECK(bound_values(by_key) == "1, 2");
  CHECK(bound_values(all_rows).empty());
}

}  // namespace sql_test
