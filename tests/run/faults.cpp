// SPDX-License-Identifier: BSL-1.0
// Misuse and faults the run layer refuses on every database, before anything runs: a raw() text
// whose placeholders do not match its values, a second begin(), a statement over the parameter
// limit; and what error texts may show (never a password, at most 1,000 characters of SQL).
#include <chrono>
#include <string>
#include <vector>

#include "support.hpp"

using namespace run_test;

namespace {
// "SELECT ? + ?" in the connection's own placeholders.
std::string sum_text(sq::connection const& db, int terms) {
  std::string sql = "SELECT ";
  for (int i = 1; i <= terms; ++i) {
    if (i > 1) sql += " + ";
    sql += db.dialect() == sq::dialect_id::postgres ? "$" + std::to_string(i) : std::string("?");
  }
  return sql;
}
}  // namespace

TEST_CASE("raw() refuses a count of values that differs from its placeholders", "[run][faults]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  bool const pg = db.dialect() == sq::dialect_id::postgres;
  std::string const insert = pg ? "INSERT INTO run_users (name, age) VALUES ($1, $2)"
                                : "INSERT INTO run_users (name, age) VALUES (?, ?)";

  // Too few: the missing value would be read from memory an earlier execution left behind.
  db.execute(sq::raw(insert, std::string("secret"), 41));
  CHECK_THROWS_WITH(db.execute(sq::raw(insert, std::string("other"))),
                    Catch::Contains("2 placeholder(s) but 1 value(s)"));
  CHECK_THROWS_AS(db.execute(sq::raw(insert, std::string("a"), 1, 2)), sq::statement_error);
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>(sum_text(db, 3), 1, 2)), sq::statement_error);
  CHECK(count_users(db) == 1);  // nothing ran

  // Placeholders inside literals, quoted names and comments are not counted.
  std::string const tricky = pg ? "SELECT '$9' || \"name\" || $1 FROM run_users -- $2\n WHERE age = $2"
                                : "SELECT name FROM run_users WHERE name <> '?' /* ? */ AND age = ?";
  if (pg)
    CHECK(db.execute(sq::raw<std::string>(tricky, std::string("!"), 41)).one().get<0>() == "$9secret!");
  else
    CHECK(db.execute(sq::raw<std::string>(tricky, 41)).one().get<0>() == "secret");
  CHECK(db.execute(sq::raw<std::int64_t>(sum_text(db, 2), 40, 2)).scalar() == 42);
}

TEST_CASE("begin() refuses a second transaction and the first one keeps its work", "[run][faults]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  {
    auto outer = db.begin();
    CHECK(db.in_transaction());
    db.execute(sq::insert_into(users).values(users.name = "kept"));
    CHECK_THROWS_WITH(db.begin(), Catch::Contains("already open") && Catch::Contains("savepoint"));
    CHECK(db.in_transaction());
    auto nested = outer.savepoint();  // the way to nest
    db.execute(sq::insert_into(users).values(users.name = "undone"));
    nested.rollback();
    outer.commit();
  }
  CHECK_FALSE(db.in_transaction());
  CHECK(all_names(db) == names{"kept"});
  {
    auto outer = db.begin();
    db.execute(sq::insert_into(users).values(users.name = "rolled back"));
    CHECK_THROWS_AS(db.begin(), sq::error);
    outer.rollback();  // undoes all of it: the refused begin() committed nothing
  }
  CHECK(all_names(db) == names{"kept"});

  // A transaction begun as raw SQL counts too: the database is asked, not the guard objects.
  db.execute_simple("BEGIN");
  CHECK_THROWS_AS(db.begin(), sq::error);
  db.execute_simple("ROLLBACK");
  auto tx = db.begin();
  tx.commit();
}

TEST_CASE("a statement over the parameter limit is refused, with a short message", "[run][faults]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  seed_users(db);
  std::vector<std::int64_t> ids(70'000);
  for (std::size_t i = 0; i != ids.size(); ++i) ids[i] = static_cast<std::int64_t>(i);
  auto const query = sq::select(users.name).from(users).where(users.id.in(ids));
  try {
    db.execute(query).all();
    FAIL("a statement with 70,000 parameters ran");
  } catch (sq::statement_error const& e) {
    CHECK(contains(e.what(), "at most"));
    CHECK(contains(e.what(), "more characters)"));
    CHECK(std::string_view(e.what()).size() < 1'500);  // not the whole 500 KB text
    CHECK(e.sql().size() > 100'000);                   // which sql() still gives
  }
  // The connection is fine, and a list within the limit works.
  ids.resize(20'000);
  CHECK(db.execute(sq::select(sq::count()).from(users).where(users.id.in(ids))).scalar() >= 1);
}

TEST_CASE("error texts never show a password", "[run][faults]") {
  using sq::detail::redact_url;
  CHECK(redact_url("postgresql://u:server@h:5/db?password=x&sslpassword=y&sslmode=require") ==
        "postgresql://u:***@h:5/db?password=***&sslpassword=***&sslmode=require");
  // Built from the URL's structure, not by searching for the password: no other word is touched.
  CHECK(redact_url("mysql://running:e@e.example/e?e=e") == "mysql://running:***@e.example/e?e=e");
  CHECK(redact_url("sqlite:///tmp/db.sqlite") == "sqlite:///tmp/db.sqlite");
  CHECK(redact_url("mysql://u@h/db") == "mysql://u@h/db");

  // A NUL would cut the text a C API reads: refused, not truncated.
  CHECK_THROWS_WITH(sq::parse_server_url(sq::split_url("postgresql://u:zq%00zq@h/db")),
                    Catch::Contains("%00") && !Catch::Contains("zq"));
  CHECK_THROWS_AS(sq::parse_server_url(sq::split_url("mysql://u:p@h/db%00x")), sq::connection_error);

  for (std::string const& url : test_urls()) {
    if (url.starts_with("sqlite")) continue;
    INFO(url);
    // The same server with the wrong password "server": the error names the failure and shows
    // neither the password nor a word it happens to contain mangled.
    auto const at = url.find('@');
    auto const colon = url.rfind(':', at);
    std::string const wrong = url.substr(0, colon + 1) + "server" + url.substr(at) + "?connect_timeout=5";
    try {
      sq::connect(wrong);
      FAIL("a wrong password was accepted");
    } catch (sq::connection_error const& e) {
      std::string const what = e.what();
      CHECK_FALSE(contains(what, ":server@"));
      CHECK_FALSE(contains(what, "sequel_pw"));
      CHECK((contains(what, "password authentication failed") || contains(what, "Access denied")));
    }
  }
}

TEST_CASE("statement_timeout_for() limits the statements of one scope on every database", "[run][faults]") {
  using namespace std::chrono_literals;
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  CHECK(db.statement_timeout() == 0ms);  // no limit unless asked
  // A statement that runs for seconds unless stopped, in each database's words.
  std::string const slow = db.dialect() == sq::dialect_id::sqlite
                               ? "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                 "SELECT count(*) FROM c"
                           : db.dialect() == sq::dialect_id::postgres ? "SELECT count(*) FROM pg_sleep(5)"
                                                                      : "SELECT SLEEP(5)";
  {
    auto limit = db.statement_timeout_for(300ms);
    CHECK(db.statement_timeout() == 300ms);
    auto const start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>(slow)).scalar(), sq::timeout_error);
    CHECK(std::chrono::steady_clock::now() - start < 4s);
    CHECK(db.execute(sq::raw<std::int64_t>("SELECT 1")).scalar() == 1);  // the connection goes on
  }
  CHECK(db.statement_timeout() == 0ms);  // restored
  db.set_statement_timeout(5s);
  { auto longer = db.statement_timeout_for(10s); }
  CHECK(db.statement_timeout() == 5s);
}
