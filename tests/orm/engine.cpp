// SPDX-License-Identifier: BSL-1.0
// The engine on every test database: create_engine() opens nothing yet, the connection pool (its
// size limit and timeout, reuse, waiting, invalidation; tests/threads/ uses it from eight threads),
// and create_all() / drop_all() (foreign-key order, idempotence).
#include <chrono>
#include <thread>

#include "models.hpp"

using namespace orm_test;
using namespace std::chrono_literals;
using run_test::contains;

TEST_CASE("create_engine() checks the scheme but opens no connection", "[orm][engine]") {
  CHECK_THROWS_AS(sq::create_engine("nosuchdb://host/db"), sq::connection_error);
  CHECK_THROWS_AS(sq::create_engine("no scheme"), sq::connection_error);

  auto lazy = sq::create_engine("sqlite:///no_such_directory/at_all/x.db");
  CHECK(lazy.pool().size() == 0);
  CHECK_THROWS_AS(lazy.connect(), sq::connection_error);  // now it tries
  CHECK(lazy.pool().size() == 0);                          // and the slot is free again

  auto secret = sq::create_engine("sqlite:///user:secret@file.db");
  CHECK_FALSE(contains(secret.url(), "secret"));

  // SQLite's :memory: database is its connection's: a pool of one keeps one database.
  CHECK(sq::create_engine("sqlite://:memory:", {.pool_size = 8}).pool().max_size() == 1);
  CHECK(sq::create_engine("sqlite:///orm_pool.db", {.pool_size = 8}).pool().max_size() == 8);
}

TEST_CASE("the pool opens at most pool_size connections, and a checkout times out", "[orm][engine]") {
  RUN_TEST_DATABASES(url);
  auto engine = sq::create_engine(url, {.pool_size = 2, .pool_timeout = 100ms});
  std::size_t const n = engine.pool().max_size();  // 1 for :memory:
  CHECK(engine.pool().size() == 0);

  std::vector<sq::pooled_connection> held;
  for (std::size_t i = 0; i != n; ++i) held.push_back(engine.connect());
  CHECK(engine.pool().size() == n);
  CHECK(engine.pool().checked_out() == n);

  auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(engine.connect(), Catch::Contains("in use"));
  CHECK(std::chrono::steady_clock::now() - start >= 100ms);

  held.pop_back();
  CHECK(engine.pool().idle() == 1);
  auto again = engine.connect();  // the one handed back
  CHECK(engine.pool().size() == n);
  CHECK(engine.pool().opened() == n);
}

TEST_CASE("the pool reuses connections, and replaces an invalidated one", "[orm][engine]") {
  RUN_TEST_DATABASES(url);
  auto engine = sq::create_engine(url);
  sq::connection* first = nullptr;
  {
    auto db = engine.connect();
    first = db.get();
    db->execute_simple("SELECT 1");
  }
  for (int i = 0; i != 3; ++i) {
    auto db = engine.connect();
    CHECK(db.get() == first);
  }
  CHECK(engine.pool().size() == 1);
  CHECK(engine.pool().opened() == 1);

  {
    auto db = engine.connect();
    db.invalidate();
  }
  CHECK(engine.pool().size() == 0);
  auto fresh = engine.connect();
  CHECK(engine.pool().opened() == 2);

  // A checkout waits for a connection handed back by another thread.
  auto single = sq::create_engine(url, {.pool_size = 1, .pool_timeout = 5s});
  auto held = single.connect();
  std::thread giver([&held] {
    std::this_thread::sleep_for(50ms);
    held.release();
  });
  auto waited = single.connect();
  giver.join();
  CHECK(waited);
  CHECK(single.pool().opened() == 1);
}

TEST_CASE("create_all() creates tables parents first, and changes nothing the second time", "[orm][engine]") {
  static_assert(sq::sorted_tables(comments, posts, users) ==
                std::array<std::string_view, 3>{"orm_users", "orm_posts", "orm_comments"});
  static_assert(sq::sorted_tables(memberships, tags, users) ==
                std::array<std::string_view, 3>{"orm_tags", "orm_users", "orm_memberships"});
  static_assert(sq::sorted_tables(tags) == std::array<std::string_view, 1>{"orm_tags"});

  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = sq::create_engine(url, log.options());
  sq::drop_all(engine, comments, posts, users, tags, memberships);

  log.clear();
  sq::create_all(engine, comments, posts, users);  // children named first
  auto creates = log.starting("CREATE TABLE");
  REQUIRE(creates.size() == 3);
  CHECK(contains(creates[0], "orm_users"));
  CHECK(contains(creates[1], "orm_posts"));
  CHECK(contains(creates[2], "orm_comments"));
  CHECK(contains(creates[0], "IF NOT EXISTS"));

  sq::create_all(engine, comments, posts, users);  // again: nothing to do
  {
    sq::session session{engine};
    User& u = session.add(User{.name = "Ann"});
    session.flush();
    Post& p = session.add(Post{.user_id = u.id, .title = "T"});
    session.flush();
    session.add(Comment{.post_id = p.id, .body = "B"});
    session.commit();
  }
  sq::create_all(engine, users, posts, comments);  // the rows stay
  sq::session session{engine};
  CHECK(session.query<Comment>().count() == 1);
  session.close();

  log.clear();
  sq::drop_all(engine, users, posts, comments);
  auto drops = log.starting("DROP TABLE");
  REQUIRE(drops.size() == 3);
  CHECK(contains(drops[0], "orm_comments"));
  CHECK(contains(drops[1], "orm_posts"));
  CHECK(contains(drops[2], "orm_users"));
  sq::drop_all(engine, users, posts, comments);  // again: nothing to do
  CHECK_THROWS_AS(session.query<User>().count(), sq::statement_error);
}
