// SPDX-License-Identifier: BSL-1.0
// WHERE: every operator, precedence and parentheses, per dialect. Values are always parameters:
// ? in SQLite and MySQL, $1, $2, ... in PostgreSQL.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- each comparison operator: = <> < <= > >= --------------------------------------------------------
constexpr auto eq = sq::select(users.id).from(users).where(users.age == 30);
static_assert(sq::sql_of<sq::sqlite, decltype(eq)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(eq)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" = $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(eq)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(eq)> == 1);
constexpr auto ne = sq::select(users.id).from(users).where(users.name != "Bob");
static_assert(sq::sql_of<sq::sqlite, decltype(ne)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" <> ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(ne)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" <> $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(ne)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`name` <> ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(ne)> == 1);
constexpr auto lt = sq::select(users.id).from(users).where(users.age < 30);
static_assert(sq::sql_of<sq::sqlite, decltype(lt)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(lt)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(lt)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` < ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(lt)> == 1);
constexpr auto le = sq::select(users.id).from(users).where(users.age <= 30);
static_assert(sq::sql_of<sq::sqlite, decltype(le)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" <= ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(le)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" <= $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(le)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` <= ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(le)> == 1);
constexpr auto gt = sq::select(users.id).from(users).where(users.age > 30);
static_assert(sq::sql_of<sq::sqlite, decltype(gt)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(gt)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(gt)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(gt)> == 1);
constexpr auto ge = sq::select(users.id).from(users).where(users.age >= 30);
static_assert(sq::sql_of<sq::sqlite, decltype(ge)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" >= ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(ge)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" >= $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(ge)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` >= ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(ge)> == 1);

// A value on the left, two columns, an integer column with a real, an optional value.
constexpr auto value_left = sq::select(users.id).from(users).where(30 < users.age);
static_assert(sq::sql_of<sq::sqlite, decltype(value_left)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ? < "users"."age")sql");
static_assert(sq::sql_of<sq::postgres, decltype(value_left)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE $1 < "users"."age")sql");
static_assert(sq::sql_of<sq::mysql, decltype(value_left)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE ? < `users`.`age`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(value_left)> == 1);
constexpr auto two_columns = sq::select(posts.id).from(posts, users).where(posts.user_id == users.id);
static_assert(sq::sql_of<sq::sqlite, decltype(two_columns)> ==
              R"sql(SELECT "posts"."id" FROM "posts", "users" WHERE "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(two_columns)> ==
              R"sql(SELECT "posts"."id" FROM "posts", "users" WHERE "posts"."user_id" = "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(two_columns)> ==
              R"sql(SELECT `posts`.`id` FROM `posts`, `users` WHERE `posts`.`user_id` = `users`.`id`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(two_columns)> == 0);
constexpr auto int_with_real = sq::select(users.id).from(users).where(users.age > 2.5);
static_assert(sq::sql_of<sq::sqlite, decltype(int_with_real)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(int_with_real)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(int_with_real)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(int_with_real)> == 1);
// A std::optional value is refused (= NULL matches nothing): tests/compile_fail/compare_with_optional.cpp.

// --- LIKE, IN, BETWEEN, IS [NOT] NULL ------------------------------------------------------------------
constexpr auto like = sq::select(users.id).from(users).where(users.name.like("A%"));
static_assert(sq::sql_of<sq::sqlite, decltype(like)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(like)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" LIKE $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(like)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`name` LIKE ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(like)> == 1);
constexpr auto in = sq::select(users.id).from(users).where(users.age.in(18, 21, 65));
static_assert(sq::sql_of<sq::sqlite, decltype(in)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" IN (?, ?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(in)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" IN ($1, $2, $3))sql");
static_assert(sq::sql_of<sq::mysql, decltype(in)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` IN (?, ?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(in)> == 3);
constexpr auto in_one = sq::select(users.id).from(users).where(users.name.in("Alice"));
static_assert(sq::sql_of<sq::sqlite, decltype(in_one)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" IN (?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(in_one)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" IN ($1))sql");
static_assert(sq::sql_of<sq::mysql, decltype(in_one)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`name` IN (?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(in_one)> == 1);
constexpr auto between = sq::select(users.id).from(users).where(users.age.between(18, 65));
static_assert(sq::sql_of<sq::sqlite, decltype(between)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" BETWEEN ? AND ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(between)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" BETWEEN $1 AND $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(between)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` BETWEEN ? AND ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(between)> == 2);
constexpr auto is_null = sq::select(users.id).from(users).where(users.age.is_null());
static_assert(sq::sql_of<sq::sqlite, decltype(is_null)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::postgres, decltype(is_null)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::mysql, decltype(is_null)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` IS NULL)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(is_null)> == 0);
constexpr auto is_not_null = sq::select(users.id).from(users).where(users.age.is_not_null());
static_assert(sq::sql_of<sq::sqlite, decltype(is_not_null)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" IS NOT NULL)sql");
static_assert(sq::sql_of<sq::postgres, decltype(is_not_null)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" IS NOT NULL)sql");
static_assert(sq::sql_of<sq::mysql, decltype(is_not_null)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` IS NOT NULL)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(is_not_null)> == 0);

// --- AND, OR, NOT, and a bool column as the condition ---------------------------------------------------
constexpr auto and_ = sq::select(users.id).from(users).where(users.age > 28 && users.name.like("A%"));
static_assert(sq::sql_of<sq::sqlite, decltype(and_)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? AND "users"."name" LIKE ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(and_)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 AND "users"."name" LIKE $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(and_)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ? AND `users`.`name` LIKE ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(and_)> == 2);
constexpr auto or_ = sq::select(users.id).from(users).where(users.age < 18 || users.age > 65);
static_assert(sq::sql_of<sq::sqlite, decltype(or_)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < ? OR "users"."age" > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(or_)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < $1 OR "users"."age" > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(or_)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` < ? OR `users`.`age` > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(or_)> == 2);
constexpr auto not_ = sq::select(users.id).from(users).where(!users.name.like("A%"));
static_assert(sq::sql_of<sq::sqlite, decltype(not_)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT "users"."name" LIKE ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(not_)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT "users"."name" LIKE $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(not_)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE NOT `users`.`name` LIKE ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(not_)> == 1);
constexpr auto bool_column = sq::select(posts.id).from(posts).where(posts.published);
static_assert(sq::sql_of<sq::sqlite, decltype(bool_column)> ==
              R"sql(SELECT "posts"."id" FROM "posts" WHERE "posts"."published")sql");
static_assert(sq::sql_of<sq::postgres, decltype(bool_column)> ==
              R"sql(SELECT "posts"."id" FROM "posts" WHERE "posts"."published")sql");
static_assert(sq::sql_of<sq::mysql, decltype(bool_column)> ==
              R"sql(SELECT `posts`.`id` FROM `posts` WHERE `posts`.`published`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(bool_column)> == 0);
constexpr auto not_bool_column = sq::select(posts.id).from(posts).where(!posts.published);
static_assert(sq::sql_of<sq::sqlite, decltype(not_bool_column)> ==
              R"sql(SELECT "posts"."id" FROM "posts" WHERE NOT "posts"."published")sql");
static_assert(sq::sql_of<sq::postgres, decltype(not_bool_column)> ==
              R"sql(SELECT "posts"."id" FROM "posts" WHERE NOT "posts"."published")sql");
static_assert(sq::sql_of<sq::mysql, decltype(not_bool_column)> ==
              R"sql(SELECT `posts`.`id` FROM `posts` WHERE NOT `posts`.`published`)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(not_bool_column)> == 0);

// --- arithmetic: + - * / % -----------------------------------------------------------------------------
constexpr auto add = sq::select(users.id).from(users).where(users.age + 1 > 30);
static_assert(sq::sql_of<sq::sqlite, decltype(add)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + ? > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(add)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + $1 > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(add)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` + ? > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(add)> == 2);
constexpr auto sub = sq::select(users.id).from(users).where(users.age - 1 > 30);
static_assert(sq::sql_of<sq::sqlite, decltype(sub)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" - ? > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(sub)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" - $1 > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(sub)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` - ? > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(sub)> == 2);
constexpr auto mul = sq::select(users.id).from(users).where(users.age * 2 > 30);
static_assert(sq::sql_of<sq::sqlite, decltype(mul)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" * ? > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(mul)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" * $1 > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(mul)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` * ? > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(mul)> == 2);
// Integer by integer truncates on every dialect: MySQL's "/" would make a decimal, so it is DIV.
constexpr auto div = sq::select(users.id).from(users).where(users.age / 2 > 30);
static_assert(sq::sql_of<sq::sqlite, decltype(div)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" / ? > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(div)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" / $1 > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(div)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` DIV ? > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(div)> == 2);
constexpr auto mod = sq::select(users.id).from(users).where(users.age % 2 == 0);
static_assert(sq::sql_of<sq::sqlite, decltype(mod)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" % ? = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(mod)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" % $1 = $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(mod)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` % ? = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(mod)> == 2);

// --- precedence: parentheses exactly where SQL needs them ------------------------------------------------
// AND binds tighter than OR.
constexpr auto or_in_and = sq::select(users.id).from(users).where((users.age < 18 || users.age > 65) && users.name != "root");
static_assert(sq::sql_of<sq::sqlite, decltype(or_in_and)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" < ? OR "users"."age" > ?) AND "users"."name" <> ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(or_in_and)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" < $1 OR "users"."age" > $2) AND "users"."name" <> $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(or_in_and)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE (`users`.`age` < ? OR `users`.`age` > ?) AND `users`.`name` <> ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(or_in_and)> == 3);
constexpr auto and_in_or = sq::select(users.id).from(users).where(users.age < 18 || (users.age > 65 && users.name != "root"));
static_assert(sq::sql_of<sq::sqlite, decltype(and_in_or)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < ? OR "users"."age" > ? AND "users"."name" <> ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(and_in_or)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" < $1 OR "users"."age" > $2 AND "users"."name" <> $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(and_in_or)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` < ? OR `users`.`age` > ? AND `users`.`name` <> ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(and_in_or)> == 3);
constexpr auto and_chain = sq::select(users.id).from(users).where(users.age > 1 && (users.age < 9 && users.name != ""));
static_assert(sq::sql_of<sq::sqlite, decltype(and_chain)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? AND "users"."age" < ? AND "users"."name" <> ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(and_chain)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > $1 AND "users"."age" < $2 AND "users"."name" <> $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(and_chain)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` > ? AND `users`.`age` < ? AND `users`.`name` <> ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(and_chain)> == 3);
constexpr auto or_chain = sq::select(users.id).from(users).where((users.age == 1 || users.age == 2) || users.age == 3);
static_assert(sq::sql_of<sq::sqlite, decltype(or_chain)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" = ? OR "users"."age" = ? OR "users"."age" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(or_chain)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" = $1 OR "users"."age" = $2 OR "users"."age" = $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(or_chain)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` = ? OR `users`.`age` = ? OR `users`.`age` = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(or_chain)> == 3);
// NOT binds tighter than AND, looser than comparisons.
constexpr auto not_and = sq::select(users.id).from(users).where(!(users.age > 1 && users.age < 9));
static_assert(sq::sql_of<sq::sqlite, decltype(not_and)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT ("users"."age" > ? AND "users"."age" < ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(not_and)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT ("users"."age" > $1 AND "users"."age" < $2))sql");
static_assert(sq::sql_of<sq::mysql, decltype(not_and)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE NOT (`users`.`age` > ? AND `users`.`age` < ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(not_and)> == 2);
constexpr auto not_then_and = sq::select(users.id).from(users).where(!(users.age > 1) && users.age < 9);
static_assert(sq::sql_of<sq::sqlite, decltype(not_then_and)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT "users"."age" > ? AND "users"."age" < ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(not_then_and)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT "users"."age" > $1 AND "users"."age" < $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(not_then_and)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE NOT `users`.`age` > ? AND `users`.`age` < ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(not_then_and)> == 2);
constexpr auto not_or = sq::select(users.id).from(users).where(!(users.age < 18 || users.age > 65));
static_assert(sq::sql_of<sq::sqlite, decltype(not_or)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT ("users"."age" < ? OR "users"."age" > ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(not_or)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT ("users"."age" < $1 OR "users"."age" > $2))sql");
static_assert(sq::sql_of<sq::mysql, decltype(not_or)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE NOT (`users`.`age` < ? OR `users`.`age` > ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(not_or)> == 2);
constexpr auto not_not = sq::select(users.id).from(users).where(!!users.age.is_null());
static_assert(sq::sql_of<sq::sqlite, decltype(not_not)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT NOT "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::postgres, decltype(not_not)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE NOT NOT "users"."age" IS NULL)sql");
static_assert(sq::sql_of<sq::mysql, decltype(not_not)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE NOT NOT `users`.`age` IS NULL)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(not_not)> == 0);
// * / % bind tighter than + -; the right operand of - / keeps its parentheses.
constexpr auto add_mul = sq::select(users.id).from(users).where(users.age + users.age * 2 > 1);
static_assert(sq::sql_of<sq::sqlite, decltype(add_mul)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + "users"."age" * ? > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(add_mul)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + "users"."age" * $1 > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(add_mul)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` + `users`.`age` * ? > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(add_mul)> == 2);
constexpr auto mul_add = sq::select(users.id).from(users).where((users.age + 1) * 2 > 1);
static_assert(sq::sql_of<sq::sqlite, decltype(mul_add)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" + ?) * ? > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(mul_add)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" + $1) * $2 > $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(mul_add)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE (`users`.`age` + ?) * ? > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(mul_add)> == 3);
constexpr auto sub_left = sq::select(users.id).from(users).where((users.age - users.age) - 1 > 0);
static_assert(sq::sql_of<sq::sqlite, decltype(sub_left)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" - "users"."age" - ? > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(sub_left)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" - "users"."age" - $1 > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(sub_left)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` - `users`.`age` - ? > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(sub_left)> == 2);
constexpr auto sub_right = sq::select(users.id).from(users).where(users.age - (users.age - 1) > 0);
static_assert(sq::sql_of<sq::sqlite, decltype(sub_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" - ("users"."age" - ?) > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(sub_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" - ("users"."age" - $1) > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(sub_right)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` - (`users`.`age` - ?) > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(sub_right)> == 2);
constexpr auto add_right = sq::select(users.id).from(users).where(users.age + (users.age + 1) > 0);
static_assert(sq::sql_of<sq::sqlite, decltype(add_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + ("users"."age" + ?) > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(add_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + ("users"."age" + $1) > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(add_right)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` + (`users`.`age` + ?) > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(add_right)> == 2);
constexpr auto div_right = sq::select(users.id).from(users).where(users.age / (users.age * 2) > 0);
static_assert(sq::sql_of<sq::sqlite, decltype(div_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" / ("users"."age" * ?) > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(div_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" / ("users"."age" * $1) > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(div_right)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` DIV (`users`.`age` * ?) > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(div_right)> == 2);
constexpr auto mul_right = sq::select(users.id).from(users).where(users.age * (users.age / 2) > 0);
static_assert(sq::sql_of<sq::sqlite, decltype(mul_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" * ("users"."age" / ?) > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(mul_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" * ("users"."age" / $1) > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(mul_right)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` * (`users`.`age` DIV ?) > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(mul_right)> == 2);
constexpr auto mod_right = sq::select(users.id).from(users).where(users.age % (users.age + 1) > 0);
static_assert(sq::sql_of<sq::sqlite, decltype(mod_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" % ("users"."age" + ?) > ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(mod_right)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" % ("users"."age" + $1) > $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(mod_right)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` % (`users`.`age` + ?) > ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(mod_right)> == 2);
// A comparison inside a comparison is parenthesized on both sides: PostgreSQL rejects a = b = c, ranks
// IS below = and BETWEEN above it, and MySQL ranks BETWEEN below =.
constexpr auto cmp_cmp = sq::select(users.id).from(users).where((users.age > 1) == (users.age < 9));
static_assert(sq::sql_of<sq::sqlite, decltype(cmp_cmp)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" > ?) = ("users"."age" < ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(cmp_cmp)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" > $1) = ("users"."age" < $2))sql");
static_assert(sq::sql_of<sq::mysql, decltype(cmp_cmp)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE (`users`.`age` > ?) = (`users`.`age` < ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(cmp_cmp)> == 2);
constexpr auto cmp_is_null = sq::select(users.id).from(users).where((users.age == 1).is_null());
static_assert(sq::sql_of<sq::sqlite, decltype(cmp_is_null)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" = ?) IS NULL)sql");
static_assert(sq::sql_of<sq::postgres, decltype(cmp_is_null)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" = $1) IS NULL)sql");
static_assert(sq::sql_of<sq::mysql, decltype(cmp_is_null)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE (`users`.`age` = ?) IS NULL)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(cmp_is_null)> == 1);
constexpr auto between_eq = sq::select(users.id).from(users).where(users.age.between(1, 9) == true);
static_assert(sq::sql_of<sq::sqlite, decltype(between_eq)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" BETWEEN ? AND ?) = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(between_eq)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" BETWEEN $1 AND $2) = $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(between_eq)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE (`users`.`age` BETWEEN ? AND ?) = ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(between_eq)> == 3);
constexpr auto like_ne = sq::select(users.id).from(users).where(users.name.like("A%") != false);
static_assert(sq::sql_of<sq::sqlite, decltype(like_ne)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."name" LIKE ?) <> ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(like_ne)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."name" LIKE $1) <> $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(like_ne)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE (`users`.`name` LIKE ?) <> ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(like_ne)> == 2);
constexpr auto between_exprs = sq::select(users.id).from(users).where(users.age.between(users.age - 1, users.age * 2));
static_assert(sq::sql_of<sq::sqlite, decltype(between_exprs)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" BETWEEN "users"."age" - ? AND "users"."age" * ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(between_exprs)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" BETWEEN "users"."age" - $1 AND "users"."age" * $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(between_exprs)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` BETWEEN `users`.`age` - ? AND `users`.`age` * ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(between_exprs)> == 2);
constexpr auto in_exprs = sq::select(users.id).from(users).where((users.age + 1).in(users.age, 2));
static_assert(sq::sql_of<sq::sqlite, decltype(in_exprs)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + ? IN ("users"."age", ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(in_exprs)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" + $1 IN ("users"."age", $2))sql");
static_assert(sq::sql_of<sq::mysql, decltype(in_exprs)> ==
              R"sql(SELECT `users`.`id` FROM `users` WHERE `users`.`age` + ? IN (`users`.`age`, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(in_exprs)> == 2);
constexpr auto cmp_in_and = sq::select(users.id).from(users, posts).where(users.age == 1 && (users.name == "a" || posts.published == true));
static_assert(sq::sql_of<sq::sqlite, decltype(cmp_in_and)> ==
              R"sql(SELECT "users"."id" FROM "users", "posts" WHERE "users"."age" = ? AND ("users"."name" = ? OR "posts"."published" = ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(cmp_in_and)> ==
              R"sql(SELECT "users"."id" FROM "users", "posts" WHERE "users"."age" = $1 AND ("users"."name" = $2 OR "posts"."published" = $3))sql");
static_assert(sq::sql_of<sq::mysql, decltype(cmp_in_and)> ==
              R"sql(SELECT `users`.`id` FROM `users`, `posts` WHERE `users`.`age` = ? AND (`users`.`name` = ? OR `posts`.`published` = ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(cmp_in_and)> == 3);


// --- sq::all_rows: an explicit "no condition" (required on update and delete, allowed on select) --
constexpr auto every_row = sq::select(users.id).from(users).where(sq::all_rows);
static_assert(sq::sql_of<sq::sqlite, decltype(every_row)> == R"sql(SELECT "users"."id" FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(every_row)> == R"sql(SELECT `users`.`id` FROM `users`)sql");

// --- the value types of conditions: NULL-ness propagates from nullable operands ---------------------
static_assert(sq::expression<decltype(users.age > 1)>);
static_assert(sq::is_boolean<decltype(users.name == "x")>);
static_assert(sq::is_boolean<decltype(posts.published)>);
static_assert(!sq::is_boolean<decltype(users.age)>);
static_assert(!sq::is_boolean<decltype(users.age + 1)>);
static_assert(std::is_same_v<sq::value_of<decltype(users.name == "x")>, bool>);
static_assert(std::is_same_v<sq::value_of<decltype(users.age > 1)>, std::optional<bool>>);
static_assert(std::is_same_v<sq::value_of<decltype(users.age.is_null())>, bool>);
static_assert(std::is_same_v<sq::value_of<decltype(users.age + 1)>, std::optional<int>>);
static_assert(std::is_same_v<sq::value_of<decltype(users.id * 2.5)>, double>);
static_assert(std::is_same_v<sq::value_of<decltype(!(users.age > 1))>, std::optional<bool>>);
static_assert(std::is_same_v<sq::tables_of<decltype(posts.user_id == users.id)>,
                             sq::detail::type_list<posts_t, users_t>>);
static_assert(sq::comparable<std::int64_t, double> && sq::comparable<std::string, std::string>);
static_assert(!sq::comparable<std::string, int> && !sq::comparable<std::chrono::sys_days, int>);

// --- where() is there once, and only on statements that filter rows ----------------------------------
template <class S>
concept has_where = requires(S s) { s.where(sq::all_rows); };
static_assert(has_where<decltype(sq::select(users.id).from(users))>);
static_assert(!has_where<decltype(eq)>);  // a second where() does not exist: combine with &&
static_assert(!has_where<decltype(sq::insert_into(users))>);
static_assert(has_where<decltype(sq::update(users).set(users.age = 1))>);
static_assert(has_where<decltype(sq::delete_from(users))>);
static_assert(!has_where<decltype(sq::delete_from(users).where(sq::all_rows))>);

}  // namespace

TEST_CASE("where() renders at run time as at compile time", "[sql][where]") {
  CHECK(sq::to_sql<sq::sqlite>(and_) ==
        R"sql(SELECT "users"."id" FROM "users" WHERE "users"."age" > ? AND "users"."name" LIKE ?)sql");
  CHECK(sq::to_sql<sq::postgres>(or_in_and) ==
        R"sql(SELECT "users"."id" FROM "users" WHERE ("users"."age" < $1 OR "users"."age" > $2) AND "users"."name" <> $3)sql");
  CHECK(sq::to_sql<sq::mysql>(in) ==
        "SELECT `users`.`id` FROM `users` WHERE `users`.`age` IN (?, ?, ?)");
}

TEST_CASE("where() binds its values in the order of their placeholders", "[sql][where]") {
  CHECK(bound_values(and_) == "28, 'A%'");
  CHECK(bound_values(value_left) == "30");
  CHECK(bound_values(in) == "18, 21, 65");
  CHECK(bound_values(between) == "18, 65");
  CHECK(bound_values(or_in_and) == "18, 65, 'root'");
  CHECK(bound_values(sub_right) == "1, 0");
  CHECK(bound_values(between_exprs) == "1, 2");
  CHECK(bound_values(two_columns).empty());
}

TEST_CASE("a string value is held by value, so the statement may outlive it", "[sql][where]") {
  auto const q = [] {
    std::string name = "Carol";
    return sq::select(users.id).from(users).where(users.name == name);
  }();
  CHECK(bound_values(q) == "'Carol'");
}

}  // namespace sql_test
