// SPDX-License-Identifier: BSL-1.0
// Transactions: commit persists, rollback() and destruction undo, savepoints nest (rolled back or
// released inside a transaction that commits or rolls back).
#include "support.hpp"

using namespace run_test;

namespace {
template <class Db>
void add(Db& db, char const* name) {
  db.execute(sq::insert_into(users).values(users.name = name));
}
}  // namespace

TEST_CASE("begin() + commit() persists", "[run][transactions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);

  auto tx = db.begin();
  CHECK(tx.active());
  add(db, "Alice");
  add(db, "Bob");
  CHECK(count_users(db) == 2);  // visible inside the transaction
  tx.commit();
  CHECK_FALSE(tx.active());
  CHECK(all_names(db) == names{"Alice", "Bob"});

  if (shared_database(url)) {  // and to another connection
    auto other = sq::connect(url);
    CHECK(all_names(other) == names{"Alice", "Bob"});
  }

  // A second transaction on the same connection, after the first ended.
  auto second = db.begin();
  add(db, "Carol");
  second.commit();
  CHECK(all_names(db) == names{"Alice", "Bob", "Carol"});
}

TEST_CASE("a transaction destroyed uncommitted rolls back", "[run][transactions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  add(db, "Alice");

  {
    auto tx = db.begin();
    add(db, "Bob");
    db.execute(sq::update(users).set(users.age = 40).where(users.name == "Alice"));
    db.execute(sq::delete_from(users).where(users.name == "Alice"));
    CHECK(all_names(db) == names{"Bob"});
  }
  CHECK(all_names(db) == names{"Alice"});
  CHECK(db.execute(sq::select(users.age).from(users)).scalar() == std::nullopt);

  {  // an exception leaving the scope rolls back the same way
    auto attempt = [&db] {
      auto tx = db.begin();
      add(db, "Bob");
      throw std::runtime_error("give up");
    };
    CHECK_THROWS_AS(attempt(), std::runtime_error);
  }
  CHECK(all_names(db) == names{"Alice"});

  // A moved transaction rolls back once, from its new owner.
  {
    auto tx = db.begin();
    add(db, "Bob");
    auto moved = std::move(tx);
    CHECK_FALSE(tx.active());
    CHECK(moved.active());
  }
  CHECK(all_names(db) == names{"Alice"});
}

TEST_CASE("rollback() undoes every change", "[run][transactions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  add(db, "Alice");

  auto tx = db.begin();
  add(db, "Bob");
  db.execute(sq::delete_from(users).where(users.name == "Alice"));
  tx.rollback();
  CHECK_FALSE(tx.active());
  CHECK(all_names(db) == names{"Alice"});

  if (shared_database(url)) {
    auto other = sq::connect(url);
    CHECK(all_names(other) == names{"Alice"});
  }

  // Work outside a transaction goes on, committed at once.
  add(db, "Carol");
  CHECK(all_names(db) == names{"Alice", "Carol"});
}

TEST_CASE("savepoints nest inside a transaction", "[run][transactions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);

  SECTION("a savepoint rolled back while the outer transaction commits") {
    auto tx = db.begin();
    add(db, "Alice");
    {
      auto sp = tx.savepoint();
      CHECK(sp.active());
      add(db, "Bob");
      CHECK(all_names(db) == names{"Alice", "Bob"});
      sp.rollback();
      CHECK_FALSE(sp.active());
    }
    CHECK(all_names(db) == names{"Alice"});
    add(db, "Carol");
    tx.commit();
    CHECK(all_names(db) == names{"Alice", "Carol"});
  }
  SECTION("a savepoint destroyed unreleased rolls back") {
    auto tx = db.begin();
    add(db, "Alice");
    {
      auto sp = tx.savepoint();
      add(db, "Bob");
    }
    tx.commit();
    CHECK(all_names(db) == names{"Alice"});
  }
  SECTION("a savepoint committed keeps its changes when the outer transaction commits") {
    auto tx = db.begin();
    add(db, "Alice");
    auto sp = tx.savepoint();
    add(db, "Bob");
    sp.commit();
    CHECK_FALSE(sp.active());
    tx.commit();
    CHECK(all_names(db) == names{"Alice", "Bob"});
  }
  SECTION("a committed savepoint is still undone by the outer rollback") {
    auto tx = db.begin();
    add(db, "Alice");
    auto sp = tx.savepoint();
    add(db, "Bob");
    sp.commit();
    tx.rollback();
    CHECK(all_names(db).empty());
  }
  SECTION("nested savepoints: the inner rolled back, the outer released") {
    auto tx = db.begin();
    add(db, "Alice");
    auto outer = tx.savepoint();
    add(db, "Bob");
    {
      auto inner = outer.nested();
      add(db, "Carol");
      auto innermost = inner.nested();
      add(db, "Dave");
      innermost.commit();
      CHECK(all_names(db) == names{"Alice", "Bob", "Carol", "Dave"});
      inner.rollback();  // takes Dave, released into it, along
    }
    CHECK(all_names(db) == names{"Alice", "Bob"});
    outer.commit();
    tx.commit();
    CHECK(all_names(db) == names{"Alice", "Bob"});
  }
  SECTION("sibling savepoints, one kept and one undone") {
    auto tx = db.begin();
    auto first = tx.savepoint();
    add(db, "Alice");
    first.commit();
    auto second = tx.savepoint();
    add(db, "Bob");
    second.rollback();
    auto third = tx.savepoint();
    add(db, "Carol");
    third.commit();
    tx.commit();
    CHECK(all_names(db) == names{"Alice", "Carol"});
  }
  if (shared_database(url)) {
    auto other = sq::connect(url);
    CHECK(all_names(other) == all_names(db));
  }
}

TEST_CASE("commit() or rollback() of a finished transaction or savepoint is an sq::error",
          "[run][transactions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);

  auto tx = db.begin();
  add(db, "Alice");
  auto sp = tx.savepoint();
  sp.commit();
  CHECK_THROWS_AS(sp.commit(), sq::error);
  CHECK_THROWS_AS(sp.rollback(), sq::error);
  tx.commit();
  CHECK_THROWS_AS(tx.commit(), sq::error);
  CHECK_THROWS_AS(tx.rollback(), sq::error);
  CHECK_THROWS_AS(tx.savepoint(), sq::error);
  CHECK(all_names(db) == names{"Alice"});

  auto next = db.begin();  // the connection is not stuck in a transaction
  add(db, "Bob");
  next.rollback();
  CHECK(all_names(db) == names{"Alice"});
}

TEST_CASE("a failed COMMIT leaves the transaction to roll back", "[run][transactions][sqlite]") {
  // SQLite checks deferred foreign keys at COMMIT, which then fails and leaves the transaction open.
  auto db = sq::connect("sqlite://:memory:");
  recreate(db, users, posts);
  add(db, "Alice");

  {
    auto tx = db.begin();
    db.execute_simple("PRAGMA defer_foreign_keys = ON");
    db.execute(sq::insert_into(posts).values(posts.user_id = std::int64_t{404}));  // no such user, yet
    add(db, "Bob");
    CHECK_THROWS_AS(tx.commit(), sq::constraint_error);
    CHECK(tx.active());  // still open: destroying it rolls back
  }
  CHECK(all_names(db) == names{"Alice"});
  CHECK(db.execute(sq::select(sq::count()).from(posts)).scalar() == 0);

  // An explicit rollback() after the failed commit works too.
  auto tx = db.begin();
  db.execute_simple("PRAGMA defer_foreign_keys = ON");
  db.execute(sq::insert_into(posts).values(posts.user_id = std::int64_t{404}));
  CHECK_THROWS_AS(tx.commit(), sq::constraint_error);
  tx.rollback();
  CHECK_FALSE(tx.active());

  auto next = db.begin();  // the connection is out of the failed transaction
  add(db, "Carol");
  next.commit();
  CHECK(all_names(db) == names{"Alice", "Carol"});
}

TEST_CASE("transactions on the typed sq::sqlite_connection", "[run][transactions][sqlite]") {
  sq::sqlite_connection db(":memory:");
  recreate(db, users, posts);

  {
    auto tx = db.begin();
    add(db, "Alice");
    auto sp = tx.savepoint();
    add(db, "Bob");
    sp.rollback();
    tx.commit();
  }
  {
    auto tx = db.begin();
    add(db, "Carol");
  }
  CHECK(all_names(db) == names{"Alice"});
}
