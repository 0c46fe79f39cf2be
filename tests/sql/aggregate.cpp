// SPDX-License-Identifier: BSL-1.0
// Aggregates (count, count_distinct, sum, avg, min, max), group_by, having, labels (expr.as<"n">())
// and distinct(), with the value types each gives the rows.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// count(x) counts the rows where x is not NULL
constexpr auto count_column = sq::select(sq::count(users.age)).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(count_column)> ==
              R"sql(SELECT COUNT("users"."age") FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(count_column)> ==
              R"sql(SELECT COUNT("users"."age") FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(count_column)> ==
              R"sql(SELECT COUNT(`users`.`age`) FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(count_column)> == 0);

constexpr auto count_distinct = sq::select(sq::count_distinct(users.name)).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(count_distinct)> ==
              R"sql(SELECT COUNT(DISTINCT "users"."name") FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(count_distinct)> ==
              R"sql(SELECT COUNT(DISTINCT "users"."name") FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(count_distinct)> ==
              R"sql(SELECT COUNT(DISTINCT `users`.`name`) FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(count_distinct)> == 0);

constexpr auto every_aggregate = sq::select(sq::sum(posts.score), sq::avg(users.age), sq::min(users.name), sq::max(posts.id)).from(users).join(posts);
static_assert(sq::sql_of<sq::sqlite, decltype(every_aggregate)> ==
              R"sql(SELECT SUM("posts"."score"), AVG("users"."age"), MIN("users"."name"), MAX("posts"."id") FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(every_aggregate)> ==
              R"sql(SELECT SUM("posts"."score"), AVG("users"."age"), MIN("users"."name"), MAX("posts"."id") FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(every_aggregate)> ==
              R"sql(SELECT SUM(`posts`.`score`), AVG(`users`.`age`), MIN(`users`.`name`), MAX(`posts`.`id`) FROM `users` JOIN `posts` ON `posts`.`user_id` = `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(every_aggregate)> == 0);

// aggregates inside arithmetic; values stay parameters
constexpr auto aggregate_of_expression = sq::select(sq::sum(posts.score * 2) + 1).from(posts);
static_assert(sq::sql_of<sq::sqlite, decltype(aggregate_of_expression)> ==
              R"sql(SELECT SUM("posts"."score" * ?) + ? FROM "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(aggregate_of_expression)> ==
              R"sql(SELECT SUM("posts"."score" * $1) + $2 FROM "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(aggregate_of_expression)> ==
              R"sql(SELECT SUM(`posts`.`score` * ?) + ? FROM `posts`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(aggregate_of_expression)> == 2);

constexpr auto grouped = sq::select(users.name, sq::count()).from(users).join(posts).group_by(users.name);
static_assert(sq::sql_of<sq::sqlite, decltype(grouped)> ==
              R"sql(SELECT "users"."name", COUNT(*) FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(grouped)> ==
              R"sql(SELECT "users"."name", COUNT(*) FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(grouped)> ==
              R"sql(SELECT `users`.`name`, COUNT(*) FROM `users` JOIN `posts` ON `posts`.`user_id` = `users`.`id` GROUP BY `users`.`name`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(grouped)> == 0);

// grouped by the primary key, the table's other columns have one value per group
constexpr auto grouped_by_key = sq::select(users.id, users.name, sq::count(posts.id)).from(users).left_join(posts).group_by(users.id);
static_assert(sq::sql_of<sq::sqlite, decltype(grouped_by_key)> ==
              R"sql(SELECT "users"."id", "users"."name", COUNT("posts"."id") FROM "users" LEFT JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(grouped_by_key)> ==
              R"sql(SELECT "users"."id", "users"."name", COUNT("posts"."id") FROM "users" LEFT JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(grouped_by_key)> ==
              R"sql(SELECT `users`.`id`, `users`.`name`, COUNT(`posts`.`id`) FROM `users` LEFT JOIN `posts` ON `posts`.`user_id` = `users`.`id` GROUP BY `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(grouped_by_key)> == 0);

// a labelled column sorts by its name
constexpr auto having = sq::select(users.name, sq::count().as<"n">()).from(users).join(posts).group_by(users.name).having(sq::count() > 1).order_by(sq::count().as<"n">().desc());
static_assert(sq::sql_of<sq::sqlite, decltype(having)> ==
              R"sql(SELECT "users"."name", COUNT(*) AS "n" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" HAVING COUNT(*) > ? ORDER BY "n" DESC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(having)> ==
              R"sql(SELECT "users"."name", COUNT(*) AS "n" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" GROUP BY "users"."name" HAVING COUNT(*) > $1 ORDER BY "n" DESC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(having)> ==
              R"sql(SELECT `users`.`name`, COUNT(*) AS `n` FROM `users` JOIN `posts` ON `posts`.`user_id` = `users`.`id` GROUP BY `users`.`name` HAVING COUNT(*) > ? ORDER BY `n` DESC)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(having)> == 1);

constexpr auto labels = sq::select(users.name.as<"who">(), (users.age + 1).as<"next_age">()).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(labels)> ==
              R"sql(SELECT "users"."name" AS "who", "users"."age" + ? AS "next_age" FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(labels)> ==
              R"sql(SELECT "users"."name" AS "who", "users"."age" + $1 AS "next_age" FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(labels)> ==
              R"sql(SELECT `users`.`name` AS `who`, `users`.`age` + ? AS `next_age` FROM `users`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(labels)> == 1);

// A selected key that binds values is grouped by its position: written out, PostgreSQL would see
// $1 and $2 as different expressions.
constexpr auto grouped_expression = sq::select(users.age + 1, sq::count()).from(users).group_by(users.age + 1);
static_assert(sq::sql_of<sq::sqlite, decltype(grouped_expression)> ==
              R"sql(SELECT "users"."age" + ?, COUNT(*) FROM "users" GROUP BY 1)sql");
static_assert(sq::sql_of<sq::postgres, decltype(grouped_expression)> ==
              R"sql(SELECT "users"."age" + $1, COUNT(*) FROM "users" GROUP BY 1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(grouped_expression)> ==
              R"sql(SELECT `users`.`age` + ?, COUNT(*) FROM `users` GROUP BY 1)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(grouped_expression)> == 1);
constexpr auto sorted_expression = sq::select(users.age + 1, sq::count()).from(users).group_by(users.age + 1)
                                       .order_by((users.age + 1).desc(), users.age * 2);
static_assert(sq::sql_of<sq::postgres, decltype(sorted_expression)> ==
              R"sql(SELECT "users"."age" + $1, COUNT(*) FROM "users" GROUP BY 1 ORDER BY 1 DESC, "users"."age" * $2)sql");
static_assert(sq::sql_of<sq::sqlite, decltype(sorted_expression)> ==
              R"sql(SELECT "users"."age" + ?, COUNT(*) FROM "users" GROUP BY 1 ORDER BY 1 DESC, "users"."age" * ?)sql");
static_assert(sq::sql_of<sq::mysql, decltype(sorted_expression)> ==
              R"sql(SELECT `users`.`age` + ?, COUNT(*) FROM `users` GROUP BY 1 ORDER BY 1 DESC, `users`.`age` * ?)sql");
// A key without values is written out, selected or not.
constexpr auto grouped_plain = sq::select(users.name, sq::count()).from(users).group_by(users.name, users.age);
static_assert(sq::sql_of<sq::sqlite, decltype(grouped_plain)> ==
              R"sql(SELECT "users"."name", COUNT(*) FROM "users" GROUP BY "users"."name", "users"."age")sql");

constexpr auto distinct = sq::select(users.name).distinct().from(users).order_by(users.name);
static_assert(sq::sql_of<sq::sqlite, decltype(distinct)> ==
              R"sql(SELECT DISTINCT "users"."name" FROM "users" ORDER BY "users"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(distinct)> ==
              R"sql(SELECT DISTINCT "users"."name" FROM "users" ORDER BY "users"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(distinct)> ==
              R"sql(SELECT DISTINCT `users`.`name` FROM `users` ORDER BY `users`.`name`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(distinct)> == 0);

// distinct() may come anywhere; SQL order is fixed
constexpr auto distinct_after_where = sq::select(users.age).from(users).where(users.age > 1).distinct();
static_assert(sq::sql_of<sq::sqlite, decltype(distinct_after_where)> ==
              R"sql(SELECT DISTINCT "users"."age" FROM "users" WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(distinct_after_where)> ==
              R"sql(SELECT DISTINCT "users"."age" FROM "users" WHERE "users"."age" > $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(distinct_after_where)> ==
              R"sql(SELECT DISTINCT `users`.`age` FROM `users` WHERE `users`.`age` > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(distinct_after_where)> == 1);

// --- value types ---------------------------------------------------------------------------------
template <class S>
using row_values = decltype([]<class... I>(sq::detail::type_list<I...>) {
  return std::tuple<sq::value_of<I>...>{};
}(sq::result_items_of<S>{}));

// Over no rows SUM/AVG/MIN/MAX are NULL: optional. COUNT never is. SUM of integers is int64.
static_assert(std::is_same_v<row_values<decltype(every_aggregate)>,
                             std::tuple<std::optional<double>, std::optional<double>,
                                        std::optional<std::string>, std::optional<std::int64_t>>>);
static_assert(std::is_same_v<row_values<decltype(count_column)>, std::tuple<std::int64_t>>);
constexpr auto sum_of_ints = sq::select(sq::sum(posts.id), sq::sum(users.age)).from(posts).join(users);
static_assert(std::is_same_v<row_values<decltype(sum_of_ints)>,
                             std::tuple<std::optional<std::int64_t>, std::optional<std::int64_t>>>);
// Grouped, every group has a row: an aggregate of a NOT NULL argument is never NULL ...
constexpr auto grouped_sums = sq::select(users.id, sq::sum(posts.id), sq::max(posts.title), sq::avg(users.age))
                                  .from(users).join(posts).group_by(users.id);
static_assert(std::is_same_v<row_values<decltype(grouped_sums)>,
                             std::tuple<std::int64_t, std::int64_t, std::string, std::optional<double>>>);
// ... unless a LEFT JOIN may give a group no row of the other side.
constexpr auto grouped_left = sq::select(users.id, sq::sum(posts.id), sq::count(posts.id))
                                  .from(users).left_join(posts).group_by(users.id);
static_assert(std::is_same_v<row_values<decltype(grouped_left)>,
                             std::tuple<std::int64_t, std::optional<std::int64_t>, std::int64_t>>);
static_assert(std::is_same_v<row_values<decltype(labels)>,
                             std::tuple<std::string, std::optional<int>>>);

// Aggregates mixed with bare columns need a GROUP BY (compile-fail aggregate_without_group_by).
static_assert(sq::mixes_aggregates<decltype(sq::select(users.name, sq::count()).from(users))>);
static_assert(!sq::mixes_aggregates<decltype(grouped)>);
static_assert(!sq::mixes_aggregates<decltype(aggregate_of_expression)>);

TEST_CASE("group_by: to_sql() accepts grouped statements in every dialect", "[sql][group_by]") {
  CHECK(sq::to_sql<sq::sqlite>(having) == sq::sql_of<sq::sqlite, decltype(having)>);
  CHECK(sq::to_sql<sq::postgres>(grouped_by_key) == sq::sql_of<sq::postgres, decltype(grouped_by_key)>);
  CHECK(sq::to_sql<sq::mysql>(distinct) == sq::sql_of<sq::mysql, decltype(distinct)>);
}

}  // namespace
}  // namespace sql_test
