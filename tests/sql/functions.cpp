// SPDX-License-Identifier: BSL-1.0
// Functions and CASE WHEN: their text per dialect, their value types (nullability, kinds) and the
// order their values bind in.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

template <class E>
using value_t = sq::value_of<E>;

// --- text functions ------------------------------------------------------------------------------
constexpr auto text_fns =
    sq::select(sq::lower(users.name), sq::upper(users.name), sq::trim(users.name), sq::length(users.name))
        .from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(text_fns)> ==
              R"sql(SELECT LOWER("users"."name"), UPPER("users"."name"), TRIM("users"."name"), LENGTH("users"."name") FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(text_fns)> ==
              R"sql(SELECT LOWER("users"."name"), UPPER("users"."name"), TRIM("users"."name"), LENGTH("users"."name") FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(text_fns)> ==
              "SELECT LOWER(`users`.`name`), UPPER(`users`.`name`), TRIM(`users`.`name`), CHAR_LENGTH(`users`.`name`) FROM `users`");
static_assert(std::is_same_v<value_t<decltype(sq::lower(users.name))>, std::string>);
static_assert(std::is_same_v<value_t<decltype(sq::lower(options.nick))>, std::optional<std::string>>);
static_assert(std::is_same_v<value_t<decltype(sq::length(users.name))>, std::int64_t>);
static_assert(std::is_same_v<value_t<decltype(sq::length(options.nick))>, std::optional<std::int64_t>>);

// A value is a parameter, never text in the SQL.
constexpr auto upper_value = sq::select(users.id).from(users).where(users.name == sq::upper("alice"));
static_assert(sq::sql_of<sq::sqlite, decltype(upper_value)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" = UPPER(?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(upper_value)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE "users"."name" = UPPER($1))sql");
static_assert(sq::sql_of<sq::mysql, decltype(upper_value)> ==
              "SELECT `users`.`id` FROM `users` WHERE `users`.`name` = UPPER(?)");

// PostgreSQL binds integers as BIGINT and SUBSTR takes INTEGER.
constexpr auto substr_ = sq::select(sq::substr(users.name, 2), sq::substr(users.name, 1, 3)).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(substr_)> ==
              R"sql(SELECT SUBSTR("users"."name", ?), SUBSTR("users"."name", ?, ?) FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(substr_)> ==
              R"sql(SELECT SUBSTR("users"."name", CAST($1 AS INTEGER)), SUBSTR("users"."name", CAST($2 AS INTEGER), CAST($3 AS INTEGER)) FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(substr_)> ==
              "SELECT SUBSTR(`users`.`name`, ?), SUBSTR(`users`.`name`, ?, ?) FROM `users`");
static_assert(sq::parameter_count_of<sq::postgres, decltype(substr_)> == 3);

constexpr auto replace_ = sq::select(sq::replace(users.name, "a", "o")).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(replace_)> ==
              R"sql(SELECT REPLACE("users"."name", ?, ?) FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(replace_)> ==
              R"sql(SELECT REPLACE("users"."name", $1, $2) FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(replace_)> ==
              "SELECT REPLACE(`users`.`name`, ?, ?) FROM `users`");

// || on SQLite and PostgreSQL (parenthesized: they rank it differently), CONCAT() on MySQL.
constexpr auto concat_ = sq::select(sq::concat(users.name, " (", options.email, ")")).from(users, options);
static_assert(sq::sql_of<sq::sqlite, decltype(concat_)> ==
              R"sql(SELECT ("users"."name" || ? || "options"."email" || ?) FROM "users", "options")sql");
static_assert(sq::sql_of<sq::postgres, decltype(concat_)> ==
              R"sql(SELECT ("users"."name" || $1 || "options"."email" || $2) FROM "users", "options")sql");
static_assert(sq::sql_of<sq::mysql, decltype(concat_)> ==
              "SELECT CONCAT(`users`.`name`, ?, `options`.`email`, ?) FROM `users`, `options`");
static_assert(std::is_same_v<value_t<decltype(sq::concat(users.name, options.nick))>, std::optional<std::string>>);

// --- numbers -------------------------------------------------------------------------------------
constexpr auto numbers = sq::select(sq::abs(users.age), sq::round(posts.score), sq::round(posts.score, 2)).from(users, posts);
static_assert(sq::sql_of<sq::sqlite, decltype(numbers)> ==
              R"sql(SELECT ABS("users"."age"), ROUND("posts"."score"), ROUND("posts"."score", ?) FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(numbers)> ==
              R"sql(SELECT ABS("users"."age"), ROUND(CAST("posts"."score" AS NUMERIC)), ROUND(CAST("posts"."score" AS NUMERIC), CAST($1 AS INTEGER)) FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(numbers)> ==
              "SELECT ABS(`users`.`age`), ROUND(`posts`.`score`), ROUND(`posts`.`score`, ?) FROM `users`, `posts`");
static_assert(std::is_same_v<value_t<decltype(sq::abs(users.age))>, std::optional<int>>);
static_assert(std::is_same_v<value_t<decltype(sq::abs(users.id))>, std::int64_t>);
static_assert(std::is_same_v<value_t<decltype(sq::round(users.age, 1))>, std::optional<double>>);
static_assert(std::is_same_v<value_t<decltype(sq::round(posts.score))>, double>);

// Functions are expressions: arithmetic and comparison take them.
constexpr auto nested = sq::select(users.id).from(users).where(sq::length(sq::trim(users.name)) + 1 > 3);
static_assert(sq::sql_of<sq::sqlite, decltype(nested)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE LENGTH(TRIM("users"."name")) + ? > ?)sql");
static_assert(sq::sql_of<sq::mysql, decltype(nested)> ==
              "SELECT `users`.`id` FROM `users` WHERE CHAR_LENGTH(TRIM(`users`.`name`)) + ? > ?");

// --- NULL handling -------------------------------------------------------------------------------
constexpr auto coalesce_ = sq::select(sq::coalesce(users.age, 0), sq::nullif(users.name, "")).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(coalesce_)> ==
              R"sql(SELECT COALESCE("users"."age", ?), NULLIF("users"."name", ?) FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(coalesce_)> ==
              R"sql(SELECT COALESCE("users"."age", $1), NULLIF("users"."name", $2) FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(coalesce_)> ==
              "SELECT COALESCE(`users`.`age`, ?), NULLIF(`users`.`name`, ?) FROM `users`");
// Nullable only when every value is; an int and a double share a double.
static_assert(std::is_same_v<value_t<decltype(sq::coalesce(users.age, 0))>, int>);
static_assert(std::is_same_v<value_t<decltype(sq::coalesce(users.age, options.editor))>, std::optional<std::int64_t>>);
static_assert(std::is_same_v<value_t<decltype(sq::coalesce(users.age, options.money, 1.5))>, double>);
static_assert(std::is_same_v<value_t<decltype(sq::nullif(users.name, ""))>, std::optional<std::string>>);

// --- cast ----------------------------------------------------------------------------------------
constexpr auto casts = sq::select(sq::cast<std::string>(users.id), sq::cast<double>(users.age),
                                  sq::cast<std::int64_t>(users.name), sq::cast<std::uint32_t>(posts.score))
                           .from(users, posts);
static_assert(sq::sql_of<sq::sqlite, decltype(casts)> ==
              R"sql(SELECT CAST("users"."id" AS TEXT), CAST("users"."age" AS REAL), CAST("users"."name" AS INTEGER), CAST("posts"."score" AS INTEGER) FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::postgres, decltype(casts)> ==
              R"sql(SELECT CAST("users"."id" AS TEXT), CAST("users"."age" AS DOUBLE PRECISION), CAST("users"."name" AS BIGINT), CAST("posts"."score" AS BIGINT) FROM "users", "posts")sql");
static_assert(sq::sql_of<sq::mysql, decltype(casts)> ==
              "SELECT CAST(`users`.`id` AS CHAR), CAST(`users`.`age` AS DOUBLE), CAST(`users`.`name` AS SIGNED), CAST(`posts`.`score` AS UNSIGNED) FROM `users`, `posts`");
static_assert(std::is_same_v<value_t<decltype(sq::cast<std::string>(users.id))>, std::string>);
static_assert(std::is_same_v<value_t<decltype(sq::cast<double>(users.age))>, std::optional<double>>);

// Dates and times: SQLite keeps them as text and normalizes them with its date functions.
constexpr auto time_casts = sq::select(sq::cast<std::chrono::sys_days>(types.text),
                                       sq::cast<std::chrono::sys_seconds>(types.text),
                                       sq::cast<sq::timestamp_us>(types.text), sq::cast<sq::blob>(types.text))
                                .from(types);
static_assert(sq::sql_of<sq::sqlite, decltype(time_casts)> ==
              R"sql(SELECT DATE("types"."text"), DATETIME("types"."text"), STRFTIME('%Y-%m-%d %H:%M:%f', "types"."text"), CAST("types"."text" AS BLOB) FROM "types")sql");
static_assert(sq::sql_of<sq::postgres, decltype(time_casts)> ==
              R"sql(SELECT CAST("types"."text" AS DATE), CAST("types"."text" AS TIMESTAMP(0)), CAST("types"."text" AS TIMESTAMP(6)), CAST("types"."text" AS BYTEA) FROM "types")sql");
static_assert(sq::sql_of<sq::mysql, decltype(time_casts)> ==
              "SELECT CAST(`types`.`text` AS DATE), CAST(`types`.`text` AS DATETIME), CAST(`types`.`text` AS DATETIME(6)), CAST(`types`.`text` AS BINARY) FROM `types`");

// --- current_timestamp: UTC, to the second, on each database --------------------------------------
constexpr auto now = sq::select(sq::current_timestamp).from(users);
static_assert(sq::sql_of<sq::sqlite, decltype(now)> == R"sql(SELECT CURRENT_TIMESTAMP FROM "users")sql");
static_assert(sq::sql_of<sq::postgres, decltype(now)> ==
              R"sql(SELECT DATE_TRUNC('second', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') FROM "users")sql");
static_assert(sq::sql_of<sq::mysql, decltype(now)> == "SELECT UTC_TIMESTAMP() FROM `users`");
static_assert(std::is_same_v<value_t<decltype(sq::current_timestamp)>, std::chrono::sys_seconds>);
constexpr auto stamp = sq::update(types).set(types.at = sq::current_timestamp).where(types.at_us < sq::current_timestamp);
static_assert(sq::sql_of<sq::mysql, decltype(stamp)> ==
              "UPDATE `types` SET `at` = UTC_TIMESTAMP() WHERE `types`.`at_us` < UTC_TIMESTAMP()");

// --- case_when -----------------------------------------------------------------------------------
constexpr auto band = sq::case_when(users.age < 18, "minor").when(users.age < 65, "adult").else_("senior");
// Selected, the CASE sorts by its position (its parameters are bound once).
constexpr auto case_ = sq::select(users.name, band).from(users).order_by(band.asc());
static_assert(sq::sql_of<sq::sqlite, decltype(case_)> ==
              R"sql(SELECT "users"."name", CASE WHEN "users"."age" < ? THEN ? WHEN "users"."age" < ? THEN ? ELSE ? END FROM "users" ORDER BY 2 ASC)sql");
static_assert(sq::sql_of<sq::postgres, decltype(case_)> ==
              R"sql(SELECT "users"."name", CASE WHEN "users"."age" < $1 THEN $2 WHEN "users"."age" < $3 THEN $4 ELSE $5 END FROM "users" ORDER BY 2 ASC)sql");
static_assert(sq::sql_of<sq::mysql, decltype(case_)> ==
              "SELECT `users`.`name`, CASE WHEN `users`.`age` < ? THEN ? WHEN `users`.`age` < ? THEN ? ELSE ? END FROM `users` ORDER BY 2 ASC");
// Not selected, the CASE is written out, with its own parameters.
constexpr auto case_sort = sq::select(users.name).from(users).order_by(band.asc());
static_assert(sq::sql_of<sq::postgres, decltype(case_sort)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY CASE WHEN "users"."age" < $1 THEN $2 WHEN "users"."age" < $3 THEN $4 ELSE $5 END ASC)sql");
// Without else_() a CASE may be NULL; with it, only when a value may be.
static_assert(std::is_same_v<value_t<decltype(band)>, std::string>);
static_assert(std::is_same_v<value_t<decltype(sq::case_when(users.age > 1, "x"))>, std::optional<std::string>>);
static_assert(std::is_same_v<value_t<decltype(sq::case_when(users.age > 1, users.age).else_(0))>, std::optional<int>>);
static_assert(std::is_same_v<value_t<decltype(sq::case_when(users.age > 1, users.id).else_(0.5))>, double>);

// A CASE in SET and in WHERE.
constexpr auto case_set = sq::update(users).set(users.age = sq::case_when(users.age.is_null(), 0).else_(users.age + 1)).where(sq::all_rows);
static_assert(sq::sql_of<sq::sqlite, decltype(case_set)> ==
              R"sql(UPDATE "users" SET "age" = CASE WHEN "users"."age" IS NULL THEN ? ELSE "users"."age" + ? END)sql");
static_assert(sq::sql_of<sq::postgres, decltype(case_set)> ==
              R"sql(UPDATE "users" SET "age" = CASE WHEN "users"."age" IS NULL THEN $1 ELSE "users"."age" + $2 END)sql");
static_assert(sq::sql_of<sq::mysql, decltype(case_set)> ==
              "UPDATE `users` SET `age` = CASE WHEN `users`.`age` IS NULL THEN ? ELSE `users`.`age` + ? END");
constexpr auto case_where = sq::select(users.id).from(users).where(sq::case_when(users.age > 30, users.name).else_("") == "Carol");
static_assert(sq::sql_of<sq::postgres, decltype(case_where)> ==
              R"sql(SELECT "users"."id" FROM "users" WHERE CASE WHEN "users"."age" > $1 THEN "users"."name" ELSE $2 END = $3)sql");

// Functions in INSERT values.
constexpr auto insert_fn = sq::insert_into(users).values(users.name = sq::upper("bob"), users.age = sq::abs(-3));
static_assert(sq::sql_of<sq::sqlite, decltype(insert_fn)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES (UPPER(?), ABS(?)))sql");
static_assert(sq::sql_of<sq::postgres, decltype(insert_fn)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES (UPPER($1), ABS($2)) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(insert_fn)> ==
              "INSERT INTO `users` (`name`, `age`) VALUES (UPPER(?), ABS(?))");

// Over aggregates: round(avg(x)) is an aggregate itself, lower(name) next to count() is not.
constexpr auto over_aggregates =
    sq::select(users.name, sq::coalesce(sq::sum(users.age), 0), sq::round(sq::avg(users.age), 1))
        .from(users)
        .group_by(users.name);
static_assert(sq::sql_of<sq::sqlite, decltype(over_aggregates)> ==
              R"sql(SELECT "users"."name", COALESCE(SUM("users"."age"), ?), ROUND(AVG("users"."age"), ?) FROM "users" GROUP BY "users"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(over_aggregates)> ==
              R"sql(SELECT "users"."name", COALESCE(SUM("users"."age"), $1), ROUND(CAST(AVG("users"."age") AS NUMERIC), CAST($2 AS INTEGER)) FROM "users" GROUP BY "users"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(over_aggregates)> ==
              "SELECT `users`.`name`, COALESCE(SUM(`users`.`age`), ?), ROUND(AVG(`users`.`age`), ?) FROM `users` GROUP BY `users`.`name`");
static_assert(!sq::mixes_aggregates<decltype(sq::select(sq::round(sq::avg(users.age)), sq::count()).from(users))>);
static_assert(sq::mixes_aggregates<decltype(sq::select(sq::lower(users.name), sq::count()).from(users))>);
static_assert(sq::mixes_aggregates<decltype(sq::select(sq::case_when(users.age > 1, 1).else_(0), sq::count()).from(users))>);
static_assert(std::is_same_v<value_t<decltype(sq::coalesce(sq::sum(users.age), 0))>, std::int64_t>);

TEST_CASE("functions bind their values in the order of their placeholders", "[sql][functions]") {
  CHECK(bound_values(substr_) == "2, 1, 3");
  CHECK(bound_values(replace_) == "'a', 'o'");
  CHECK(bound_values(concat_) == "' (', ')'");
  CHECK(bound_values(coalesce_) == "0, ''");
  CHECK(bound_values(case_) == "18, 'minor', 65, 'adult', 'senior'");  // ORDER BY 2 binds nothing
  CHECK(bound_values(case_sort) == "18, 'minor', 65, 'adult', 'senior'");
  CHECK(bound_values(case_set) == "0, 1");
  CHECK(bound_values(insert_fn) == "'bob', -3");
  CHECK(bound_values(now).empty());
}

TEST_CASE("a function renders at run time as at compile time", "[sql][functions]") {
  CHECK(sq::to_sql<sq::mysql>(concat_) == sq::sql_of<sq::mysql, decltype(concat_)>);
  CHECK(sq::to_sql<sq::postgres>(case_where) ==
        R"sql(SELECT "users"."id" FROM "users" WHERE CASE WHEN "users"."age" > $1 THEN "users"."name" ELSE $2 END = $3)sql");
}

}  // namespace
}  // namespace sql_test
