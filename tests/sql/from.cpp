// SPDX-License-Identifier: BSL-1.0
// FROM: one or several tables; every column the statement reads must come from them.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- one table, several tables (a cross join, filtered by where), tables not in the select list -----
constexpr auto one_table = sq::select(posts.title).from(posts);
static_assert(sq::sql_of<sq::sqlite, decltype(one_table)> ==
              R"sql(SELECT "posts"."title" FROM "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(one_table)> ==
              R"sql(SELECT "posts"."title" FROM "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(one_table)> ==
              R"sql(SELECT `posts`.`title` FROM `posts`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(one_table)> == 0);
constexpr auto two_tables = sq::select(users.name, posts.title).from(users, posts);
static_assert(sq::sql_of<sq::sqlite, decltype(two_tables)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(two_tables)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(two_tables)> ==
              R"sql(SELECT `users`.`name`, `posts`.`title` FROM `users`, `posts`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(two_tables)> == 0);
constexpr auto join_by_where = sq::select(users.name, posts.title).from(posts, users).where(posts.user_id == users.id);
static_assert(sq::sql_of<sq::sqlite, decltype(join_by_where)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "posts", "users" WHERE "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(join_by_where)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "posts", "users" WHERE "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(join_by_where)> ==
              R"sql(SELECT `users`.`name`, `posts`.`title` FROM `posts`, `users` WHERE `posts`.`user_id` = `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(join_by_where)> == 0);
constexpr auto unselected_table = sq::select(users.name).from(users, posts);
static_assert(sq::sql_of<sq::sqlite, decltype(unselected_table)> ==
              R"sql(SELECT "users"."name" FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(unselected_table)> ==
              R"sql(SELECT "users"."name" FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(unselected_table)> ==
              R"sql(SELECT `users`.`name` FROM `users`, `posts`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(unselected_table)> == 0);
constexpr auto quoted_names = sq::select(odd.tick, odd.keyword).from(odd);
static_assert(sq::sql_of<sq::sqlite, decltype(quoted_names)> ==
              R"sql(SELECT "odd ""name"""."back`tick", "odd ""name"""."select" FROM "odd ""name""")sql");
static_assert(sq::sql_of<sq::postgres, decltype(quoted_names)> ==
              R"sql(SELECT "odd ""name"""."back`tick", "odd ""name"""."select" FROM "odd ""name""")sql");
static_assert(sq::sql_of<sq::mysql, decltype(quoted_names)> ==
              R"sql(SELECT `odd "name"`.`back``tick`, `odd "name"`.`select` FROM `odd "name"`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(quoted_names)> == 0);


// --- the tables in scope, in the order given ----------------------------------------------------------
static_assert(std::is_same_v<sq::scope_of<decltype(join_by_where)>, sq::detail::type_list<posts_t, users_t>>);
static_assert(std::is_same_v<sq::scope_of<decltype(sq::select(users.id))>, sq::detail::type_list<>>);
// The target of update and delete is in scope, so where() and set() may read it.
static_assert(std::is_same_v<sq::scope_of<decltype(sq::update(users))>, sq::detail::type_list<users_t>>);
static_assert(std::is_same_v<sq::scope_of<decltype(sq::delete_from(posts))>, sq::detail::type_list<posts_t>>);

// --- from() once, on select only -----------------------------------------------------------------------
template <class S>
concept has_from = requires(S s) { s.from(users); };
static_assert(has_from<decltype(sq::select(users.id))>);
static_assert(!has_from<decltype(one_table)>);
static_assert(!has_from<decltype(sq::update(users))> && !has_from<decltype(sq::delete_from(users))> &&
              !has_from<decltype(sq::insert_into(users))>);

}  // namespace

TEST_CASE("from() renders its tables in the order given", "[sql][from]") {
  CHECK(sq::to_sql<sq::sqlite>(two_tables) == R"sql(SELECT "users"."name", "posts"."title" FROM "users", "posts")sql");
  CHECK(sq::to_sql<sq::mysql>(join_by_where) ==
        "SELECT `users`.`name`, `posts`.`title` FROM `posts`, `users` WHERE `posts`.`user_id` = `users`.`id`");
  CHECK(sq::to_sql<sq::mysql>(quoted_names) == "SELECT `odd \"name\"`.`back``tick`, `odd \"name\"`.`select` FROM `odd \"name\"`");
  CHECK(bound_values(join_by_where).empty());
}

}  // namespace sql_test
