// SPDX-License-Identifier: BSL-1.0
// SELECT's column list, sq::all_of(), and every clause together, per dialect.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- the select list: columns, qualified by their table, in the order given -------------------------
constexpr auto one_column = sq::select(users.name).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(one_column)> ==
              R"sql(SELECT "users"."name" FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(one_column)> ==
              R"sql(SELECT "users"."name" FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(one_column)> ==
              R"sql(SELECT `users`.`name` FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(one_column)> == 0);
constexpr auto columns = sq::select(users.id, users.name, users.age).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(columns)> ==
              R"sql(SELECT "users"."id", "users"."name", "users"."age" FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(columns)> ==
              R"sql(SELECT "users"."id", "users"."name", "users"."age" FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(columns)> ==
              R"sql(SELECT `users`.`id`, `users`.`name`, `users`.`age` FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(columns)> == 0);
constexpr auto reordered = sq::select(users.age, users.id).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(reordered)> ==
              R"sql(SELECT "users"."age", "users"."id" FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(reordered)> ==
              R"sql(SELECT "users"."age", "users"."id" FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(reordered)> ==
              R"sql(SELECT `users`.`age`, `users`.`id` FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(reordered)> == 0);
constexpr auto same_twice = sq::select(users.id, users.id).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(same_twice)> ==
              R"sql(SELECT "users"."id", "users"."id" FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(same_twice)> ==
              R"sql(SELECT "users"."id", "users"."id" FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(same_twice)> ==
              R"sql(SELECT `users`.`id`, `users`.`id` FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(same_twice)> == 0);
constexpr auto expression = sq::select(users.id, users.age + 1).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(expression)> ==
              R"sql(SELECT "users"."id", "users"."age" + ? FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(expression)> ==
              R"sql(SELECT "users"."id", "users"."age" + $1 FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(expression)> ==
              R"sql(SELECT `users`.`id`, `users`.`age` + ? FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(expression)> == 1);
constexpr auto condition = sq::select(users.age.is_null(), users.name.like("A%")).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(condition)> ==
              R"sql(SELECT "users"."age" IS NULL, "users"."name" LIKE ? FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(condition)> ==
              R"sql(SELECT "users"."age" IS NULL, "users"."name" LIKE $1 FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(condition)> ==
              R"sql(SELECT `users`.`age` IS NULL, `users`.`name` LIKE ? FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(condition)> == 1);

// --- sq::all_of(t): every column of the table, in declaration order -----------------------------------
constexpr auto all_users = sq::select(sq::all_of(users)).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(all_users)> ==
              R"sql(SELECT "users"."id", "users"."name", "users"."age" FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(all_users)> ==
              R"sql(SELECT "users"."id", "users"."name", "users"."age" FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(all_users)> ==
              R"sql(SELECT `users`.`id`, `users`.`name`, `users`.`age` FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(all_users)> == 0);
constexpr auto all_and_more = sq::select(sq::all_of(users), posts.title).from(users, posts);
static_assert(sq::sql_of<sq::sqlite, decltype(all_and_more)> ==
              R"sql(SELECT "users"."id", "users"."name", "users"."age", "posts"."title" FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(all_and_more)> ==
              R"sql(SELECT "users"."id", "users"."name", "users"."age", "posts"."title" FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(all_and_more)> ==
              R"sql(SELECT `users`.`id`, `users`.`name`, `users`.`age`, `posts`.`title` FROM `users`, `posts`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(all_and_more)> == 0);
constexpr auto all_types = sq::select(sq::all_of(events)).from(events);
static_assert(sq::sql_of<sq::sqlite, decltype(all_types)> ==
              R"sql(SELECT "events"."id", "events"."note", "events"."level" FROM "events")sql");
static_assert(sq::sql_of<sq::postgres, decltype(all_types)> ==
              R"sql(SELECT "events"."id", "events"."note", "events"."level" FROM "events")sql");
static_assert(sq::sql_of<sq::mysql, decltype(all_types)> ==
              R"sql(SELECT `events`.`id`, `events`.`note`, `events`.`level` FROM `events`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(all_types)> == 0);

// --- every clause together, in SQL's order whatever the order of the calls ------------------------------
constexpr auto everything = sq::select(users.id, users.name).from(users).where(users.age > 28 && users.name.like("A%")).order_by(users.name.asc()).limit(10).offset(20);
static_assert(sq::sql_of<sq::sqlite, decltype(everything)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ? AND "users"."name" LIKE ? ORDER BY "users"."name" ASC LIMIT ? OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(everything)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > $1 AND "users"."name" LIKE $2 ORDER BY "users"."name" ASC LIMIT $3 OFFSET $4)sql");
static_assert(sq::sql_of<sq::mysql, decltype(everything)> ==
              R"sql(SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` > ? AND `users`.`name` LIKE ? ORDER BY `users`.`name` ASC LIMIT ? OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(everything)> == 4);
constexpr auto any_order = sq::select(users.id, users.name).from(users).offset(20).limit(10).order_by(users.name.asc()).where(users.age > 28 && users.name.like("A%"));
static_assert(sq::sql_of<sq::sqlite, decltype(any_order)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ? AND "users"."name" LIKE ? ORDER BY "users"."name" ASC LIMIT ? OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(any_order)> ==
              R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > $1 AND "users"."name" LIKE $2 ORDER BY "users"."name" ASC LIMIT $3 OFFSET $4)sql");
static_assert(sq::sql_of<sq::mysql, decltype(any_order)> ==
              R"sql(SELECT `users`.`id`, `users`.`name` FROM `users` WHERE `users`.`age` > ? AND `users`.`name` LIKE ? ORDER BY `users`.`name` ASC LIMIT ? OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(any_order)> == 4);
constexpr auto where_order = sq::select(users.name).from(users).where(users.age >= 18).order_by(users.age.desc());
static_assert(sq::sql_of<sq::sqlite, decltype(where_order)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" >= ? ORDER BY "users"."age" DESC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(where_order)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" >= $1 ORDER BY "users"."age" DESC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(where_order)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`age` >= ? ORDER BY `users`.`age` DESC)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(where_order)> == 1);
constexpr auto where_limit = sq::select(users.name).from(users).where(users.age >= 18).limit(5);
static_assert(sq::sql_of<sq::sqlite, decltype(where_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" >= ? LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(where_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" >= $1 LIMIT $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(where_limit)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`age` >= ? LIMIT ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(where_limit)> == 2);
constexpr auto order_limit = sq::select(users.name).from(users).order_by(users.name).limit(5);
static_assert(sq::sql_of<sq::sqlite, decltype(order_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name" LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(order_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name" LIMIT $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(order_limit)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`name` LIMIT ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(order_limit)> == 1);
constexpr auto where_offset = sq::select(users.name).from(users).where(users.age >= 18).offset(5);
static_assert(sq::sql_of<sq::sqlite, decltype(where_offset)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" >= ? LIMIT -1 OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(where_offset)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" >= $1 OFFSET $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(where_offset)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`age` >= ? LIMIT 18446744073709551615 OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(where_offset)> == 2);


// --- what a select statement is --------------------------------------------------------------------
static_assert(sq::is_statement<std::remove_cv_t<decltype(columns)>>);
static_assert(!sq::is_statement<decltype(users.id)>);
static_assert(std::is_same_v<decltype(columns)::result_items,
                             sq::detail::type_list<decltype(users_t::id), decltype(users_t::name),
                                                   decltype(users_t::age)>>);
static_assert(std::is_same_v<decltype(all_users)::result_items, decltype(columns)::result_items>);  // all_of expands
static_assert(std::is_same_v<sq::scope_of<decltype(sq::select(users.id).from(users, posts))>,
                             sq::detail::type_list<users_t, posts_t>>);

// --- each clause once; the methods of a clause vanish after it is given ---------------------------------
template <class S>
concept has_from = requires(S s) { s.from(users); };
template <class S>
concept has_order_by = requires(S s) { s.order_by(users.id); };
template <class S>
concept has_limit = requires(S s) { s.limit(1); };
template <class S>
concept has_offset = requires(S s) { s.offset(1); };
static_assert(has_from<decltype(sq::select(users.id))>);
static_assert(!has_from<decltype(one_column)>);
static_assert(!has_order_by<decltype(everything)> && !has_limit<decltype(everything)> &&
              !has_offset<decltype(everything)>);
static_assert(has_order_by<decltype(where_limit)> && has_offset<decltype(where_limit)>);
// select() has no set() or values(); update() and delete_from() have no order_by() or limit().
template <class S>
concept has_set = requires(S s) { s.set(users.age = 1); };
template <class S>
concept has_values = requires(S s) { s.values(users.name = "x"); };
static_assert(!has_set<decltype(one_column)> && !has_values<decltype(one_column)>);
static_assert(!has_order_by<decltype(sq::update(users))> && !has_limit<decltype(sq::update(users))>);
static_assert(!has_order_by<decltype(sq::delete_from(users))> && !has_limit<decltype(sq::delete_from(users))>);
// all_of() takes a table, not a column.
template <class T>
concept all_of_able = requires(T const& t) { sq::all_of(t); };
static_assert(all_of_able<users_t> && !all_of_able<decltype(users.id)> && !all_of_able<int>);

}  // namespace

TEST_CASE("select renders at run time as at compile time", "[sql][select]") {
  CHECK(sq::to_sql<sq::sqlite>(everything) ==
        R"sql(SELECT "users"."id", "users"."name" FROM "users" WHERE "users"."age" > ? AND "users"."name" LIKE ? ORDER BY "users"."name" ASC LIMIT ? OFFSET ?)sql");
  CHECK(sq::to_sql<sq::postgres>(all_users) == R"sql(SELECT "users"."id", "users"."name", "users"."age" FROM "users")sql");
  CHECK(sq::to_sql<sq::mysql>(expression) == "SELECT `users`.`id`, `users`.`age` + ? FROM `users`");
}

TEST_CASE("select binds values in the order of their placeholders, whatever the order of the calls",
          "[sql][select]") {
  CHECK(bound_values(everything) == "28, 'A%', 10, 20");
  CHECK(bound_values(any_order) == "28, 'A%', 10, 20");
  CHECK(bound_values(condition) == "'A%'");
  CHECK(bound_values(expression) == "1");
  CHECK(bound_values(all_users).empty());
}

}  // namespace sql_test
