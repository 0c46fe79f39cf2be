// SPDX-License-Identifier: BSL-1.0
// LIMIT and OFFSET: bound counts, and OFFSET without LIMIT in each dialect.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- limit(): the count is a bound parameter ----------------------------------------------------------
constexpr auto limit = sq::select(users.name).from(users).limit(10);
static_assert(sq::sql_of<sq::sqlite, decltype(limit)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(limit)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(limit)> ==
              R"sql(SELECT `users`.`name` FROM `users` LIMIT ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(limit)> == 1);
constexpr auto limit_zero = sq::select(users.name).from(users).limit(0);
static_assert(sq::sql_of<sq::sqlite, decltype(limit_zero)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(limit_zero)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(limit_zero)> ==
              R"sql(SELECT `users`.`name` FROM `users` LIMIT ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(limit_zero)> == 1);

// --- limit() with offset(), in either call order ---------------------------------------------------------
constexpr auto limit_offset = sq::select(users.name).from(users).limit(10).offset(20);
static_assert(sq::sql_of<sq::sqlite, decltype(limit_offset)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT ? OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(limit_offset)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT $1 OFFSET $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(limit_offset)> ==
              R"sql(SELECT `users`.`name` FROM `users` LIMIT ? OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(limit_offset)> == 2);
constexpr auto offset_limit = sq::select(users.name).from(users).offset(20).limit(10);
static_assert(sq::sql_of<sq::sqlite, decltype(offset_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT ? OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(offset_limit)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT $1 OFFSET $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(offset_limit)> ==
              R"sql(SELECT `users`.`name` FROM `users` LIMIT ? OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(offset_limit)> == 2);

// --- offset() alone: SQLite and MySQL need a LIMIT before OFFSET, so each gets "no limit" in its own
// words (-1 in SQLite, the largest unsigned BIGINT in MySQL); PostgreSQL takes OFFSET alone. ----------
constexpr auto offset = sq::select(users.name).from(users).offset(20);
static_assert(sq::sql_of<sq::sqlite, decltype(offset)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT -1 OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(offset)> ==
              R"sql(SELECT "users"."name" FROM "users" OFFSET $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(offset)> ==
              R"sql(SELECT `users`.`name` FROM `users` LIMIT 18446744073709551615 OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(offset)> == 1);
constexpr auto offset_where = sq::select(users.name).from(users).where(users.age > 18).offset(20);
static_assert(sq::sql_of<sq::sqlite, decltype(offset_where)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" > ? LIMIT -1 OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(offset_where)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."age" > $1 OFFSET $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(offset_where)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`age` > ? LIMIT 18446744073709551615 OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(offset_where)> == 2);
constexpr auto offset_order = sq::select(users.name).from(users).order_by(users.name).offset(5);
static_assert(sq::sql_of<sq::sqlite, decltype(offset_order)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name" LIMIT -1 OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(offset_order)> ==
              R"sql(SELECT "users"."name" FROM "users" ORDER BY "users"."name" OFFSET $1)sql");
static_assert(sq::sql_of<sq::mysql, decltype(offset_order)> ==
              R"sql(SELECT `users`.`name` FROM `users` ORDER BY `users`.`name` LIMIT 18446744073709551615 OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(offset_order)> == 1);

// --- any integer type; the count is bound as a 64-bit integer ----------------------------------------------
constexpr auto limit_unsigned = sq::select(users.name).from(users).limit(std::uint8_t{3}).offset(std::size_t{4});
static_assert(sq::sql_of<sq::sqlite, decltype(limit_unsigned)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT ? OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(limit_unsigned)> ==
              R"sql(SELECT "users"."name" FROM "users" LIMIT $1 OFFSET $2)sql");
static_assert(sq::sql_of<sq::mysql, decltype(limit_unsigned)> ==
              R"sql(SELECT `users`.`name` FROM `users` LIMIT ? OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(limit_unsigned)> == 2);
constexpr auto limit_where_order = sq::select(users.name).from(users).where(users.name.like("A%")).order_by(users.name).limit(2).offset(4);
static_assert(sq::sql_of<sq::sqlite, decltype(limit_where_order)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."name" LIKE ? ORDER BY "users"."name" LIMIT ? OFFSET ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(limit_where_order)> ==
              R"sql(SELECT "users"."name" FROM "users" WHERE "users"."name" LIKE $1 ORDER BY "users"."name" LIMIT $2 OFFSET $3)sql");
static_assert(sq::sql_of<sq::mysql, decltype(limit_where_order)> ==
              R"sql(SELECT `users`.`name` FROM `users` WHERE `users`.`name` LIKE ? ORDER BY `users`.`name` LIMIT ? OFFSET ?)sql");
static_assert(sq::parameter_count_of<sq::sqlite, decltype(limit_where_order)> == 3);


// --- each once; limit() and offset() take integers only (checked by static_assert, see
// tests/compile_fail/limit_not_integer.cpp) ------------------------------------------------------------
template <class S>
concept has_limit = requires(S s) { s.limit(1); };
template <class S>
concept has_offset = requires(S s) { s.offset(1); };
static_assert(has_limit<decltype(sq::select(users.id).from(users))>);
static_assert(!has_limit<decltype(limit)> && has_offset<decltype(limit)>);
static_assert(has_limit<decltype(offset)> && !has_offset<decltype(offset)>);
static_assert(!has_limit<decltype(limit_offset)> && !has_offset<decltype(limit_offset)>);

}  // namespace

TEST_CASE("limit() and offset() render at run time as at compile time", "[sql][limit]") {
  CHECK(sq::to_sql<sq::sqlite>(offset) == R"sql(SELECT "users"."name" FROM "users" LIMIT -1 OFFSET ?)sql");
  CHECK(sq::to_sql<sq::postgres>(offset) == R"sql(SELECT "users"."name" FROM "users" OFFSET $1)sql");
  CHECK(sq::to_sql<sq::mysql>(offset) ==
        "SELECT `users`.`name` FROM `users` LIMIT 18446744073709551615 OFFSET ?");
  CHECK(sq::to_sql<sq::postgres>(limit_offset) == R"sql(SELECT "users"."name" FROM "users" LIMIT $1 OFFSET $2)sql");
}

TEST_CASE("limit() and offset() bind their counts as 64-bit integers, limit first", "[sql][limit]") {
  CHECK(bound_values(limit) == "10");
  CHECK(bound_values(limit_offset) == "10, 20");
  CHECK(bound_values(offset_limit) == "10, 20");
  CHECK(bound_values(offset) == "20");
  CHECK(bound_values(limit_unsigned) == "3, 4");
  CHECK(bound_values(limit_where_order) == "'A%', 2, 4");
  std::int64_t const* seen = nullptr;
  auto const q = sq::select(users.name).from(users).limit(7);
  auto check_type = [&seen](auto const& value) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, std::int64_t>) seen = &value;
  };
  q.for_each_param(check_type);
  REQUIRE(seen != nullptr);
  CHECK(*seen == 7);
}

}  // namespace sql_test
