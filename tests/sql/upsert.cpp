// SPDX-License-Identifier: BSL-1.0
// Upsert: ON CONFLICT ... DO NOTHING / DO UPDATE on SQLite and PostgreSQL, ON DUPLICATE KEY UPDATE
// on MySQL, and sq::excluded(column) for the proposed row's value.
#include <catch2/catch.hpp>

#include "schema.hpp"

namespace sql_test {
namespace {

// --- DO NOTHING: MySQL has none, so the conflict column is set to itself ---------------------------
constexpr auto nothing = sq::insert_into(options)
                             .values(options.code = "a", options.email = "a@x", options.owner = 1,
                                     options.short_name = "a")
                             .on_conflict(options.email)
                             .do_nothing();
static_assert(sq::sql_of<sq::sqlite, decltype(nothing)> ==
              R"sql(INSERT INTO "options" ("code", "email", "owner", "short_name") VALUES (?, ?, ?, ?) ON CONFLICT ("email") DO NOTHING)sql");
static_assert(sq::sql_of<sq::postgres, decltype(nothing)> ==
              R"sql(INSERT INTO "options" ("code", "email", "owner", "short_name") VALUES ($1, $2, $3, $4) ON CONFLICT ("email") DO NOTHING)sql");
static_assert(sq::sql_of<sq::mysql, decltype(nothing)> ==
              "INSERT INTO `options` (`code`, `email`, `owner`, `short_name`) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE `email` = `email`");

// --- DO UPDATE, with the proposed value and the existing one ---------------------------------------
constexpr auto update = sq::insert_into(users)
                            .values(users.id = 1, users.name = "Alice", users.age = 31)
                            .on_conflict(users.id)
                            .do_update(users.name = sq::excluded(users.name),
                                       users.age = users.age + sq::excluded(users.age) * 2);
static_assert(sq::sql_of<sq::sqlite, decltype(update)> ==
              R"sql(INSERT INTO "users" ("id", "name", "age") VALUES (?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "name" = excluded."name", "age" = "users"."age" + excluded."age" * ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(update)> ==
              R"sql(INSERT INTO "users" ("id", "name", "age") VALUES ($1, $2, $3) ON CONFLICT ("id") DO UPDATE SET "name" = excluded."name", "age" = "users"."age" + excluded."age" * $4 RETURNING "id")sql");
static_assert(sq::sql_of<sq::mysql, decltype(update)> ==
              "INSERT INTO `users` (`id`, `name`, `age`) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `age` = `users`.`age` + VALUES(`age`) * ?");
static_assert(sq::parameter_count_of<sq::mysql, decltype(update)> == 4);

// A composite primary key is named whole; a text primary key works like any unique column.
constexpr auto composite = sq::insert_into(memberships)
                               .values(memberships.user_id = 1, memberships.group_id = 2, memberships.role = "owner")
                               .on_conflict(memberships.user_id, memberships.group_id)
                               .do_update(memberships.role = "admin");
static_assert(sq::sql_of<sq::sqlite, decltype(composite)> ==
              R"sql(INSERT INTO "memberships" ("user_id", "group_id", "role") VALUES (?, ?, ?) ON CONFLICT ("user_id", "group_id") DO UPDATE SET "role" = ?)sql");
static_assert(sq::sql_of<sq::postgres, decltype(composite)> ==
              R"sql(INSERT INTO "memberships" ("user_id", "group_id", "role") VALUES ($1, $2, $3) ON CONFLICT ("user_id", "group_id") DO UPDATE SET "role" = $4)sql");
static_assert(sq::sql_of<sq::mysql, decltype(composite)> ==
              "INSERT INTO `memberships` (`user_id`, `group_id`, `role`) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE `role` = ?");
constexpr auto text_key = sq::insert_into(options)
                              .values(options.code = "a", options.email = "a@x", options.owner = 1,
                                      options.short_name = "a")
                              .on_conflict(options.code)
                              .do_update(options.email = sq::excluded(options.email));
static_assert(sq::sql_of<sq::postgres, decltype(text_key)> ==
              R"sql(INSERT INTO "options" ("code", "email", "owner", "short_name") VALUES ($1, $2, $3, $4) ON CONFLICT ("code") DO UPDATE SET "email" = excluded."email")sql");

// on_conflict() may come before values(); RETURNING follows the conflict clause.
constexpr auto returning = sq::insert_into(users)
                               .on_conflict(users.id)
                               .do_nothing()
                               .values(users.id = 1, users.name = "Alice")
                               .returning(users.id, users.name);
static_assert(sq::sql_of<sq::sqlite, decltype(returning)> ==
              R"sql(INSERT INTO "users" ("id", "name") VALUES (?, ?) ON CONFLICT ("id") DO NOTHING RETURNING "users"."id", "users"."name")sql");
static_assert(sq::sql_of<sq::postgres, decltype(returning)> ==
              R"sql(INSERT INTO "users" ("id", "name") VALUES ($1, $2) ON CONFLICT ("id") DO NOTHING RETURNING "users"."id", "users"."name")sql");
static_assert(sq::sql_of<sq::mysql, decltype(returning)> ==
              "INSERT INTO `users` (`id`, `name`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `id` = `id` RETURNING `users`.`id`, `users`.`name`");

TEST_CASE("upsert binds the inserted values, then the update's", "[sql][upsert]") {
  CHECK(bound_values(update) == "1, 'Alice', 31, 2");
  CHECK(bound_values(composite) == "1, 2, 'owner', 'admin'");
  CHECK(bound_values(nothing) == "'a', 'a@x', 1, 'a'");
  CHECK(sq::to_sql<sq::mysql>(nothing) == sq::sql_of<sq::mysql, decltype(nothing)>);
}

}  // namespace
}  // namespace sql_test
