// SPDX-License-Identifier: BSL-1.0
// Connecting: sqlite URLs (memory, file, persistence across connections), the typed
// sq::sqlite_connection, and connection_error for unknown schemes, connectors not compiled in and
// malformed URLs, never echoing a password.
#include "support.hpp"

using namespace run_test;

namespace {
// A database file of the test's own, removed before and after.
struct temp_db {
  std::string path;
  explicit temp_db(std::string name) : path(std::move(name) + "_" + std::to_string(::getpid()) + ".db") {
    remove();
  }
  ~temp_db() { remove(); }
  void remove() const {
    std::error_code ignored;
    for (char const* suffix : {"", "-journal", "-wal", "-shm"})
      std::filesystem::remove(path + suffix, ignored);
  }
};

// The message of the connection_error that connect(url) throws.
std::string connect_error(std::string const& url) {
  try {
    sq::connect(url);
  } catch (sq::connection_error const& e) {
    return e.what();
  }
  FAIL("connect(\"" << url << "\") did not throw sq::connection_error");
  return {};
}

bool registered(std::string_view scheme) { return sq::detail::connectors().contains(scheme); }
}  // namespace

TEST_CASE("sqlite://:memory: opens a private database", "[run][connect]") {
  for (std::string url : {"sqlite://:memory:", "sqlite://", "sqlite:///:memory:"}) {
    INFO(url);
    auto db = sq::connect(url);
    CHECK(db.dialect() == sq::dialect_id::sqlite);
    recreate(db, users, posts);
    db.execute(sq::insert_into(users).values(users.name = "Alice"));
    CHECK(count_users(db) == 1);

    auto other = sq::connect(url);  // another memory database: empty
    CHECK_THROWS_AS(count_users(other), sq::statement_error);
  }
}

TEST_CASE("sqlite:///file.db persists across connections", "[run][connect]") {
  temp_db file("sequel_connect_persist");
  std::string const url = "sqlite:///" + file.path;
  {
    auto db = sq::connect(url);
    recreate(db, users, posts);
    db.execute(sq::insert_into(users).values(users.name = "Alice", users.age = 30));
  }
  CHECK(std::filesystem::exists(file.path));
  {
    auto db = sq::connect(url);
    auto alice = db.execute(sq::select(users.name, users.age).from(users)).one();
    CHECK(alice[users.name] == "Alice");
    CHECK(alice[users.age] == 30);
    db.execute(sq::insert_into(users).values(users.name = "Bob"));
  }
  // The typed connection takes the same URL, or the plain path.
  sq::sqlite_connection by_url(url);
  CHECK(all_names(by_url) == names{"Alice", "Bob"});
  sq::sqlite_connection by_path(file.path);
  CHECK(all_names(by_path) == names{"Alice", "Bob"});

  // Two open connections see each other's committed changes.
  auto writer = sq::connect(url);
  writer.execute(sq::delete_from(users).where(users.name == "Alice"));
  CHECK(all_names(by_url) == names{"Bob"});
}

TEST_CASE("an absolute path: sqlite:////abs/path.db", "[run][connect]") {
  temp_db file("sequel_connect_absolute");
  auto const absolute = std::filesystem::absolute(file.path).string();
  REQUIRE(absolute.front() == '/');
  {
    auto db = sq::connect("sqlite:///" + absolute);
    recreate(db, users, posts);
    db.execute(sq::insert_into(users).values(users.name = "Alice"));
  }
  auto relative = sq::connect("sqlite:///" + file.path);
  CHECK(all_names(relative) == names{"Alice"});  // the same file
}

TEST_CASE("the typed sq::sqlite_connection", "[run][connect][sqlite]") {
  sq::sqlite_connection db(":memory:");
  CHECK(db.dialect() == sq::dialect_id::sqlite);
  CHECK(db.backend().native_handle() != nullptr);
  seed_users(db);
  CHECK(db.execute(sq::select(users.name).from(users).where(users.age.between(26, 31)).order_by(users.name))
            .all()
            .size() == 2);

  sq::sqlite_connection memory_url("sqlite://:memory:");
  CHECK_THROWS_AS(count_users(memory_url), sq::statement_error);  // its own, empty database

  // Connections move, with their cache.
  auto moved = std::move(db);
  CHECK(count_users(moved) == 5);
  auto dispatched = sq::connect("sqlite://:memory:");
  auto moved_dispatched = std::move(dispatched);
  recreate(moved_dispatched, users, posts);
  CHECK(count_users(moved_dispatched) == 0);
}

TEST_CASE("an unknown scheme is a connection_error naming it", "[run][connect]") {
  auto message = connect_error("oracle://scott:tiger-secret@db.example.org/orcl");
  CHECK(contains(message, "oracle"));
  CHECK_FALSE(contains(message, "tiger-secret"));
  CHECK_THROWS_AS(sq::connect("oracle://x"), sq::error);
  CHECK(contains(connect_error("SQLITE://:memory:"), "SQLITE"));
}

TEST_CASE("a scheme whose connector is not compiled in names its header, not the password",
          "[run][connect]") {
  if (!registered("postgresql")) {
    for (std::string url : {"postgresql://u:secret@h/db", "postgres://u:secret@h:5432/db"}) {
      INFO(url);
      auto message = connect_error(url);
      CHECK(contains(message, "<sequel/postgres.hpp>"));
      CHECK_FALSE(contains(message, "secret"));
    }
  }
  if (!registered("mysql")) {
    for (std::string url : {"mysql://u:secret@h/db", "mariadb://u:secret@h:3306/db"}) {
      INFO(url);
      auto message = connect_error(url);
      CHECK(contains(message, "<sequel/mysql.hpp>"));
      CHECK_FALSE(contains(message, "secret"));
    }
  }
  CHECK(registered("sqlite"));
}

TEST_CASE("a malformed URL is a connection_error that does not echo a password", "[run][connect]") {
  for (std::string url : {"nonsense", "", "://nothing", "sqlite:/file.db", "sqlite:file.db"}) {
    INFO(url);
    CHECK_THROWS_AS(sq::connect(url), sq::connection_error);
  }
  CHECK(contains(connect_error("nonsense"), "nonsense"));

  // Credentials in a URL that cannot be split, or in an SQLite URL (which has no place for them).
  for (std::string url : {"postgresql:u:secret@h/db", "postgresql//u:secret@h/db", "u:secret@h",
                          "sqlite://u:secret@h/db", "sqlite://u:secret@/db"}) {
    INFO(url);
    CHECK_FALSE(contains(connect_error(url), "secret"));
  }

  CHECK(contains(connect_error("sqlite://u:secret@h/db"), "sqlite://u:***@h/db"));  // still says where

  // A relative sqlite URL without the third slash.
  CHECK(contains(connect_error("sqlite://relative.db"), "sqlite:///"));
}

TEST_CASE("a database that cannot be opened is a connection_error", "[run][connect]") {
  auto message = connect_error("sqlite:///no_such_directory_sequel/deeper/x.db");
  CHECK(contains(message, "no_such_directory_sequel"));
  CHECK_THROWS_AS(sq::sqlite_connection("/no_such_directory_sequel/x.db"), sq::connection_error);
}

// Each server URL in the test list, changed so that connecting must fail: a wrong password, a
// database that does not exist, a closed port. The password never appears in the message.
TEST_CASE("a server connection that fails is a connection_error without the password", "[run][connect]") {
  for (std::string const& url : test_urls()) {
    auto const scheme_end = url.find("://");
    auto const scheme = url.substr(0, scheme_end);
    if (scheme == "sqlite") continue;
    auto const at = url.rfind('@');
    auto const slash = url.find('/', at);
    std::string const user = url.substr(scheme_end + 3, url.find(':', scheme_end + 3) - scheme_end - 3);
    std::string const host = url.substr(at + 1, slash - at - 1);
    std::string const host_only = host.substr(0, host.rfind(':'));
    INFO(scheme);
    for (std::string const& bad :
         {scheme + "://" + user + ":Wrong%40Secret-pw@" + host + url.substr(slash),
          scheme + "://" + user + ":Wrong%40Secret-pw@" + host + "/no_such_database_sequel",
          scheme + "://" + user + ":Wrong%40Secret-pw@" + host_only + ":1" + url.substr(slash)}) {
      auto message = connect_error(bad);
      CHECK_FALSE(contains(message, "Wrong"));
      CHECK_FALSE(contains(message, "Secret-pw"));
      CHECK_FALSE(message.empty());
    }
  }
}

// A server that ends the session (an administrator, a restart, a network cut) gives a
// connection_error on the next statement, never a crash.
TEST_CASE("a connection the server ended is a connection_error", "[run][connect]") {
  for (std::string const& url : test_urls()) {
    if (url.starts_with("sqlite")) continue;
    INFO(url.substr(0, url.find("://")));
    auto victim = sq::connect(url);
    recreate(victim, users, posts);
    seed_users(victim);
    auto killer = sq::connect(url);
    if (victim.dialect() == sq::dialect_id::postgres) {
#ifdef SEQUEL_WITH_POSTGRES
      int pid = PQbackendPID(static_cast<sq::postgres_backend&>(victim.backend()).native_handle());
      killer.execute_simple("SELECT pg_terminate_backend(" + std::to_string(pid) + ")");
#endif
    } else {
#ifdef SEQUEL_WITH_MYSQL
      auto id = mysql_thread_id(static_cast<sq::mysql_backend&>(victim.backend()).native_handle());
      killer.execute_simple("KILL CONNECTION " + std::to_string(id));
#endif
    }
    CHECK_THROWS_AS(count_users(victim), sq::connection_error);
    CHECK_THROWS_AS(count_users(victim), sq::connection_error);  // and stays an error
    CHECK(count_users(killer) == 5);                              // others are unaffected
  }
}
