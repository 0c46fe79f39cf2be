// SPDX-License-Identifier: BSL-1.0
// Joins (inner, left, right, full, cross; on() or inferred from the foreign key), table aliases,
// and the optional columns an outer join gives the statement's rows.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

struct tags_t : sq::table<tags_t, "tags"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"label", std::string> label;
};
inline constexpr tags_t tags{};

struct post_tags_t : sq::table<post_tags_t, "post_tags"> {
  column<"post_id", std::int64_t, sq::primary_key, sq::references<&posts_t::id>> post_id;
  column<"tag_id", std::int64_t, sq::primary_key, sq::references<&tags_t::id>> tag_id;
};
inline constexpr post_tags_t post_tags{};

struct employees_t : sq::table<employees_t, "employees"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"manager_id", std::optional<std::int64_t>, sq::references<&employees_t::id>> manager_id;
};
inline constexpr employees_t employees{};
inline constexpr auto boss = sq::alias<"boss">(employees);
inline constexpr auto draft = sq::alias<"draft">(posts);

// join(posts) alone: the one foreign key, posts.user_id -> users.id
constexpr auto inner_inferred = sq::select(users.name, posts.title).from(users).join(posts);
static_assert(sq::sql_of<sq::sqlite, decltype(inner_inferred)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(inner_inferred)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(inner_inferred)> ==
              R"sql(SELECT `users`.`name`, `posts`.`title` FROM `users` JOIN `posts` ON `posts`.`user_id` = `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(inner_inferred)> == 0);

// the key may point either way
constexpr auto inferred_backwards = sq::select(users.name, posts.title).from(posts).join(users);
static_assert(sq::sql_of<sq::sqlite, decltype(inferred_backwards)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "posts" JOIN "users" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(inferred_backwards)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "posts" JOIN "users" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(inferred_backwards)> ==
              R"sql(SELECT `users`.`name`, `posts`.`title` FROM `posts` JOIN `users` ON `posts`.`user_id` = `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(inferred_backwards)> == 0);

// on() replaces the inferred condition; its values are parameters
constexpr auto inner_on = sq::select(users.name).from(users).join(posts).on(posts.user_id == users.id && posts.score > 1.5);
static_assert(sq::sql_of<sq::sqlite, decltype(inner_on)> ==
              R"sql(SELECT "users"."name" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" AND "posts"."score" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(inner_on)> ==
              R"sql(SELECT "users"."name" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" AND "posts"."score" > $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(inner_on)> ==
              R"sql(SELECT `users`.`name` FROM `users` JOIN `posts` ON `posts`.`user_id` = `users`.`id` AND `posts`.`score` > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(inner_on)> == 1);

constexpr auto left = sq::select(users.name, posts.title).from(users).left_join(posts).where(users.age > 30);
static_assert(sq::sql_of<sq::sqlite, decltype(left)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" LEFT JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(left)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" LEFT JOIN "posts" ON "posts"."user_id" = "users"."id" WHERE "users"."age" > $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(left)> ==
              R"sql(SELECT `users`.`name`, `posts`.`title` FROM `users` LEFT JOIN `posts` ON `posts`.`user_id` = `users`.`id` WHERE `users`.`age` > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(left)> == 1);

constexpr auto right = sq::select(users.name, posts.title).from(users).right_join(posts);
static_assert(sq::sql_of<sq::sqlite, decltype(right)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" RIGHT JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(right)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" RIGHT JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(right)> ==
              R"sql(SELECT `users`.`name`, `posts`.`title` FROM `users` RIGHT JOIN `posts` ON `posts`.`user_id` = `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(right)> == 0);

// MySQL has no FULL JOIN: to_sql<sq::mysql>() and execute() refuse it (compile-fail mysql_full_join)
constexpr auto full = sq::select(users.name, posts.title).from(users).full_join(posts);
static_assert(sq::sql_of<sq::sqlite, decltype(full)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" FULL JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(full)> ==
              R"sql(SELECT "users"."name", "posts"."title" FROM "users" FULL JOIN "posts" ON "posts"."user_id" = "users"."id")sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(full)> == 0);

constexpr auto cross = sq::select(users.name, tags.label).from(users).cross_join(tags);
static_assert(sq::sql_of<sq::sqlite, decltype(cross)> ==
              R"sql(SELECT "users"."name", "tags"."label" FROM "users" CROSS JOIN "tags")sql");
static_assert(sq::sql_of<sq::postgres, decltype(cross)> ==
              R"sql(SELECT "users"."name", "tags"."label" FROM "users" CROSS JOIN "tags")sql");
static_assert(sq::sql_of<sq::mysql, decltype(cross)> ==
              R"sql(SELECT `users`.`name`, `tags`.`label` FROM `users` CROSS JOIN `tags`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(cross)> == 0);

// a chain: each join links to any table before it
constexpr auto many_to_many = sq::select(posts.title, tags.label).from(posts).join(post_tags).join(tags).order_by(tags.label);
static_assert(sq::sql_of<sq::sqlite, decltype(many_to_many)> ==
              R"sql(SELECT "posts"."title", "tags"."label" FROM "posts" JOIN "post_tags" ON "post_tags"."post_id" = "posts"."id" JOIN "tags" ON "post_tags"."tag_id" = "tags"."id" ORDER BY "tags"."label")sql");
static_assert(sq::sql_of<sq::postgres, decltype(many_to_many)> ==
              R"sql(SELECT "posts"."title", "tags"."label" FROM "posts" JOIN "post_tags" ON "post_tags"."post_id" = "posts"."id" JOIN "tags" ON "post_tags"."tag_id" = "tags"."id" ORDER BY "tags"."label")sql");
static_assert(sq::sql_of<sq::mysql, decltype(many_to_many)> ==
              R"sql(SELECT `posts`.`title`, `tags`.`label` FROM `posts` JOIN `post_tags` ON `post_tags`.`post_id` = `posts`.`id` JOIN `tags` ON `post_tags`.`tag_id` = `tags`.`id` ORDER BY `tags`.`label`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(many_to_many)> == 0);

// placeholders number in text order: the join condition before WHERE
constexpr auto params_in_order = sq::select(users.name).from(users).join(posts).on(posts.user_id == users.id && posts.title != "x").where(users.age > 3);
static_assert(sq::sql_of<sq::sqlite, decltype(params_in_order)> ==
              R"sql(SELECT "users"."name" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" AND "posts"."title" <> ? WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(params_in_order)> ==
              R"sql(SELECT "users"."name" FROM "users" JOIN "posts" ON "posts"."user_id" = "users"."id" AND "posts"."title" <> $1 WHERE "users"."age" > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(params_in_order)> ==
              R"sql(SELECT `users`.`name` FROM `users` JOIN `posts` ON `posts`.`user_id` = `users`.`id` AND `posts`.`title` <> ? WHERE `users`.`age` > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(params_in_order)> == 2);

// a table twice, through sq::alias
constexpr auto self_join = sq::select(employees.name, boss[employees.name]).from(employees).left_join(boss).on(employees.manager_id == boss[employees.id]);
static_assert(sq::sql_of<sq::sqlite, decltype(self_join)> ==
              R"sql(SELECT "employees"."name", "boss"."name" FROM "employees" LEFT JOIN "employees" AS "boss" ON "employees"."manager_id" = "boss"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(self_join)> ==
              R"sql(SELECT "employees"."name", "boss"."name" FROM "employees" LEFT JOIN "employees" AS "boss" ON "employees"."manager_id" = "boss"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(self_join)> ==
              R"sql(SELECT `employees`.`name`, `boss`.`name` FROM `employees` LEFT JOIN `employees` AS `boss` ON `employees`.`manager_id` = `boss`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(self_join)> == 0);

constexpr auto alias_in_from = sq::select(boss[employees.name]).from(boss).where(boss[employees.id] == 7);
static_assert(sq::sql_of<sq::sqlite, decltype(alias_in_from)> ==
              R"sql(SELECT "boss"."name" FROM "employees" AS "boss" WHERE "boss"."id" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(alias_in_from)> ==
              R"sql(SELECT "boss"."name" FROM "employees" AS "boss" WHERE "boss"."id" = $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(alias_in_from)> ==
              R"sql(SELECT `boss`.`name` FROM `employees` AS `boss` WHERE `boss`.`id` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(alias_in_from)> == 1);

// an alias infers through its table's keys
constexpr auto alias_inferred = sq::select(users.name, draft[posts.title]).from(users).join(draft);
static_assert(sq::sql_of<sq::sqlite, decltype(alias_inferred)> ==
              R"sql(SELECT "users"."name", "draft"."title" FROM "users" JOIN "posts" AS "draft" ON "draft"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(alias_inferred)> ==
              R"sql(SELECT "users"."name", "draft"."title" FROM "users" JOIN "posts" AS "draft" ON "draft"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(alias_inferred)> ==
              R"sql(SELECT `users`.`name`, `draft`.`title` FROM `users` JOIN `posts` AS `draft` ON `draft`.`user_id` = `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(alias_inferred)> == 0);

// --- the rows' value types: an outer join may leave the other side NULL ----------------------------
template <class S>
using row_values = decltype([]<class... I>(sq::detail::type_list<I...>) {
  return std::tuple<sq::value_of<I>...>{};
}(sq::result_items_of<S>{}));

static_assert(std::is_same_v<row_values<decltype(inner_inferred)>, std::tuple<std::string, std::string>>);
static_assert(std::is_same_v<row_values<decltype(left)>,
                             std::tuple<std::string, std::optional<std::string>>>);
static_assert(std::is_same_v<row_values<decltype(right)>,
                             std::tuple<std::optional<std::string>, std::string>>);
static_assert(std::is_same_v<row_values<decltype(full)>,
                             std::tuple<std::optional<std::string>, std::optional<std::string>>>);
static_assert(std::is_same_v<row_values<decltype(cross)>, std::tuple<std::string, std::string>>);
static_assert(std::is_same_v<row_values<decltype(self_join)>,
                             std::tuple<std::string, std::optional<std::string>>>);
// A column that is already optional stays optional<T>, not optional<optional<T>>.
constexpr auto left_nullable = sq::select(posts.title, users.age).from(posts).left_join(users);
static_assert(std::is_same_v<row_values<decltype(left_nullable)>,
                             std::tuple<std::string, std::optional<int>>>);

TEST_CASE("join: to_sql() renders the joins of every dialect", "[sql][join]") {
  CHECK(sq::to_sql<sq::postgres>(self_join) == sq::sql_of<sq::postgres, decltype(self_join)>);
  CHECK(sq::to_sql<sq::mysql>(many_to_many) == sq::sql_of<sq::mysql, decltype(many_to_many)>);
  CHECK(sq::to_sql<sq::postgres>(full).find("FULL JOIN") != std::string::npos);
}

TEST_CASE("join: the parameters of ON come before those of WHERE", "[sql][join]") {
  std::vector<std::string> seen;
  auto collect = [&seen](auto const& value) {
    if constexpr (std::is_convertible_v<decltype(value), std::string_view>)
      seen.emplace_back(std::string_view(value));
    else
      seen.emplace_back(std::to_string(value));
  };
  params_in_order.for_each_param(collect);
  CHECK(seen == std::vector<std::string>{"x", "3"});
}

}  // namespace
}  // namespace sql_test
