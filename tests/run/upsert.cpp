// SPDX-License-Identifier: BSL-1.0
// Upsert executed on every database: a duplicate with do_nothing() leaves the row alone, with
// do_update() changes it. rows_affected differs by database for a duplicate:
//   do_nothing(): SQLite 0, PostgreSQL 0, MariaDB 1 (its `key` = `key` update matches the row, and
//                 the connector counts matched rows, CLIENT_FOUND_ROWS)
//   do_update():  SQLite 1, PostgreSQL 1, MariaDB 2 (MySQL counts an update on duplicate as 2)
#include "support.hpp"

using namespace run_test;

namespace {
struct accounts_t : sq::table<accounts_t, "run_accounts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"email", std::string, sq::unique> email;
  column<"name", std::string> name;
  column<"visits", int, sq::default_value<1>> visits;
};
inline constexpr accounts_t accounts{};

struct members_t : sq::table<members_t, "run_members"> {
  column<"user_id", std::int64_t, sq::primary_key> user_id;
  column<"group_id", std::int64_t, sq::primary_key> group_id;
  column<"role", std::string> role;
};
inline constexpr members_t members{};

struct account {
  std::string name;
  int visits;
  bool operator==(account const&) const = default;
};

template <class Db>
std::vector<account> all_accounts(Db& db) {
  std::vector<account> out;
  for (auto const& [name, visits] :
       db.execute(sq::select(accounts.name, accounts.visits).from(accounts).order_by(accounts.id.asc())))
    out.push_back({name, visits});
  return out;
}

bool on_mysql(sq::connection const& db) { return db.dialect() == sq::dialect_id::mysql; }
}  // namespace

TEST_CASE("on_conflict().do_nothing() keeps the existing row", "[run][upsert]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, accounts);
  auto const add = [&db](std::string email, std::string name) {
    return db.execute(sq::insert_into(accounts)
                          .values(accounts.email = email, accounts.name = name)
                          .on_conflict(accounts.email)
                          .do_nothing());
  };
  CHECK(add("a@x", "Alice").rows_affected == 1);
  auto const duplicate = add("a@x", "Alicia");
  CHECK(duplicate.rows_affected == (on_mysql(db) ? 1 : 0));
  CHECK(add("b@x", "Bob").rows_affected == 1);
  CHECK(all_accounts(db) == std::vector<account>{{"Alice", 1}, {"Bob", 1}});

  // The primary key as the target: a duplicate id is skipped too.
  db.execute(sq::insert_into(accounts)
                 .values(accounts.id = 1, accounts.email = "c@x", accounts.name = "Carol")
                 .on_conflict(accounts.id)
                 .do_nothing());
  CHECK(all_accounts(db) == std::vector<account>{{"Alice", 1}, {"Bob", 1}});

  // Other errors still raise: do_nothing() is not INSERT IGNORE.
  struct strict_t : sq::table<strict_t, "run_accounts"> {
    column<"id", std::int64_t, sq::primary_key> id;
    column<"email", std::string, sq::unique> email;
    column<"name", std::optional<std::string>> name;  // NOT NULL in the real table
  };
  constexpr strict_t strict{};
  CHECK_THROWS_AS(db.execute(sq::insert_into(strict)
                                 .values(strict.email = "d@x", strict.name = std::nullopt)
                                 .on_conflict(strict.email)
                                 .do_nothing()),
                  sq::constraint_error);
}

TEST_CASE("on_conflict().do_update() changes the existing row", "[run][upsert]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, accounts);
  auto const visit = [&db](std::string email, std::string name) {
    return db.execute(sq::insert_into(accounts)
                          .values(accounts.email = email, accounts.name = name)
                          .on_conflict(accounts.email)
                          .do_update(accounts.visits = accounts.visits + 1,
                                     accounts.name = sq::excluded(accounts.name)));
  };
  CHECK(visit("a@x", "Alice").rows_affected == 1);
  CHECK(visit("b@x", "Bob").rows_affected == 1);
  auto const again = visit("a@x", "Alicia");
  CHECK(again.rows_affected == (on_mysql(db) ? 2 : 1));
  visit("a@x", "Ali");
  CHECK(all_accounts(db) == std::vector<account>{{"Ali", 3}, {"Bob", 1}});

  // A value bound in the update, and the proposed value used in an expression.
  db.execute(sq::insert_into(accounts)
                 .values(accounts.email = "b@x", accounts.name = "x", accounts.visits = 10)
                 .on_conflict(accounts.email)
                 .do_update(accounts.visits = accounts.visits + sq::excluded(accounts.visits) * 2,
                            accounts.name = sq::concat(accounts.name, "+")));
  CHECK(all_accounts(db) == std::vector<account>{{"Ali", 3}, {"Bob+", 21}});
}

TEST_CASE("a composite primary key as the conflict target", "[run][upsert]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, members);
  auto const join = [&db](std::int64_t user, std::int64_t group, std::string role) {
    db.execute(sq::insert_into(members)
                   .values(members.user_id = user, members.group_id = group, members.role = role)
                   .on_conflict(members.user_id, members.group_id)
                   .do_update(members.role = sq::excluded(members.role)));
  };
  join(1, 1, "member");
  join(1, 2, "member");
  join(1, 1, "owner");
  std::vector<std::string> roles;
  for (auto const& [role] :
       db.execute(sq::select(members.role).from(members).order_by(members.group_id.asc())))
    roles.push_back(role);
  CHECK(roles == names{"owner", "member"});
}
