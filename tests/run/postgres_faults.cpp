// SPDX-License-Identifier: BSL-1.0
// PostgreSQL under faults: statements made stale by another connection's ALTER TABLE or by DISCARD
// ALL, connect and statement timeouts against a server that hangs (through fault_proxy), values at
// the edges of the binary format, and a client_encoding other than UTF8. Each case runs on the
// PostgreSQL URLs of SEQUEL_TEST_URLS and returns at once on the others.
#include "support.hpp"

#if SEQUEL_TEST_HAS_POSTGRES
#include <chrono>
#include <cstdint>
#include <limits>
#include <string>

#include "fault_proxy.hpp"

using namespace run_test;
using namespace std::chrono_literals;

namespace {
bool is_postgres(std::string const& url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

// A proxy to the server of url.
std::unique_ptr<fault_proxy> proxy_to(std::string const& url) { return std::make_unique<fault_proxy>(url); }

struct stale_t : sq::table<stale_t, "run_pg_faults_stale"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"v", std::int64_t> v;
};
inline constexpr stale_t stale{};

auto read_v() { return sq::select(stale.v).from(stale).where(stale.id == 1); }

// A second connection changes v's type: INTEGER, as create_table makes it... then BIGINT.
template <class Db>
void seed_stale(Db& db) {
  recreate(db, stale);
  db.execute_simple("ALTER TABLE run_pg_faults_stale ALTER COLUMN v TYPE INTEGER");
  db.execute(sq::insert_into(stale).values(stale.v = 7));
}
}  // namespace

TEST_CASE("postgres: a statement made stale by another connection's ALTER TABLE is prepared again",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto a = sq::connect(url);
  auto b = sq::connect(url);
  seed_stale(a);
  REQUIRE(a.execute(read_v()).scalar() == 7);
  auto const prepares = a.prepare_count();

  b.execute_simple("ALTER TABLE run_pg_faults_stale ALTER COLUMN v TYPE BIGINT");
  b.execute_simple("UPDATE run_pg_faults_stale SET v = 5000000000");
  CHECK(a.execute(read_v()).scalar() == 5000000000);
  CHECK(a.execute(read_v()).scalar() == 5000000000);
  CHECK(a.prepare_count() == prepares);  // the cached cursor prepared itself again

  // SELECT *, whose columns the cursor described: a column dropped and added again comes last,
  // with another type.
  b.execute_simple("DROP TABLE IF EXISTS run_pg_faults_star");
  b.execute_simple("CREATE TABLE run_pg_faults_star (id BIGINT, n INTEGER, name TEXT)");
  b.execute_simple("INSERT INTO run_pg_faults_star VALUES (1, 2, 'x')");
  auto const star = [&a] {
    return a.execute(sq::raw<std::int64_t, std::int64_t, std::string>("SELECT * FROM run_pg_faults_star")).one();
  };
  CHECK(star().values == std::tuple<std::int64_t, std::int64_t, std::string>{1, 2, "x"});
  b.execute_simple("ALTER TABLE run_pg_faults_star DROP COLUMN name, ADD COLUMN name TEXT");
  b.execute_simple("ALTER TABLE run_pg_faults_star DROP COLUMN n, ADD COLUMN n BIGINT");
  b.execute_simple("UPDATE run_pg_faults_star SET name = 'y', n = 6000000000");
  // Now (id, name, n), described again: read as the old shape, a column has another type.
  CHECK_THROWS_WITH(star(), Catch::Contains("(\"name\", type OID 25) cannot be read as an integer") ||
                                Catch::Contains("(\"n\", type OID 20) cannot be read as text"));
  CHECK(a.execute(sq::raw<std::int64_t, std::string, std::int64_t>("SELECT * FROM run_pg_faults_star"))
            .one()
            .values == std::tuple<std::int64_t, std::string, std::int64_t>{1, "y", 6000000000});
  b.execute_simple("DROP TABLE run_pg_faults_star");
}

TEST_CASE("postgres: in a transaction, a stale statement fails the transaction and is prepared again after it",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto a = sq::connect(url);
  auto b = sq::connect(url);
  seed_stale(a);
  REQUIRE(a.execute(read_v()).scalar() == 7);

  {
    auto tx = a.begin();
    b.execute_simple("ALTER TABLE run_pg_faults_stale ALTER COLUMN v TYPE BIGINT");
    CHECK_THROWS_AS(a.execute(read_v()).scalar(), sq::statement_error);
    try {
      (void)a.execute(read_v()).scalar();
      FAIL("the second execution in the failed transaction ran");
    } catch (sq::statement_error const& e) {
      // Either the stale statement again or the aborted transaction: never a silent retry.
      CHECK(std::string(e.what()).find("[SQL: ") != std::string::npos);
    }
    tx.rollback();
  }
  CHECK_FALSE(a.in_transaction());
  CHECK(a.execute(read_v()).scalar() == 7);

  // The message says what happened and what to do.
  {
    auto tx = a.begin();
    b.execute_simple("ALTER TABLE run_pg_faults_stale ALTER COLUMN v TYPE INTEGER");
    CHECK_THROWS_WITH(a.execute(read_v()).scalar(),
                      Catch::Contains("table changed") && Catch::Contains("retry the transaction"));
  }
  CHECK(a.execute(read_v()).scalar() == 7);
}

TEST_CASE("postgres: statements lost to DISCARD ALL are prepared again", "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto db = sq::connect(url);
  seed_stale(db);
  auto const ids = sq::select(stale.id).from(stale);
  REQUIRE(db.execute(read_v()).scalar() == 7);
  REQUIRE(db.execute(sq::select(sq::count()).from(stale)).scalar() == 1);
  db.execute_simple("DISCARD ALL");
  {
    auto tx = db.begin();
    // Evicted: their names wait for DEALLOCATE, which the server would refuse, as it lost them. A
    // transaction must not suffer for it.
    db.set_statement_cache_size(0);
    CHECK(db.execute(ids).scalar() == 1);
    CHECK(db.execute(ids).scalar() == 1);
    tx.commit();
  }
  db.set_statement_cache_size(64);
  CHECK(db.execute(read_v()).scalar() == 7);
  db.execute_simple("DISCARD ALL");
  CHECK(db.execute(read_v()).scalar() == 7);  // the cached statement, prepared again
  CHECK(db.execute(read_v()).scalar() == 7);
}

TEST_CASE("postgres: connect_timeout bounds a connect to a server that never answers",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto proxy = fault_proxy::silent();
  auto const start = std::chrono::steady_clock::now();
  // libpq reads connect_timeout=1 as 2 seconds, its minimum.
  CHECK_THROWS_AS(sq::connect(with_option(proxy.rewrite(url), "connect_timeout=1")), sq::connection_error);
  CHECK(seconds_since(start) < 5);
  CHECK(proxy.accepted() >= 1);

  // Without the option, the default of 10 seconds applies (libpq's own would wait forever).
  sq::postgres_detail::settings settings;
  auto const plain = sq::postgres_detail::keywords_of(
      sq::parse_server_url(sq::split_url("postgresql://u@127.0.0.1/db")), settings);
  CHECK(plain.at("connect_timeout") == "10");
  auto const given = sq::postgres_detail::keywords_of(
      sq::parse_server_url(sq::split_url("postgresql://u@127.0.0.1/db?connect_timeout=3")), settings);
  CHECK(given.at("connect_timeout") == "3");
}

TEST_CASE("postgres: a statement over the URL's statement_timeout is a timeout_error, and the connection stays usable",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto db = sq::connect(with_option(url, "statement_timeout=200"));
  auto const start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 1 FROM pg_sleep(2)")).scalar(), sq::timeout_error);
  CHECK(seconds_since(start) < 1.5);
  CHECK(db.execute(sq::raw<int>("SELECT 2")).scalar() == 2);
  CHECK(db.ping());
  // A statement shorter than the limit runs.
  CHECK(db.execute(sq::raw<int>("SELECT 3 FROM pg_sleep(0.05)")).scalar() == 3);
  // In a transaction, the timeout fails the transaction only.
  {
    auto tx = db.begin();
    CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 1 FROM pg_sleep(2)")).scalar(), sq::timeout_error);
  }
  CHECK(db.execute(sq::raw<int>("SELECT 4")).scalar() == 4);

  CHECK_THROWS_AS(sq::connect(with_option(url, "statement_timeout=soon")), sq::connection_error);
  CHECK_THROWS_AS(sq::connect(with_option(url, "statement_timeout=-5")), sq::connection_error);
}

TEST_CASE("postgres: set_statement_timeout() sets the limit at run time, also from inside a transaction",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto db = sq::connect(url);
  CHECK(db.execute(sq::raw<int>("SELECT 1 FROM pg_sleep(0.3)")).scalar() == 1);
  db.backend().set_statement_timeout(100ms);
  CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 1 FROM pg_sleep(0.3)")).scalar(), sq::timeout_error);
  CHECK(db.execute(sq::raw<std::string>("SHOW statement_timeout")).scalar() == "100ms");
  db.backend().set_statement_timeout(0ms);
  CHECK(db.execute(sq::raw<int>("SELECT 1 FROM pg_sleep(0.3)")).scalar() == 1);

  // Set in a transaction that rolls back: the server undoes the SET, the connector makes it again.
  {
    auto tx = db.begin();
    db.backend().set_statement_timeout(100ms);
    CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 1 FROM pg_sleep(0.3)")).scalar(), sq::timeout_error);
  }
  CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 1 FROM pg_sleep(0.3)")).scalar(), sq::timeout_error);
  CHECK(db.execute(sq::raw<std::string>("SHOW statement_timeout")).scalar() == "100ms");
  CHECK_THROWS_AS(db.backend().set_statement_timeout(-1ms), sq::error);
}

TEST_CASE("postgres: with a statement timeout, a server that stops answering is given up and the connection closed",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto proxy = proxy_to(url);
  bool const by_url = GENERATE(true, false);
  INFO((by_url ? "statement_timeout in the URL" : "set_statement_timeout()"));
  auto db = sq::connect(by_url ? with_option(proxy->rewrite(url), "statement_timeout=500") : proxy->rewrite(url));
  if (!by_url) db.backend().set_statement_timeout(500ms);
  REQUIRE(db.execute(sq::raw<int>("SELECT 1")).scalar() == 1);

  proxy->freeze();
  auto start = std::chrono::steady_clock::now();
  // A cached statement: execution only. The grace is max(1 s, 500 ms / 2) = 1 s.
  CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 1")).scalar(), sq::connection_error);
  double const waited = seconds_since(start);
  CHECK(waited >= 1.4);
  CHECK(waited < 0.5 + 1 + 1);
  CHECK_FALSE(db.ping());
  start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(db.execute(sq::raw<int>("SELECT 2")).scalar(), Catch::Contains("closed"));
  CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 1")).scalar(), sq::connection_error);
  CHECK_THROWS_AS(db.execute_simple("BEGIN"), sq::connection_error);
  CHECK(seconds_since(start) < 0.5);
  proxy->thaw();
}

TEST_CASE("postgres: with a statement timeout, a frozen server during prepare or BEGIN is given up too",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto proxy = proxy_to(url);
  bool const at_begin = GENERATE(true, false);
  auto db = sq::connect(with_option(proxy->rewrite(url), "statement_timeout=300"));
  REQUIRE(db.ping());
  proxy->freeze();
  auto const start = std::chrono::steady_clock::now();
  if (at_begin)
    CHECK_THROWS_AS(db.begin(), sq::connection_error);
  else
    CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT 42")).scalar(), sq::connection_error);
  CHECK(seconds_since(start) < 0.3 + 1 + 1);
  CHECK_FALSE(db.ping());
}

TEST_CASE("postgres: dates and timestamps beyond what std::chrono holds, and infinities, are result_errors",
          "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  auto db = sq::connect(url);
  using micro = std::chrono::sys_time<std::chrono::microseconds>;
  using days = std::chrono::sys_days;
  auto const micro_of = [&db](char const* sql) { return db.execute(sq::raw<micro>(sql)).scalar(); };

  CHECK_THROWS_WITH(micro_of("SELECT '294276-12-31 23:59:59.999999'::timestamp AS t_col"),
                    Catch::Contains("\"t_col\"") && Catch::Contains("after 294247-01-10"));
  CHECK_THROWS_AS(micro_of("SELECT '294276-12-31 23:59:59'::timestamptz AS t_col"), sq::result_error);
  CHECK_THROWS_WITH(micro_of("SELECT 'infinity'::timestamp AS t_col"),
                    Catch::Contains("\"t_col\"") && Catch::Contains("infinity"));
  CHECK_THROWS_WITH(micro_of("SELECT '-infinity'::timestamptz AS t_col"), Catch::Contains("infinity"));
  // The last microsecond a 64-bit count from 1970 holds, and the one after.
  CHECK(micro_of("SELECT '294247-01-10 04:00:54.775807'::timestamp").time_since_epoch().count() ==
        std::numeric_limits<std::int64_t>::max());
  CHECK_THROWS_AS(micro_of("SELECT '294247-01-10 04:00:54.775808'::timestamp"), sq::result_error);
  CHECK(micro_of("SELECT '4713-01-01 00:00:00 BC'::timestamp").time_since_epoch() ==
        std::chrono::seconds(db.execute(sq::raw<std::int64_t>(
                                            "SELECT extract(epoch FROM '4713-01-01 00:00:00 BC'::timestamp)::bigint"))
                                 .scalar()));

  // A DATE runs to the year 5874897: it reads as a date, not as a timestamp.
  auto const last_day = db.execute(sq::raw<days>("SELECT '5874897-12-31'::date")).scalar();
  CHECK(last_day.time_since_epoch().count() ==
        db.execute(sq::raw<std::int64_t>("SELECT '5874897-12-31'::date - '1970-01-01'::date")).scalar());
  CHECK_THROWS_WITH(micro_of("SELECT '5874897-12-31'::date AS d_col"),
                    Catch::Contains("\"d_col\"") && Catch::Contains("cannot be read as a timestamp"));
  CHECK_THROWS_WITH(db.execute(sq::raw<days>("SELECT 'infinity'::date AS d_col")).scalar(),
                    Catch::Contains("\"d_col\"") && Catch::Contains("infinity"));
  CHECK_THROWS_AS(db.execute(sq::raw<days>("SELECT '-infinity'::date")).scalar(), sq::result_error);
  CHECK(micro_of("SELECT '2024-02-29'::date") == micro{std::chrono::sys_days{std::chrono::year{2024} / 2 / 29}});

  // NUMERIC into a 64-bit integer: the limits, one past them, and a fraction.
  auto const int_of = [&db](char const* sql) { return db.execute(sq::raw<std::int64_t>(sql)).scalar(); };
  CHECK(int_of("SELECT -9223372036854775808::numeric") == std::numeric_limits<std::int64_t>::min());
  CHECK(int_of("SELECT 9223372036854775807::numeric") == std::numeric_limits<std::int64_t>::max());
  CHECK_THROWS_WITH(int_of("SELECT 9223372036854775808::numeric AS n_col"),
                    Catch::Contains("\"n_col\"") && Catch::Contains("out of range"));
  CHECK_THROWS_AS(int_of("SELECT -9223372036854775809::numeric"), sq::result_error);
  CHECK_THROWS_AS(int_of("SELECT 1e400::numeric"), sq::result_error);
  CHECK_THROWS_AS(int_of("SELECT 'NaN'::numeric"), sq::result_error);
  CHECK_THROWS_AS(int_of("SELECT 1.5::numeric"), sq::result_error);
  CHECK(db.execute(sq::raw<double>("SELECT 'Infinity'::numeric")).scalar() == std::numeric_limits<double>::infinity());
  CHECK_THROWS_AS(db.execute(sq::raw<double>("SELECT 1e400::numeric")).scalar(), sq::result_error);
  // The connection is fine after each.
  CHECK(int_of("SELECT 1") == 1);
}

TEST_CASE("postgres: a client_encoding other than UTF8 is refused", "[run][postgres][faults]") {
  RUN_TEST_DATABASES(url);
  if (!is_postgres(url)) return;
  CHECK_THROWS_WITH(sq::connect(with_option(url, "client_encoding=LATIN1")),
                    Catch::Contains("client_encoding must be UTF8") && !Catch::Contains("sequel_pw"));
  CHECK_THROWS_AS(sq::connect(with_option(url, "client_encoding=SQL_ASCII")), sq::connection_error);
  // libpq's options keyword cannot change it: the startup packet's client_encoding wins.
  auto other = sq::connect(with_option(url, "options=-c%20client_encoding%3DLATIN1"));
  CHECK(other.execute(sq::raw<std::string>("SHOW client_encoding")).scalar() == "UTF8");
  CHECK(other.execute(sq::raw<std::string>("SELECT 'é'")).scalar() == "é");
  auto db = sq::connect(with_option(url, "client_encoding=utf8"));
  CHECK(db.execute(sq::raw<std::string>("SELECT 'é'")).scalar() == "é");
}
#endif
