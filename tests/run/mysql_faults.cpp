// SPDX-License-Identifier: BSL-1.0
// MariaDB under faults: a cached statement whose table another connection altered, a server that
// never greets, a statement over its time limit, a server that hangs or is killed while rows
// stream, a value over max_allowed_packet, and a value that does not fit the C++ type it is read
// into. Each case runs on mysql:// (mariadb://) URLs only and returns at once on the others; the
// network faults go through run_test::fault_proxy, which fails only this test's own connections.
#include <chrono>
#include <string>
#include <utility>

#include "fault_proxy.hpp"
#include "support.hpp"

using namespace run_test;

#if SEQUEL_TEST_HAS_MYSQL
namespace {
bool is_mysql(std::string const& url) { return url.starts_with("mysql://") || url.starts_with("mariadb://"); }

struct stale_t : sq::table<stale_t, "run_faults_stale"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"v", std::int64_t> v;
};
inline constexpr stale_t stale{};
}  // namespace

TEST_CASE("mysql: a cached statement runs again after another connection altered its table",
          "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  sq::mysql_connection a(url), b(url);
  recreate(b, stale);
  b.execute(sq::insert_into(stale).values(stale.v = 10));
  b.execute(sq::insert_into(stale).values(stale.v = 20));

  // SELECT * gains a column: Connector/C reports CR_NEW_STMT_METADATA (2057) with the rows of the
  // new shape still arriving; the statement is prepared again and runs once more.
  std::string const star = "SELECT * FROM run_faults_stale ORDER BY id";
  auto const before = a.execute(sq::raw<std::int64_t, std::int64_t>(star)).all();
  REQUIRE(before.size() == 2);
  auto const prepares = a.prepare_count();
  b.execute(sq::raw("ALTER TABLE run_faults_stale ADD COLUMN w INT NOT NULL DEFAULT 7"));
  auto const after = a.execute(sq::raw<std::int64_t, std::int64_t, std::int64_t>(star)).all();
  REQUIRE(after.size() == 2);
  CHECK(std::get<1>(after[1].values) == 20);
  CHECK(std::get<2>(after[1].values) == 7);
  CHECK(a.prepare_count() == prepares);  // the cached statement, prepared again in place
  CHECK(a.ping());

  // A query with a parameter, part of a result read before the change and the rest after another.
  auto const by_id = sq::select(stale.v).from(stale).where(stale.id == 2);
  CHECK(a.execute(by_id).scalar() == 20);
  b.execute(sq::raw("ALTER TABLE run_faults_stale DROP COLUMN w, ADD COLUMN x TEXT"));
  CHECK(a.execute(by_id).scalar() == 20);
  CHECK(a.execute(sq::raw<std::int64_t, std::int64_t, std::optional<std::string>>(star)).all().size() == 2);

  // A column type change: the same number of columns, read through the new type.
  b.execute(sq::raw("ALTER TABLE run_faults_stale MODIFY v DOUBLE NOT NULL"));
  CHECK(a.execute(by_id).scalar() == 20);
  b.execute(sq::raw("UPDATE run_faults_stale SET v = 2.5 WHERE id = 2"));
  CHECK_THROWS_AS(a.execute(by_id).scalar(), sq::result_error);
  b.execute(sq::raw("ALTER TABLE run_faults_stale MODIFY v VARCHAR(20) NOT NULL"));
  b.execute(sq::raw("UPDATE run_faults_stale SET v = '42' WHERE id = 2"));
  CHECK(a.execute(by_id).scalar() == 42);

  // INSERT ... RETURNING ran before its result's new shape showed: it is not run twice. The error
  // says so, and the statement works at its next execution.
  std::string const insert = "INSERT INTO run_faults_stale (id, v) VALUES (?, '1') RETURNING *";
  CHECK(a.execute(sq::raw<std::int64_t, std::string, std::optional<std::string>>(insert, 100)).all().size() == 1);
  b.execute(sq::raw("ALTER TABLE run_faults_stale ADD COLUMN y INT"));
  CHECK_THROWS_AS(a.execute(sq::raw<std::int64_t, std::string, std::optional<std::string>>(insert, 101)).all(),
                  sq::statement_error);
  CHECK(a.execute(sq::raw<std::int64_t>("SELECT COUNT(*) FROM run_faults_stale WHERE id = 101")).scalar() == 1);
  auto const inserted =
      a.execute(sq::raw<std::int64_t, std::string, std::optional<std::string>, std::optional<int>>(insert, 102))
          .all();
  CHECK(inserted.size() == 1);
  CHECK(a.execute(sq::raw<std::int64_t>("SELECT COUNT(*) FROM run_faults_stale")).scalar() == 5);
  b.execute(sq::drop_table(stale).if_exists());
  // The table is gone: the server's own error, and the connection goes on.
  CHECK_THROWS_AS(a.execute(by_id).scalar(), sq::statement_error);
  CHECK(a.execute(sq::raw<std::int64_t>("SELECT 1")).scalar() == 1);
}

TEST_CASE("mysql: connect gives up on a server that never sends its greeting", "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  CHECK(sq::mysql_detail::settings_of(url).connect_timeout == 10);  // the documented default
  auto silent = fault_proxy::silent();
  auto const start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(sq::connect(with_option(silent.rewrite(url), "connect_timeout=1")), sq::connection_error);
  auto const waited = seconds_since(start);
  CHECK(waited >= 0.9);
  CHECK(waited < 4);
  CHECK(silent.accepted() == 1);
}

TEST_CASE("mysql: a statement over its timeout is a timeout_error and the connection goes on",
          "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  CHECK_THROWS_AS(sq::connect(with_option(url, "statement_timeout=-1")), sq::connection_error);
  CHECK_THROWS_AS(sq::connect(with_option(url, "statement_timeout=1s")), sq::connection_error);

  auto db = sq::connect(with_option(url, "statement_timeout=400"));
  auto const limit = sq::raw<double>("SELECT @@max_statement_time");
  CHECK(db.execute(limit).scalar() == Approx(0.4));
  auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>("SELECT SLEEP(3)")).scalar(), sq::timeout_error);
  CHECK(seconds_since(start) < 2);
  CHECK(db.ping());
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 1")).scalar() == 1);

  // At run time: no limit, then another.
  db.backend().set_statement_timeout(std::chrono::milliseconds(0));
  CHECK(db.execute(limit).scalar() == 0);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT SLEEP(0.6)")).scalar() == 0);
  db.backend().set_statement_timeout(std::chrono::milliseconds(250));
  CHECK(db.execute(limit).scalar() == Approx(0.25));
  start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>("SELECT SLEEP(3)")).scalar(), sq::timeout_error);
  CHECK(seconds_since(start) < 2);
  CHECK_THROWS_AS(db.backend().set_statement_timeout(std::chrono::milliseconds(-5)), sq::error);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 2")).scalar() == 2);
}

TEST_CASE("mysql: a server that hangs is given up after the statement timeout and its grace",
          "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  fault_proxy proxy(url);
  sq::mysql_connection db(with_option(proxy.rewrite(url), "statement_timeout=300"));
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 1")).scalar() == 1);
  proxy.freeze();
  // The value it already has: nothing is sent (it would hang now).
  db.backend().set_statement_timeout(std::chrono::milliseconds(300));
  auto const start = std::chrono::steady_clock::now();
  try {
    db.execute(sq::raw<std::int64_t>("SELECT 2")).scalar();
    FAIL("a statement on a frozen server returned");
  } catch (sq::connection_error const& e) {
    CHECK(contains(e.what(), "mysql: "));
    CHECK(contains(e.what(), "(error 20"));  // the client library's own error
  }
  auto const waited = seconds_since(start);
  CHECK(waited >= 2.2);  // 300 ms + the 2 s grace
  CHECK(waited < 5);
  CHECK_FALSE(db.ping());
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>("SELECT 3")).scalar(), sq::connection_error);
  proxy.thaw();
  CHECK_FALSE(db.ping());  // closed, never reopened by itself
}

TEST_CASE("mysql: a server that hangs while rows stream is given up too", "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  fault_proxy proxy(url);
  sq::mysql_connection db(proxy.rewrite(url));
  db.backend().set_statement_timeout(std::chrono::milliseconds(200));
  auto rows = db.execute(sq::raw<std::string>("SELECT REPEAT('x', 1000) FROM seq_1_to_200000"));
  auto it = rows.begin();
  ++it;
  proxy.freeze();
  auto const start = std::chrono::steady_clock::now();
  // The rows already in the network buffers arrive; then nothing does.
  CHECK_THROWS_AS([&] {
    for (; it != rows.end(); ++it) {
    }
  }(), sq::connection_error);
  CHECK(seconds_since(start) < 5);
  CHECK_FALSE(db.ping());
}

TEST_CASE("mysql: a connection lost while rows stream is a connection_error with a message",
          "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  // Far more rows than the network buffers hold: most are still on the server when it goes.
  auto const many = sq::raw<std::string>("SELECT REPEAT('x', 1000) FROM seq_1_to_200000");

  SECTION("KILL CONNECTION from a second connection") {
    sq::mysql_connection a(url), b(url);
    auto const id = a.execute(sq::raw<std::int64_t>("SELECT CONNECTION_ID()")).scalar();
    auto rows = a.execute(many);
    auto it = rows.begin();
    for (int i = 0; i != 10; ++i) ++it;
    b.execute(sq::raw("KILL CONNECTION " + std::to_string(id)));
    try {
      for (; it != rows.end(); ++it) {
      }
      FAIL("every row arrived from a killed connection");
    } catch (sq::connection_error const& e) {
      CHECK(contains(e.what(), "mysql: "));
      CHECK(contains(e.what(), "(error "));
      CHECK_FALSE(contains(e.what(), "mysql:  ("));  // a message, not an empty one
    }
    CHECK_FALSE(a.ping());
    CHECK_THROWS_AS(a.execute(sq::raw<std::int64_t>("SELECT 1")).scalar(), sq::connection_error);
    CHECK(b.execute(sq::raw<std::int64_t>("SELECT 1")).scalar() == 1);
  }
  SECTION("the network cut (fault_proxy::cut)") {
    fault_proxy proxy(url);
    sq::mysql_connection a(proxy.rewrite(url));
    auto rows = a.execute(many);
    auto it = rows.begin();
    ++it;
    proxy.cut();
    CHECK_THROWS_AS([&] {
      for (; it != rows.end(); ++it) {
      }
    }(), sq::connection_error);
    CHECK_FALSE(a.ping());
    CHECK_THROWS_AS(a.execute(sq::raw<std::int64_t>("SELECT 1")).scalar(), sq::connection_error);
  }
}

TEST_CASE("mysql: a value over max_allowed_packet is a connection_error", "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  sq::mysql_connection db(url);
  auto const limit = db.execute(sq::raw<std::int64_t>("SELECT @@max_allowed_packet")).scalar();
  if (limit > 256 * 1024 * 1024) {
    WARN("max_allowed_packet is " << limit << " bytes: too large a value to send in a test");
    return;
  }
  std::string const value(static_cast<std::size_t>(limit) + 1024, 'v');
  try {
    db.execute(sq::raw<std::int64_t>("SELECT LENGTH(?)", value)).scalar();
    FAIL("a value over max_allowed_packet was accepted");
  } catch (sq::connection_error const& e) {
    CHECK(contains(e.what(), "mysql: "));
    CHECK_FALSE(contains(e.what(), "vvvv"));  // never the value
  }
  CHECK_FALSE(db.ping());
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>("SELECT 1")).scalar(), sq::connection_error);
}

TEST_CASE("mysql: a value that does not fit the C++ type read is a result_error naming the column",
          "[run][mysql][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_mysql(url)) return;
  sq::mysql_connection db(url);
  auto int_of = [&db](std::string const& expression, std::string const& from = "") {
    return db.execute(sq::raw<std::int64_t>("SELECT " + expression + " AS n" + from)).scalar();
  };
  auto refused = [&](std::string const& expression, std::string const& from = "") {
    try {
      int_of(expression, from);
      return std::string("read");
    } catch (sq::result_error const& e) {
      return std::string(e.what());
    }
  };
  // DOUBLE, FLOAT and DECIMAL: whole numbers in range only.
  CHECK(contains(refused("CAST(3.7 AS DOUBLE)"), "column 0 (\"n\")"));
  CHECK(contains(refused("CAST(3.7 AS DOUBLE)"), "fraction"));
  CHECK(contains(refused("CAST(-3.7 AS DOUBLE)"), "fraction"));
  CHECK(contains(refused("CAST(3.7 AS DECIMAL(10,2))"), "column 0 (\"n\")"));
  CHECK(contains(refused("CAST(1e30 AS DOUBLE)"), "does not fit"));
  CHECK(contains(refused("CAST(1e30 AS DECIMAL(65,0))"), "range"));
  CHECK(contains(refused("CAST(0.5 AS FLOAT)"), "column 0"));
  CHECK(contains(refused("AVG(x)", " FROM (SELECT 1 AS x UNION ALL SELECT 2) t"), "fraction"));
  CHECK(int_of("CAST(3 AS DOUBLE)") == 3);
  CHECK(int_of("CAST(-3.00 AS DECIMAL(10,2))") == -3);
  CHECK(int_of("SUM(x)", " FROM (SELECT 9000000000000000000 AS x UNION ALL SELECT 1) t") ==
        9000000000000000001);
  CHECK(contains(refused("SUM(x)", " FROM (SELECT 9000000000000000000 AS x UNION ALL SELECT 900000000000000000) t"),
                 "range"));
  // Text, BIT and unsigned: whole numbers that fit, nothing else.
  CHECK(int_of("'42'") == 42);
  CHECK(contains(refused("'4.2'"), "column 0 (\"n\")"));
  CHECK(contains(refused("'42abc'"), "not a whole number"));
  CHECK(contains(refused("' 42'"), "column 0"));
  CHECK(contains(refused("CAST(18446744073709551615 AS UNSIGNED)"), "does not fit"));
  db.execute(sq::raw("CREATE TEMPORARY TABLE run_faults_bits (id INT PRIMARY KEY, b BIT(64))"));
  db.execute(sq::raw("INSERT INTO run_faults_bits VALUES (1, b'101'), (2, b'1111111111111111111111111111111111111111111111111111111111111111')"));
  CHECK(int_of("b", " FROM run_faults_bits WHERE id = 1") == 5);
  CHECK(contains(refused("b", " FROM run_faults_bits WHERE id = 2"), "does not fit"));
  // Bools from a fraction, and narrower integers, the same.
  CHECK_THROWS_AS(db.execute(sq::raw<bool>("SELECT CAST(0.5 AS DOUBLE)")).scalar(), sq::result_error);
  CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 3000000000")).scalar(), sq::result_error);
  // Dates and times in text: invalid ones are refused, not shifted.
  using sys_days = std::chrono::sys_days;
  using namespace std::chrono;
  CHECK(db.execute(sq::raw<sys_days>("SELECT '2024-02-29'")).scalar() == sys_days{2024y / 2 / 29});
  CHECK_THROWS_WITH(db.execute(sq::raw<sys_days>("SELECT '2023-02-29' AS d")).scalar(),
                    Catch::Contains("column 0 (\"d\")"));
  CHECK_THROWS_AS(db.execute(sq::raw<sq::timestamp_us>("SELECT '2024-01-01 24:00:00'")).scalar(),
                  sq::result_error);
  CHECK_THROWS_AS(db.execute(sq::raw<sq::timestamp_us>("SELECT '2024-01-01 10:61:00'")).scalar(),
                  sq::result_error);
  CHECK_THROWS_AS(db.execute(sq::raw<sys_days>("SELECT CAST('10:00:00' AS TIME)")).scalar(), sq::result_error);
  // A TIME read as text is written as MariaDB writes it, hours past 99 included.
  CHECK(db.execute(sq::raw<std::string>("SELECT CAST('-838:59:59' AS TIME)")).scalar() == "-838:59:59");
  CHECK(db.execute(sq::raw<std::string>("SELECT CAST('01:02:03.5' AS TIME(1))")).scalar() == "01:02:03.500000");
  // The connection goes on after each.
  CHECK(int_of("7") == 7);
}
#endif
