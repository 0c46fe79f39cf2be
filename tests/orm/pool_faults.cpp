// SPDX-License-Identifier: BSL-1.0
// The pool under faults: idle connections the server ended (a restart, terminated backends) are
// replaced without an error reaching the caller, old ones are recycled, a connection left in a
// transaction is not reused, and rows read through a temporary handle keep their connection.
#include <chrono>
#include <thread>

#include "models.hpp"

using namespace orm_test;
using namespace std::chrono_literals;

namespace {
bool is_server(std::string_view url) { return !url.starts_with("sqlite"); }

// The server's id of the session behind a connection.
std::int64_t session_id(sq::connection& db) {
  auto const sql = db.dialect() == sq::dialect_id::postgres ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
  return db.execute(sq::raw<std::int64_t>(sql)).scalar();
}

// Ends that session from another connection, as an administrator or a server restart would, and
// waits until the server has let it go.
void end_session(std::string const& url, std::int64_t id) {
  auto admin = sq::connect(url);
  bool const pg = admin.dialect() == sq::dialect_id::postgres;
  if (pg)
    admin.execute(sq::raw<bool>("SELECT pg_terminate_backend(CAST($1 AS integer))", id)).scalar();
  else
    admin.execute_simple("KILL CONNECTION " + std::to_string(id));
  auto const alive = pg ? "SELECT count(*) FROM pg_stat_activity WHERE pid = CAST($1 AS integer)"
                        : "SELECT count(*) FROM information_schema.processlist WHERE id = ?";
  for (int i = 0; i != 500 && admin.execute(sq::raw<std::int64_t>(alive, id)).scalar() != 0; ++i)
    std::this_thread::sleep_for(10ms);
}
}  // namespace

TEST_CASE("the pool replaces idle connections the server ended, without an error", "[orm][pool]") {
  RUN_TEST_DATABASES(url);
  if (!is_server(url)) return;  // an embedded database is never lost
  auto engine = fresh_engine(url, {.pool_size = 3});
  std::vector<std::int64_t> ids;
  {
    std::vector<sq::pooled_connection> held;
    for (int i = 0; i != 3; ++i) held.push_back(engine.connect());
    for (auto& db : held) ids.push_back(session_id(*db));
  }
  CHECK(engine.pool().idle() == 3);
  for (auto id : ids) end_session(url, id);  // as a server restart would

  // Every caller gets a working connection; the dead ones are closed and replaced at checkout.
  for (int i = 0; i != 3; ++i) {
    sq::session session{engine};
    session.add(User{.name = "after restart " + std::to_string(i)});
    CHECK_NOTHROW(session.commit());
  }
  {
    std::vector<sq::pooled_connection> held;
    for (int i = 0; i != 3; ++i) CHECK_NOTHROW(held.push_back(engine.connect()));
  }
  CHECK(engine.pool().replaced() == 3);
  CHECK(engine.pool().opened() == 6);
  CHECK(stored_names(engine).size() == 3);
}

TEST_CASE("without a ping the first statement on a dead connection fails once", "[orm][pool]") {
  RUN_TEST_DATABASES(url);
  if (!is_server(url)) return;
  // ping_after: a connection idle for less is handed out unchecked (saving the round trip).
  auto engine = fresh_engine(url, {.pool_size = 1, .pool_ping_after = 1h});
  std::int64_t id = 0;
  {
    auto db = engine.connect();
    id = session_id(*db);
  }
  end_session(url, id);
  {
    sq::session session{engine};
    CHECK_THROWS_AS(session.query<User>().all(), sq::connection_error);
  }
  sq::session session{engine};  // the session closed the dead one: the next opens anew
  CHECK(session.query<User>().all().empty());
}

TEST_CASE("the pool recycles connections older than recycle_after", "[orm][pool]") {
  RUN_TEST_DATABASES(url);
  if (!sq::split_url(url).rest.starts_with("/") && !is_server(url)) return;  // :memory: would be emptied
  auto engine = sq::create_engine(url, {.pool_size = 2, .pool_recycle_after = 50ms});
  {
    auto db = engine.connect();
    std::this_thread::sleep_for(80ms);
  }
  CHECK(engine.pool().size() == 0);  // closed when it came back
  {
    auto db = engine.connect();
  }
  CHECK(engine.pool().idle() == 1);
  std::this_thread::sleep_for(80ms);
  auto db = engine.connect();  // too old by now: replaced at checkout
  CHECK(engine.pool().opened() == 3);
  CHECK(engine.pool().replaced() == 1);
}

TEST_CASE("a connection handed back inside a transaction is closed, not reused", "[orm][pool]") {
  RUN_TEST_DATABASES(url);
  auto engine = sq::create_engine(url, {.pool_size = 2});
  {
    auto db = engine.connect();
    db->execute_simple("BEGIN");  // left open, as a failed ROLLBACK would leave it
  }
  CHECK(engine.pool().size() == 0);
  auto db = engine.connect();
  CHECK_FALSE(db->in_transaction());
}

TEST_CASE("rows read through a temporary handle keep their connection checked out", "[orm][pool]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url, {.pool_size = 2});
  {
    sq::session session{engine};
    session.add_all({User{.name = "a"}, User{.name = "b"}, User{.name = "c"}});
    session.commit();
  }
  int rows = 0;
  for (auto const& [name] : engine.connect()->execute(sq::select(users.name).from(users))) {
    CHECK(engine.pool().checked_out() == 1);  // the handle is gone, its rows are not
    CHECK_FALSE(name.empty());
    ++rows;
  }
  CHECK(rows == 3);
  CHECK(engine.pool().checked_out() == 0);  // handed back after the last row

  // Stopped early, or never read: handed back when the rows are dropped.
  for (auto const& row : engine.connect()->execute(sq::select(users.name).from(users))) {
    (void)row;
    break;
  }
  CHECK(engine.pool().checked_out() == 0);
  {
    auto result = engine.connect()->execute(sq::select(users.name).from(users));
    CHECK(engine.pool().checked_out() == 1);
  }
  CHECK(engine.pool().checked_out() == 0);
  CHECK(engine.connect()->execute(sq::select(users.name).from(users)).all().size() == 3);
  CHECK(engine.pool().idle() >= 1);
}
