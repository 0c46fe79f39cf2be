// SPDX-License-Identifier: BSL-1.0
// INSERT INTO ... VALUES: subsets of columns, defaults and NULLs left out, per dialect.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- the generated key and nullable columns may be left out; required columns may not ------------------
constexpr auto required_only = sq::insert_into(users).values(users.name = "Alice");
static_assert(sq::sql_of<sq::sqlite, decltype(required_only)> ==
              R"sql(INSERT INTO "users" ("name") VALUES (?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(required_only)> ==
              R"sql(INSERT INTO "users" ("name") VALUES ($1) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(required_only)> ==
              R"sql(INSERT INTO `users` (`name`) VALUES (?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(required_only)> == 1);
constexpr auto with_nullable = sq::insert_into(users).values(users.name = "Alice", users.age = 30);
static_assert(sq::sql_of<sq::sqlite, decltype(with_nullable)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES (?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(with_nullable)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES ($1, $2) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(with_nullable)> ==
              R"sql(INSERT INTO `users` (`name`, `age`) VALUES (?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(with_nullable)> == 2);
constexpr auto any_order = sq::insert_into(users).values(users.age = 30, users.name = "Alice");
static_assert(sq::sql_of<sq::sqlite, decltype(any_order)> ==
              R"sql(INSERT INTO "users" ("age", "name") VALUES (?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(any_order)> ==
              R"sql(INSERT INTO "users" ("age", "name") VALUES ($1, $2) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(any_order)> ==
              R"sql(INSERT INTO `users` (`age`, `name`) VALUES (?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(any_order)> == 2);
constexpr auto explicit_key = sq::insert_into(users).values(users.id = 7, users.name = "Alice", users.age = 30);
static_assert(sq::sql_of<sq::sqlite, decltype(explicit_key)> ==
              R"sql(INSERT INTO "users" ("id", "name", "age") VALUES (?, ?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(explicit_key)> ==
              R"sql(INSERT INTO "users" ("id", "name", "age") VALUES ($1, $2, $3) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(explicit_key)> ==
              R"sql(INSERT INTO `users` (`id`, `name`, `age`) VALUES (?, ?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(explicit_key)> == 3);
constexpr auto null_value = sq::insert_into(users).values(users.name = "Alice", users.age = std::nullopt);
static_assert(sq::sql_of<sq::sqlite, decltype(null_value)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES (?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(null_value)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES ($1, $2) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(null_value)> ==
              R"sql(INSERT INTO `users` (`name`, `age`) VALUES (?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(null_value)> == 2);
constexpr auto optional_value = sq::insert_into(users).values(users.name = "Alice", users.age = std::optional<int>{30});
static_assert(sq::sql_of<sq::sqlite, decltype(optional_value)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES (?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(optional_value)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES ($1, $2) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(optional_value)> ==
              R"sql(INSERT INTO `users` (`name`, `age`) VALUES (?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(optional_value)> == 2);

// --- columns with a default may be left out (the database fills them) or given -----------------------------
constexpr auto defaults_omitted = sq::insert_into(posts).values(posts.user_id = 1);
static_assert(sq::sql_of<sq::sqlite, decltype(defaults_omitted)> ==
              R"sql(INSERT INTO "posts" ("user_id") VALUES (?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(defaults_omitted)> ==
              R"sql(INSERT INTO "posts" ("user_id") VALUES ($1) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(defaults_omitted)> ==
              R"sql(INSERT INTO `posts` (`user_id`) VALUES (?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(defaults_omitted)> == 1);
constexpr auto defaults_given = sq::insert_into(posts).values(posts.user_id = 1, posts.title = "Hello", posts.score = 2.5, posts.published = true);
static_assert(sq::sql_of<sq::sqlite, decltype(defaults_given)> ==
              R"sql(INSERT INTO "posts" ("user_id", "title", "score", "published") VALUES (?, ?, ?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(defaults_given)> ==
              R"sql(INSERT INTO "posts" ("user_id", "title", "score", "published") VALUES ($1, $2, $3, $4) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(defaults_given)> ==
              R"sql(INSERT INTO `posts` (`user_id`, `title`, `score`, `published`) VALUES (?, ?, ?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(defaults_given)> == 4);
constexpr auto int_into_real = sq::insert_into(posts).values(posts.user_id = 1, posts.score = 3);
static_assert(sq::sql_of<sq::sqlite, decltype(int_into_real)> ==
              R"sql(INSERT INTO "posts" ("user_id", "score") VALUES (?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(int_into_real)> ==
              R"sql(INSERT INTO "posts" ("user_id", "score") VALUES ($1, $2) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(int_into_real)> ==
              R"sql(INSERT INTO `posts` (`user_id`, `score`) VALUES (?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(int_into_real)> == 2);

// --- a composite primary key is not generated: both columns are required ----------------------------------
constexpr auto composite_key = sq::insert_into(memberships).values(memberships.user_id = 1, memberships.group_id = 2);
static_assert(sq::sql_of<sq::sqlite, decltype(composite_key)> ==
              R"sql(INSERT INTO "memberships" ("user_id", "group_id") VALUES (?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(composite_key)> ==
              R"sql(INSERT INTO "memberships" ("user_id", "group_id") VALUES ($1, $2))sql");
static_assert(sq::sql_of<sq::mysql, decltype(composite_key)> ==
              R"sql(INSERT INTO `memberships` (`user_id`, `group_id`) VALUES (?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(composite_key)> == 2);

// --- nothing to give: every column takes its default (MySQL spells it () VALUES ()) --------------------------
constexpr auto all_defaults = sq::insert_into(events).values();
static_assert(sq::sql_of<sq::sqlite, decltype(all_defaults)> ==
              R"sql(INSERT INTO "events" DEFAULT VALUES)sql");
static_assert(sq::sql_of<sq::postgres, decltype(all_defaults)> ==
              R"sql(INSERT INTO "events" DEFAULT VALUES RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(all_defaults)> ==
              R"sql(INSERT INTO `events` () VALUES ())sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(all_defaults)> == 0);

// --- values may be expressions of values (still parameters) -----------------------------------------------
constexpr auto expression_value = sq::insert_into(users).values(users.name = "Alice", users.age = sq::as_operand(20) + 10);
static_assert(sq::sql_of<sq::sqlite, decltype(expression_value)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES (?, ? + ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(expression_value)> ==
              R"sql(INSERT INTO "users" ("name", "age") VALUES ($1, $2 + $3) RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(expression_value)> ==
              R"sql(INSERT INTO `users` (`name`, `age`) VALUES (?, ? + ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(expression_value)> == 3);

// --- every column type -----------------------------------------------------------------------------------------
constexpr auto every_type = sq::insert_into(types).values(types.i8 = std::int8_t{1}, types.u8 = std::uint8_t{2}, types.i16 = std::int16_t{3}, types.u16 = std::uint16_t{4}, types.i32 = 5, types.u32 = 6u, types.i64 = std::int64_t{7}, types.u64 = std::uint64_t{8}, types.flag = true, types.f = 1.5f, types.d = 2.5, types.text = "x", types.data = sq::blob{}, types.day = std::chrono::sys_days{std::chrono::year{2024} / 1 / 31}, types.at = std::chrono::sys_seconds{}, types.at_us = sq::timestamp_us{});
static_assert(sq::sql_of<sq::sqlite, decltype(every_type)> ==
              R"sql(INSERT INTO "types" ("i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "flag", "f", "d", "text", "data", "day", "at", "at_us") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
static_assert(sq::sql_of<sq::postgres, decltype(every_type)> ==
              R"sql(INSERT INTO "types" ("i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "flag", "f", "d", "text", "data", "day", "at", "at_us") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16))sql");
static_assert(sq::sql_of<sq::mysql, decltype(every_type)> ==
              R"sql(INSERT INTO `types` (`i8`, `u8`, `i16`, `u16`, `i32`, `u32`, `i64`, `u64`, `flag`, `f`, `d`, `text`, `data`, `day`, `at`, `at_us`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(every_type)> == 16);


// --- which columns an insert must name ---------------------------------------------------------------
static_assert(sq::is_required<decltype(users_t::name)>);
static_assert(!sq::is_required<decltype(users_t::id)> && !sq::is_required<decltype(users_t::age)>);
static_assert(sq::is_required<decltype(memberships_t::user_id)> &&
              sq::is_required<decltype(memberships_t::group_id)>);
static_assert(!sq::is_required<decltype(memberships_t::role)>);
static_assert(sq::is_assignment<decltype(users.name = "x")>);
static_assert(std::is_same_v<decltype(users.age = std::nullopt)::column, decltype(users_t::age)>);

// --- values() once, on insert only -------------------------------------------------------------------
template <class S>
concept has_values = requires(S s) { s.values(users.name = "x"); };
static_assert(has_values<decltype(sq::insert_into(users))>);
static_assert(!has_values<decltype(required_only)>);
template <class S>
concept has_where = requires(S s) { s.where(sq::all_rows); };
static_assert(!has_where<decltype(sq::insert_into(users))> && !has_where<decltype(required_only)>);
template <class T>
concept insertable = requires(T const& t) { sq::insert_into(t); };
static_assert(insertable<users_t> && !insertable<int> && !insertable<decltype(users.id)>);

}  // namespace

TEST_CASE("insert renders at run time as at compile time", "[sql][insert]") {
  CHECK(sq::to_sql<sq::sqlite>(with_nullable) == R"sql(INSERT INTO "users" ("name", "age") VALUES (?, ?))sql");
  CHECK(sq::to_sql<sq::postgres>(defaults_given) ==
        R"sql(INSERT INTO "posts" ("user_id", "title", "score", "published") VALUES ($1, $2, $3, $4) RETURNING "id")sql");
  CHECK(sq::to_sql<sq::mysql>(all_defaults) == "INSERT INTO `events` () VALUES ()");
  CHECK(sq::to_sql<sq::sqlite>(all_defaults) == R"sql(INSERT INTO "events" DEFAULT VALUES)sql");
}

TEST_CASE("insert binds its values in column order", "[sql][insert]") {
  CHECK(bound_values(with_nullable) == "'Alice', 30");
  CHECK(bound_values(any_order) == "30, 'Alice'");
  CHECK(bound_values(null_value) == "'Alice', NULL");
  CHECK(bound_values(optional_value) == "'Alice', 30");
  CHECK(bound_values(defaults_given) == "1, 'Hello', 2.500000, true");
  CHECK(bound_values(expression_value) == "'Alice', 20, 10");
  CHECK(bound_values(all_defaults).empty());
}

}  // namespace sql_test
