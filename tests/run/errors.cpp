// SPDX-License-Identifier: BSL-1.0
// Errors from the database: constraint_error for unique, foreign key and NOT NULL violations,
// statement_error for a statement the database rejects. Each carries the SQL text and the
// database's message but never a bound value, and leaves the connection (and the failed statement)
// usable; inside a transaction, a failure can be rolled back with the data intact.
#include <typeinfo>

#include "support.hpp"

using namespace run_test;

namespace {
struct accounts_t : sq::table<accounts_t, "run_accounts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"email", std::string, sq::unique> email;
};
inline constexpr accounts_t accounts{};

// Two views of one table: `required` as created (label NOT NULL), `lax` as a program that wrongly
// believes label may be NULL.
struct required_t : sq::table<required_t, "run_required"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"label", std::string> label;
};
inline constexpr required_t required{};
struct lax_t : sq::table<lax_t, "run_required"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"label", std::optional<std::string>> label;
};
inline constexpr lax_t lax{};

// A table that is never created.
struct ghosts_t : sq::table<ghosts_t, "run_ghosts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
};
inline constexpr ghosts_t ghosts{};

// Runs f, which must throw exactly E (not a type derived from it), and returns the exception.
template <class E, class F>
E thrown_by(F&& f) {
  try {
    f();
  } catch (E const& e) {
    if (typeid(e) != typeid(E)) FAIL("expected " << typeid(E).name() << ", got " << typeid(e).name());
    return e;
  }
  FAIL("no exception was thrown");
  throw;  // unreachable: FAIL throws
}

// What every statement error must satisfy.
template <class Db, class S>
void check_statement_error(sq::statement_error const& e, Db const& db, S const& stmt,
                           std::string_view secret) {
  INFO("what(): " << e.what());
  CHECK(e.sql() == sql_for(db, stmt));
  CHECK_FALSE(e.database_message().empty());
  CHECK(contains(e.what(), e.database_message()));
  CHECK(contains(e.what(), e.sql()));
  if (!secret.empty()) {  // bound values never appear
    CHECK_FALSE(contains(e.what(), secret));
    CHECK_FALSE(contains(e.sql(), secret));
    CHECK_FALSE(contains(e.database_message(), secret));
  }
}

template <class Db>
std::int64_t count_accounts(Db& db) {
  return db.execute(sq::select(sq::count()).from(accounts)).scalar();
}
}  // namespace

TEST_CASE("a unique violation is a constraint_error without the value; the connection goes on",
          "[run][errors]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, accounts);

  std::string const secret = "dup-secret-4711@example.org";
  auto const insert = sq::insert_into(accounts).values(accounts.email = secret);
  db.execute(insert);

  auto e = thrown_by<sq::constraint_error>([&] { db.execute(insert); });
  check_statement_error(e, db, insert, "dup-secret-4711");
  if (db.dialect() == sq::dialect_id::sqlite) CHECK(contains(e.database_message(), "UNIQUE"));

  // The hierarchy: catchable as statement_error, sq::error and std::runtime_error.
  CHECK_THROWS_AS(db.execute(insert), sq::statement_error);
  CHECK_THROWS_AS(db.execute(insert), sq::error);
  CHECK_THROWS_AS(db.execute(insert), std::runtime_error);

  // The connection, and the same prepared statement, still work.
  auto const other = sq::insert_into(accounts).values(accounts.email = "other@example.org");
  CHECK(db.execute(other).rows_affected == 1);
  CHECK(count_accounts(db) == 2);
  CHECK(db.execute(sq::select(accounts.email).from(accounts).where(accounts.id == 1)).scalar() == secret);

  // An UPDATE into a taken value fails the same way and changes nothing.
  auto const update =
      sq::update(accounts).set(accounts.email = secret).where(accounts.email == "other@example.org");
  auto u = thrown_by<sq::constraint_error>([&] { db.execute(update); });
  check_statement_error(u, db, update, "dup-secret-4711");
  CHECK(db.execute(sq::select(sq::count()).from(accounts).where(accounts.email == "other@example.org"))
            .scalar() == 1);
}

TEST_CASE("a foreign key violation is a constraint_error; the connection goes on", "[run][errors]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  auto const alice = db.execute(sq::insert_into(users).values(users.name = "Alice")).last_insert_id;

  auto const orphan =
      sq::insert_into(posts).values(posts.user_id = std::int64_t{8675309}, posts.title = "hush-title");
  auto e = thrown_by<sq::constraint_error>([&] { db.execute(orphan); });
  check_statement_error(e, db, orphan, "8675309");
  CHECK_FALSE(contains(e.what(), "hush-title"));
  if (db.dialect() == sq::dialect_id::sqlite) CHECK(contains(e.database_message(), "FOREIGN KEY"));

  auto const valid = sq::insert_into(posts).values(posts.user_id = alice, posts.title = "hello");
  CHECK(db.execute(valid).rows_affected == 1);
  CHECK(db.execute(sq::select(posts.title).from(posts)).scalar() == "hello");

  // A referenced row cannot go while it is referenced.
  auto const remove = sq::delete_from(users).where(users.id == alice);
  auto d = thrown_by<sq::constraint_error>([&] { db.execute(remove); });
  check_statement_error(d, db, remove, "");
  CHECK(count_users(db) == 1);
  db.execute(sq::delete_from(posts).where(sq::all_rows));
  CHECK(db.execute(remove).rows_affected == 1);
}

TEST_CASE("a NOT NULL violation is a constraint_error; the connection goes on", "[run][errors]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, required);

  auto const null_label = sq::insert_into(lax).values(lax.label = std::nullopt);
  auto e = thrown_by<sq::constraint_error>([&] { db.execute(null_label); });
  check_statement_error(e, db, null_label, "");
  if (db.dialect() == sq::dialect_id::sqlite) CHECK(contains(e.database_message(), "NOT NULL"));

  CHECK(db.execute(sq::insert_into(required).values(required.label = "fine")).rows_affected == 1);
  CHECK(db.execute(sq::select(required.label).from(required)).scalar() == "fine");
}

TEST_CASE("a table that does not exist is a statement_error, and not a constraint_error", "[run][errors]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  db.execute(sq::drop_table(ghosts).if_exists());

  auto const query = sq::select(ghosts.id, ghosts.name).from(ghosts).where(ghosts.name == "casper-secret");
  auto e = thrown_by<sq::statement_error>([&] { db.execute(query); });
  check_statement_error(e, db, query, "casper-secret");
  CHECK(contains(e.database_message(), "run_ghosts"));

  auto const insert = sq::insert_into(ghosts).values(ghosts.name = "casper-secret");
  check_statement_error(thrown_by<sq::statement_error>([&] { db.execute(insert); }), db, insert,
                        "casper-secret");
  CHECK_THROWS_AS(db.execute(sq::drop_table(ghosts)), sq::statement_error);

  // A statement that failed to prepare was not cached: once the table exists it runs.
  recreate(db, ghosts);
  db.execute(insert);
  auto const prepared = db.prepare_count();
  CHECK(db.execute(query).all().size() == 1);
  CHECK(db.prepare_count() == prepared + 1);
  CHECK(db.execute(query).all().size() == 1);
  CHECK(db.prepare_count() == prepared + 1);
  db.execute(sq::drop_table(ghosts));
}

TEST_CASE("a failed statement inside a transaction, then rollback: the data is intact", "[run][errors]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, accounts);
  db.execute(sq::insert_into(accounts).values(accounts.email = "a@example.org"));
  db.execute(sq::insert_into(accounts).values(accounts.email = "b@example.org"));

  SECTION("rollback after the failure") {
    auto tx = db.begin();
    db.execute(sq::insert_into(accounts).values(accounts.email = "c@example.org"));
    db.execute(sq::delete_from(accounts).where(accounts.email == "a@example.org"));
    CHECK_THROWS_AS(db.execute(sq::insert_into(accounts).values(accounts.email = "b@example.org")),
                    sq::constraint_error);
    tx.rollback();
  }
  SECTION("the transaction destroyed by the exception") {
    auto attempt = [&db] {
      auto tx = db.begin();
      db.execute(sq::insert_into(accounts).values(accounts.email = "c@example.org"));
      db.execute(sq::insert_into(accounts).values(accounts.email = "a@example.org"));  // throws
      tx.commit();
    };
    CHECK_THROWS_AS(attempt(), sq::constraint_error);
  }
  SECTION("a statement error, not a constraint") {
    auto tx = db.begin();
    db.execute(sq::delete_from(accounts).where(sq::all_rows));
    CHECK_THROWS_AS(db.execute(sq::select(ghosts.id).from(ghosts)), sq::statement_error);
    tx.rollback();
  }
  std::vector<std::string> emails;
  for (auto const& [email] : db.execute(sq::select(accounts.email).from(accounts).order_by(accounts.email)))
    emails.push_back(email);
  CHECK(emails == names{"a@example.org", "b@example.org"});

  // A new transaction on the same connection works.
  auto tx = db.begin();
  db.execute(sq::insert_into(accounts).values(accounts.email = "d@example.org"));
  tx.commit();
  CHECK(count_accounts(db) == 3);
}

TEST_CASE("a savepoint recovers from a failed statement and the transaction commits", "[run][errors]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, accounts);
  db.execute(sq::insert_into(accounts).values(accounts.email = "a@example.org"));

  auto tx = db.begin();
  db.execute(sq::insert_into(accounts).values(accounts.email = "b@example.org"));
  {
    auto sp = tx.savepoint();
    db.execute(sq::insert_into(accounts).values(accounts.email = "c@example.org"));
    CHECK_THROWS_AS(db.execute(sq::insert_into(accounts).values(accounts.email = "a@example.org")),
                    sq::constraint_error);
    sp.rollback();
  }
  db.execute(sq::insert_into(accounts).values(accounts.email = "d@example.org"));
  tx.commit();

  std::vector<std::string> emails;
  for (auto const& [email] : db.execute(sq::select(accounts.email).from(accounts).order_by(accounts.email)))
    emails.push_back(email);
  CHECK(emails == names{"a@example.org", "b@example.org", "d@example.org"});
}

TEST_CASE("errors on the typed sq::sqlite_connection", "[run][errors][sqlite]") {
  sq::sqlite_connection db("sqlite://:memory:");
  recreate(db, accounts);
  auto const insert = sq::insert_into(accounts).values(accounts.email = "typed-secret");
  db.execute(insert);
  auto e = thrown_by<sq::constraint_error>([&] { db.execute(insert); });
  check_statement_error(e, db, insert, "typed-secret");
  CHECK(e.database_message() == "UNIQUE constraint failed: run_accounts.email");
  CHECK(e.sql() == sq::sql_of<sq::sqlite, decltype(insert)>);
  CHECK(e.sql() == R"(INSERT INTO "run_accounts" ("email") VALUES (?))");

  auto s = thrown_by<sq::statement_error>([&] { db.execute(sq::select(ghosts.id).from(ghosts)); });
  CHECK(s.database_message() == "no such table: run_ghosts");
  CHECK(count_accounts(db) == 1);
}
