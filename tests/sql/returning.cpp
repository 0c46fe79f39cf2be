// SPDX-License-Identifier: BSL-1.0
// RETURNING: explicit on INSERT, UPDATE and DELETE; implicit on PostgreSQL's INSERT for the key.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

constexpr auto insert_returning =
    sq::insert_into(users).values(users.name = "Alice").returning(users.id, users.name);
static_assert(sq::sql_of<sq::sqlite, decltype(insert_returning)> ==
              R"sql(INSERT INTO "users" ("name") VALUES (?) RETURNING "users"."id", "users"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(insert_returning)> ==
              R"sql(INSERT INTO "users" ("name") VALUES ($1) RETURNING "users"."id", "users"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(insert_returning)> ==
              R"sql(INSERT INTO `users` (`name`) VALUES (?) RETURNING `users`.`id`, `users`.`name`)sql");
static_assert(sq::returns_rows<decltype(insert_returning)>);
static_assert(std::is_same_v<decltype(insert_returning)::result_items,
                             sq::detail::type_list<decltype(users_t::id), decltype(users_t::name)>>);

constexpr auto delete_returning = sq::delete_from(users).where(users.age > 90).returning(users.id);
static_assert(sq::sql_of<sq::sqlite, decltype(delete_returning)> ==
              R"sql(DELETE FROM "users" WHERE "users"."age" > ? RETURNING "users"."id")sql");
static_assert(sq::sql_of<sq::postgres, decltype(delete_returning)> ==
              R"sql(DELETE FROM "users" WHERE "users"."age" > $1 RETURNING "users"."id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(delete_returning)> ==
              R"sql(DELETE FROM `users` WHERE `users`.`age` > ? RETURNING `users`.`id`)sql");

// UPDATE ... RETURNING: SQLite and PostgreSQL (MySQL and MariaDB have none: a compile error).
constexpr auto update_returning =
    sq::update(users).set(users.age = users.age + 1).where(sq::all_rows).returning(users.age);
static_assert(sq::sql_of<sq::sqlite, decltype(update_returning)> ==
              R"sql(UPDATE "users" SET "age" = "users"."age" + ? RETURNING "users"."age")sql");
static_assert(sq::sql_of<sq::postgres, decltype(update_returning)> ==
              R"sql(UPDATE "users" SET "age" = "users"."age" + $1 RETURNING "users"."age")sql");

// Without returning(), PostgreSQL's INSERT returns the generated key so last_insert_id works;
// a table without a generated key returns nothing.
constexpr auto plain_insert = sq::insert_into(users).values(users.name = "Bob");
static_assert(sq::sql_of<sq::postgres, decltype(plain_insert)> ==
              R"sql(INSERT INTO "users" ("name") VALUES ($1) RETURNING "id")sql");
static_assert(sq::sql_of<sq::sqlite, decltype(plain_insert)> == R"sql(INSERT INTO "users" ("name") VALUES (?))sql");
static_assert(!sq::returns_rows<decltype(plain_insert)>);
constexpr auto keyless_insert =
    sq::insert_into(memberships).values(memberships.user_id = 1, memberships.group_id = 2);
static_assert(sq::sql_of<sq::postgres, decltype(keyless_insert)> ==
              R"sql(INSERT INTO "memberships" ("user_id", "group_id") VALUES ($1, $2))sql");

template <class S>
concept has_returning = requires(S s) { s.returning(users.id); };
static_assert(!has_returning<decltype(sq::select(users.id).from(users))>);
static_assert(!has_returning<decltype(insert_returning)>);  // once only

TEST_CASE("returning renders at run time as at compile time", "[sql][returning]") {
  CHECK(sq::to_sql<sq::mysql>(delete_returning) ==
        "DELETE FROM `users` WHERE `users`.`age` > ? RETURNING `users`.`id`");
  CHECK(sq::to_sql<sq::postgres>(insert_returning) ==
        R"sql(INSERT INTO "users" ("name") VALUES ($1) RETURNING "users"."id", "users"."name")sql");
}

}  // namespace
}  // namespace sql_test
