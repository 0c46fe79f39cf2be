// SPDX-License-Identifier: BSL-1.0
// Faults of the SQLite connector, each on an in-memory database and on a file: values of another
// storage class read as a C++ type, lax date and time text, a text of several statements, the URL's
// options (SQLite's URI parameters, busy_timeout, statement_timeout) and connections used by
// several threads. These run on SQLite only, whatever SEQUEL_TEST_URLS holds.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include <sequel/orm.hpp>

#include "support.hpp"

using namespace run_test;
using namespace std::chrono_literals;

namespace {
using steady = std::chrono::steady_clock;

// A database file in the working directory, unique to this process and name, removed before first
// use and at exit, with SQLite's side files.
struct lite_file {
  std::string name;
  explicit lite_file(std::string const& stem)
      : name("sequel_lite_" + stem + "_" + std::to_string(::getpid()) + ".db") {
    remove();
  }
  ~lite_file() { remove(); }
  lite_file(lite_file const&) = delete;
  lite_file& operator=(lite_file const&) = delete;
  void remove() const {
    std::error_code ignored;
    for (char const* suffix : {"", "-journal", "-wal", "-shm"}) std::filesystem::remove(name + suffix, ignored);
  }
  std::string url(std::string_view options = {}) const {
    return "sqlite:///" + name + (options.empty() ? "" : "?") + std::string(options);
  }
};

// The two kinds of SQLite database every test here runs on.
std::string const& file_url() {
  static lite_file const file("faults");
  static std::string const url = file.url();
  return url;
}
#define RUN_SQLITE_DATABASES(url)                                                         \
  std::string const url = GENERATE(as<std::string>{}, "sqlite://:memory:", file_url()); \
  INFO("database: " << url)

struct faults_t : sq::table<faults_t, "lite_faults"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"i", std::optional<std::int64_t>> i;
  column<"r", std::optional<double>> r;
  column<"t", std::optional<std::string>> t;
  column<"b", std::optional<sq::blob>> b;
  column<"flag", std::optional<bool>> flag;
  column<"day", std::optional<std::chrono::sys_days>> day;
  column<"at", std::optional<sq::timestamp_us>> at;
};
constexpr faults_t faults{};

// Stores a raw SQL literal in column `column` of a new row (bypassing the C++ types), returns its id.
template <class Db>
std::int64_t store(Db& db, std::string const& column, std::string const& literal) {
  db.execute_simple("INSERT INTO lite_faults (" + column + ") VALUES (" + literal + ")");
  return db.execute(sq::raw<std::int64_t>("SELECT max(id) FROM lite_faults")).scalar();
}

template <class Column, class Db>
auto read_one(Db& db, Column const& column, std::int64_t id) {
  return db.execute(sq::select(column).from(faults).where(faults.id == id)).scalar();
}

sq::timestamp_us at(int y, unsigned mo, unsigned d, int h, int mi, int s, int us = 0) {
  return std::chrono::sys_days{std::chrono::year{y} / mo / d} + std::chrono::hours{h} +
         std::chrono::minutes{mi} + std::chrono::seconds{s} + std::chrono::microseconds{us};
}
}  // namespace

// --- 1. Values of another storage class --------------------------------------------------------------

TEST_CASE("sqlite: an INTEGER column holding text, a blob or a real is refused, naming the column",
          "[run][sqlite][faults]") {
  RUN_SQLITE_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, faults);
  struct stored {
    char const* literal;
    char const* storage_class;
  };
  for (auto [literal, storage_class] : {stored{"'abc'", "TEXT"}, stored{"'12abc'", "TEXT"},
                                        stored{"x'00ff'", "BLOB"}, stored{"3.7", "REAL"}, stored{"1e30", "REAL"}}) {
    INFO("stored: " << literal);
    auto const id = store(db, "i", literal);
    std::string const expected =
        std::string("sqlite: column 0 (\"i\", storage class ") + storage_class + ") cannot be read as an integer";
    CHECK_THROWS_WITH(read_one(db, faults.i, id), expected);
    CHECK_THROWS_AS(db.execute(sq::raw<int>("SELECT i FROM lite_faults WHERE id = ?", id)).scalar(),
                    sq::result_error);
    CHECK_THROWS_AS(db.execute(sq::raw<std::uint8_t>("SELECT i FROM lite_faults WHERE id = ?", id)).scalar(),
                    sq::result_error);
  }
  // The connection is still usable, and integers, NULL and an integral real SQLite stored as an
  // INTEGER (INTEGER affinity) read as before.
  auto const whole = store(db, "i", "42");
  CHECK(read_one(db, faults.i, whole) == 42);
  CHECK(read_one(db, faults.i, store(db, "i", "'12'")) == 12);  // affinity stored the integer 12
  CHECK(read_one(db, faults.i, store(db, "i", "3.0")) == 3);
  CHECK(read_one(db, faults.i, store(db, "i", "NULL")) == std::nullopt);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 9223372036854775807")).scalar() == INT64_MAX);
  // A narrower C++ type still checks the range.
  CHECK_THROWS_AS(db.execute(sq::raw<std::int8_t>("SELECT 300")).scalar(), sq::result_error);
  CHECK(db.execute(sq::raw<std::int8_t>("SELECT -128")).scalar() == -128);
}

TEST_CASE("sqlite: each C++ type takes only the storage classes that hold its values exactly",
          "[run][sqlite][faults]") {
  RUN_SQLITE_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, faults);
  auto cannot = [](char const* column, char const* storage_class, char const* as) {
    return std::string("column 0 (\"") + column + "\", storage class " + storage_class + ") cannot be read as " + as;
  };
  // double: REAL or INTEGER.
  CHECK(read_one(db, faults.r, store(db, "r", "2.5")) == 2.5);
  CHECK(db.execute(sq::raw<double>("SELECT 7")).scalar() == 7.0);
  CHECK_THROWS_WITH(read_one(db, faults.r, store(db, "r", "'1.5x'")),
                    Catch::Contains(cannot("r", "TEXT", "a double")));
  CHECK_THROWS_WITH(read_one(db, faults.r, store(db, "r", "x'01'")),
                    Catch::Contains(cannot("r", "BLOB", "a double")));
  // text: TEXT only.
  CHECK(read_one(db, faults.t, store(db, "t", "'hello'")) == "hello");
  CHECK(read_one(db, faults.t, store(db, "t", "5")) == "5");  // TEXT affinity stored the text '5'
  CHECK_THROWS_WITH(read_one(db, faults.t, store(db, "t", "x'68'")), Catch::Contains(cannot("t", "BLOB", "text")));
  CHECK_THROWS_WITH(db.execute(sq::raw<std::string>("SELECT 5 AS five")).scalar(),
                    Catch::Contains(cannot("five", "INTEGER", "text")));
  // blob: BLOB only; an empty blob is a blob.
  CHECK(read_one(db, faults.b, store(db, "b", "x'00ff'")) == sq::blob{std::byte{0}, std::byte{0xff}});
  CHECK(read_one(db, faults.b, store(db, "b", "x''")) == sq::blob{});
  CHECK_THROWS_WITH(read_one(db, faults.b, store(db, "b", "'text'")), Catch::Contains(cannot("b", "TEXT", "a blob")));
  // bool: an INTEGER 0 or 1, as the library stores it and as comparisons give it.
  db.execute(sq::insert_into(faults).values(faults.flag = true));
  db.execute(sq::insert_into(faults).values(faults.flag = false));
  CHECK(db.execute(sq::select(faults.flag).from(faults).where(faults.flag.is_not_null()).order_by(faults.id.asc()))
            .all()
            .size() == 2);
  CHECK(db.execute(sq::raw<bool>("SELECT 2 > 1")).scalar() == true);
  CHECK_THROWS_WITH(read_one(db, faults.flag, store(db, "flag", "2")),
                    Catch::Contains(cannot("flag", "INTEGER", "a bool (the integer is neither 0 nor 1)")));
  CHECK_THROWS_WITH(read_one(db, faults.flag, store(db, "flag", "'true'")),
                    Catch::Contains(cannot("flag", "TEXT", "a bool")));
  CHECK_THROWS_WITH(read_one(db, faults.flag, store(db, "flag", "0.5")),
                    Catch::Contains(cannot("flag", "REAL", "a bool")));
  // Dates and times are TEXT.
  CHECK_THROWS_WITH(read_one(db, faults.day, store(db, "day", "20240101")),
                    Catch::Contains(cannot("day", "INTEGER", "a date")));
  CHECK_THROWS_WITH(read_one(db, faults.at, store(db, "at", "1700000000")),
                    Catch::Contains(cannot("at", "INTEGER", "a timestamp")));
  // A std::optional reads NULL, and checks a value like the plain type does.
  CHECK(db.execute(sq::raw<std::optional<std::int64_t>>("SELECT NULL")).scalar() == std::nullopt);
  CHECK_THROWS_AS(db.execute(sq::raw<std::optional<std::int64_t>>("SELECT 'x'")).scalar(), sq::result_error);
  // Rows mapped into a struct go through the same checks.
  struct pair {
    std::int64_t id;
    std::int64_t value;
  };
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t, std::int64_t>("SELECT 1, 'x'")).as<pair>().all(),
                  sq::result_error);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() > 0);
}

TEST_CASE("sqlite: dates and timestamps are read only in their exact layout, with valid fields",
          "[run][sqlite][faults]") {
  RUN_SQLITE_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, faults);
  using std::chrono::sys_days;
  using namespace std::chrono;
  CHECK(read_one(db, faults.day, store(db, "day", "'2024-02-29'")) == sys_days{2024y / February / 29});
  CHECK(read_one(db, faults.at, store(db, "at", "'2024-02-29 23:59:59.999999'")) ==
        at(2024, 2, 29, 23, 59, 59, 999999));
  CHECK(read_one(db, faults.at, store(db, "at", "'2024-05-01T12:30:00.25'")) == at(2024, 5, 1, 12, 30, 0, 250000));
  CHECK(read_one(db, faults.at, store(db, "at", "'2024-05-01 12:30:00.1234567'")) ==
        at(2024, 5, 1, 12, 30, 0, 123456));
  CHECK(read_one(db, faults.at, store(db, "at", "'2024-05-01'")) == at(2024, 5, 1, 0, 0, 0));
  // SQLite's own date functions give text the reads take.
  CHECK(db.execute(sq::raw<sq::timestamp_us>("SELECT datetime('2024-05-01 10:00:00', '+1 day')")).scalar() ==
        at(2024, 5, 2, 10, 0, 0));
  CHECK(db.execute(sq::raw<sys_days>("SELECT date('2024-02-28', '+1 day')")).scalar() == sys_days{2024y / 2 / 29});
  for (char const* text : {"'2024-01-01 25:61:61'", "'2024-01-01 24:00:00'", "'2024-01-01 23:60:00'",
                           "'2024-01-01 23:59:60'", "'2024-01-01 12:00:00.'", "'2024-01-01 12:00:00.12a'",
                           "'2024-01-01 12:00'", "'2024-01-01 12:00:00Z'", "'2024-13-01 00:00:00'",
                           "'2023-02-29 00:00:00'", "'2024-04-31'", "'2024-00-10'", "'2024-1-01'",
                           "' 2024-01-01'", "'2024-01-01 +1:00:00'", "'-001-01-01'", "''"}) {
    INFO("stored: " << text);
    CHECK_THROWS_WITH(read_one(db, faults.at, store(db, "at", text)),
                      Catch::Contains("column 0 (\"at\", storage class TEXT) cannot be read as a timestamp"));
  }
  for (char const* text : {"'2024-02-30'", "'2023-02-29'", "'2024-12-32'", "'2024-01-01 00:00:00'",
                           "'2024-01-1'", "'2024-01-01x'", "'24-01-01'"}) {
    INFO("stored: " << text);
    CHECK_THROWS_WITH(read_one(db, faults.day, store(db, "day", text)),
                      Catch::Contains("column 0 (\"day\", storage class TEXT) cannot be read as a date"));
  }
  // What the library writes, it reads back.
  auto const now = at(2026, 12, 3, 18, 25, 26, 123);
  db.execute(sq::insert_into(faults).values(faults.at = now, faults.day = sys_days{2026y / 12 / 3}));
  CHECK(db.execute(sq::raw<sq::timestamp_us>("SELECT at FROM lite_faults WHERE at IS NOT NULL ORDER BY id DESC"))
            .first()
            ->get<0>() == now);
  CHECK(db.execute(sq::raw<std::chrono::sys_days>("SELECT day FROM lite_faults WHERE day IS NOT NULL ORDER BY id DESC"))
            .first()
            ->get<0>() == sys_days{2026y / 12 / 3});
}

// --- 2. A text of more than one statement ------------------------------------------------------------

TEST_CASE("sqlite: a text of more than one statement is refused before any of it runs",
          "[run][sqlite][faults]") {
  RUN_SQLITE_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, faults);
  CHECK_THROWS_WITH(db.execute(sq::raw("INSERT INTO lite_faults (i) VALUES (1); INSERT INTO lite_faults (i) VALUES (2)")),
                    Catch::Contains("more than one statement"));
  CHECK_THROWS_AS(db.execute(sq::raw("INSERT INTO lite_faults (i) VALUES (1);DELETE FROM lite_faults")),
                  sq::statement_error);
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>("SELECT 1; SELECT 2")), sq::statement_error);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 0);  // nothing ran
  // Whitespace, comments and empty statements may follow the one statement.
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 1; -- done\n /* really */ ; \n")).scalar() == 1);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 2 /* unterminated")).scalar() == 2);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 3 -- comment")).scalar() == 3);
  // A text with no statement at all is an error too, not a silent no-op.
  CHECK_THROWS_WITH(db.execute(sq::raw("  -- nothing\n")), Catch::Contains("holds no statement"));
  CHECK_THROWS_AS(db.execute(sq::raw("")), sq::statement_error);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 4")).scalar() == 4);
}

// --- 3. URL options ----------------------------------------------------------------------------------

TEST_CASE("sqlite: mode=ro reads and refuses writes; a read-only open of a missing file fails",
          "[run][sqlite][faults][url]") {
  lite_file const file("mode");
  {
    auto db = sq::connect(file.url("mode=rwc"));
    recreate(db, faults);
    db.execute(sq::insert_into(faults).values(faults.i = 7));
  }
  auto ro = sq::connect(file.url("mode=ro"));
  CHECK(ro.execute(sq::select(faults.i).from(faults)).scalar() == 7);
  CHECK_THROWS_WITH(ro.execute(sq::insert_into(faults).values(faults.i = 8)), Catch::Contains("readonly"));
  CHECK_THROWS_AS(ro.execute(sq::insert_into(faults).values(faults.i = 8)), sq::statement_error);
  CHECK(ro.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 1);
  // immutable=1 reads without locking and refuses writes too.
  auto frozen = sq::connect(file.url("immutable=1"));
  CHECK(frozen.execute(sq::select(faults.i).from(faults)).scalar() == 7);
  CHECK_THROWS_AS(frozen.execute(sq::insert_into(faults).values(faults.i = 8)), sq::statement_error);
  // nolock=1 and vfs=unix open the file as usual.
  auto unlocked = sq::connect(file.url("nolock=1&vfs=unix"));
  CHECK(unlocked.execute(sq::select(faults.i).from(faults)).scalar() == 7);

  lite_file const missing("missing");
  CHECK_THROWS_AS(sq::connect(missing.url("mode=ro")), sq::connection_error);
  CHECK_THROWS_AS(sq::connect(missing.url("mode=rw")), sq::connection_error);
  CHECK_FALSE(std::filesystem::exists(missing.name));
  // The options are not part of the file name any more.
  CHECK_FALSE(std::filesystem::exists(missing.name + "?mode=ro"));
  CHECK_THROWS_WITH(sq::connect(missing.url("vfs=no_such_vfs")), Catch::Contains("no such vfs"));
}

TEST_CASE("sqlite: a path may hold '?', '%' and spaces, percent-encoded", "[run][sqlite][faults][url]") {
  std::string const name = "sequel_lite_odd ?%#_" + std::to_string(::getpid()) + ".db";
  std::error_code ignored;
  std::filesystem::remove(name, ignored);
  {
    auto db = sq::connect("sqlite:///sequel_lite_odd%20%3F%25%23_" + std::to_string(::getpid()) + ".db?mode=rwc");
    recreate(db, faults);
  }
  CHECK(std::filesystem::exists(name));
  std::filesystem::remove(name, ignored);
  // A plain path given to sqlite_connection is a name as it is, '?' included.
  std::string const plain = "sequel_lite_plain?mode=ro_" + std::to_string(::getpid()) + ".db";
  { sq::sqlite_connection db(plain); }
  CHECK(std::filesystem::exists(plain));
  std::filesystem::remove(plain, ignored);
  CHECK_THROWS_WITH(sq::connect("sqlite:///bad%zz.db"), Catch::Contains("malformed %XX escape"));
}

TEST_CASE("sqlite: an unknown or malformed URL option is refused, listing the known ones",
          "[run][sqlite][faults][url]") {
  RUN_SQLITE_DATABASES(url);
  CHECK_THROWS_WITH(sq::connect(with_option(url, "journal=wal")),
                    Catch::Contains("unknown URL option 'journal'") && Catch::Contains("mode (ro, rw, rwc or memory)") &&
                        Catch::Contains("busy_timeout") && Catch::Contains("statement_timeout"));
  CHECK_THROWS_AS(sq::connect(with_option(url, "password=hunter2")), sq::connection_error);
  try {
    sq::connect(with_option(url, "password=hunter2"));
  } catch (sq::connection_error const& e) {
    CHECK_FALSE(contains(e.what(), "hunter2"));
  }
  for (char const* bad : {"mode=xx", "cache=all", "immutable=yes", "nolock=2", "vfs=", "busy_timeout=-1",
                          "busy_timeout=abc", "statement_timeout=1.5", "statement_timeout=99999999999",
                          "mode=ro&mode=rw", "busy_timeout"}) {
    INFO("options: " << bad);
    CHECK_THROWS_AS(sq::connect(with_option(url, bad)), sq::connection_error);
  }
  auto db = sq::connect(with_option(url, "busy_timeout=0&statement_timeout=0&cache=private"));
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT 1")).scalar() == 1);
}

TEST_CASE("sqlite: cache=shared lets connections share one named in-memory database",
          "[run][sqlite][faults][url]") {
  std::string const shared =
      "sqlite:///sequel_lite_shared_" + std::to_string(::getpid()) + "?mode=memory&cache=shared";
  auto one = sq::connect(shared);
  recreate(one, faults);
  one.execute(sq::insert_into(faults).values(faults.i = 1));
  auto two = sq::connect(shared);
  CHECK(two.execute(sq::select(faults.i).from(faults)).scalar() == 1);
  two.execute(sq::insert_into(faults).values(faults.i = 2));
  CHECK(one.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 2);
  // It is a database in memory: no file of that name.
  CHECK_FALSE(std::filesystem::exists("sequel_lite_shared_" + std::to_string(::getpid())));
  // Without cache=shared, each connection has its own in-memory database.
  std::string const own = "sqlite:///sequel_lite_private_" + std::to_string(::getpid()) + "?mode=memory";
  auto three = sq::connect(own);
  recreate(three, faults);
  auto four = sq::connect(own);
  CHECK_THROWS_AS(four.execute(sq::select(faults.i).from(faults)).all(), sq::statement_error);
}

TEST_CASE("sqlite: statement_timeout interrupts a long statement and the connection goes on",
          "[run][sqlite][faults][timeout]") {
  RUN_SQLITE_DATABASES(url);
  auto const endless = sq::raw<std::int64_t>(
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
  auto db = sq::connect(with_option(url, "statement_timeout=200"));
  recreate(db, faults);
  auto const start = steady::now();
  CHECK_THROWS_AS(db.execute(endless).scalar(), sq::timeout_error);
  auto const took = steady::now() - start;
  CHECK(took >= 190ms);
  CHECK(took < 3s);
  try {
    db.execute(endless).scalar();
  } catch (sq::timeout_error const& e) {
    CHECK(contains(e.what(), "statement_timeout of 200 ms"));
    CHECK(contains(e.sql(), "WITH RECURSIVE"));
  }
  // The connection works, in and out of a transaction.
  db.execute(sq::insert_into(faults).values(faults.i = 1));
  CHECK(db.execute(sq::select(faults.i).from(faults)).scalar() == 1);
  {
    auto tx = db.begin();
    db.execute(sq::insert_into(faults).values(faults.i = 2));
    CHECK_THROWS_AS(db.execute(endless).scalar(), sq::timeout_error);  // a read: the transaction stays
    CHECK(db.in_transaction());
    tx.commit();
  }
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 2);
  {
    // An interrupted write: SQLite rolls back the whole transaction, as PostgreSQL aborts it.
    auto tx = db.begin();
    db.execute(sq::insert_into(faults).values(faults.i = 3));
    CHECK_THROWS_AS(db.execute(sq::raw("UPDATE lite_faults SET i = (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                       "SELECT x + 1 FROM c) SELECT count(*) FROM c)")),
                    sq::timeout_error);
    CHECK_FALSE(db.in_transaction());
  }
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 2);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT sum(i) FROM lite_faults")).scalar() == 3);

  // Only the time spent inside SQLite counts, not the program's time between rows.
  std::vector<std::int64_t> seen;
  auto const three = sq::raw<std::int64_t>("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                           "WHERE x < 3) SELECT x FROM c");
  for (auto const& [x] : db.execute(three)) {
    std::this_thread::sleep_for(120ms);
    seen.push_back(x);
  }
  CHECK(seen == std::vector<std::int64_t>{1, 2, 3});

  // set_statement_timeout changes the limit at run time; 0 removes it.
  db.backend().set_statement_timeout(50ms);
  auto const again = steady::now();
  CHECK_THROWS_AS(db.execute(endless).scalar(), sq::timeout_error);
  CHECK(steady::now() - again < 2s);
  db.backend().set_statement_timeout(0ms);
  CHECK(db.execute(sq::raw<std::int64_t>("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                         "WHERE x < 100000) SELECT count(*) FROM c"))
            .scalar() == 100000);
  CHECK_THROWS_AS(db.backend().set_statement_timeout(-1ms), sq::error);

  // A connection opened without the option gets one at run time.
  auto plain = sq::connect(url);
  plain.backend().set_statement_timeout(100ms);
  CHECK_THROWS_AS(plain.execute(endless).scalar(), sq::timeout_error);
  CHECK(plain.execute(sq::raw<std::int64_t>("SELECT 5")).scalar() == 5);
}

TEST_CASE("sqlite: busy_timeout is how long a connection waits for another's write lock",
          "[run][sqlite][faults][timeout]") {
  // A file locked by another connection, and a shared in-memory database whose cache is locked by
  // another connection: both wait busy_timeout, then fail with a statement_error, and work after.
  lite_file const file("busy");
  std::string const memory = "sqlite:///sequel_lite_busy_" + std::to_string(::getpid()) + "?mode=memory&cache=shared";
  std::string const base = GENERATE(as<std::string>{}, "file", "memory");
  auto url_with = [&](std::string_view options) {
    return base == "file" ? file.url(options) : memory + "&" + std::string(options);
  };
  INFO("database: " << base);
  auto holder = sq::connect(url_with("busy_timeout=5000"));
  recreate(holder, faults);
  auto waiter = sq::connect(url_with("busy_timeout=300"));
  auto impatient = sq::connect(url_with("busy_timeout=0"));
  CHECK(waiter.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 0);
  {
    auto tx = holder.begin();
    holder.execute(sq::insert_into(faults).values(faults.i = 1));
    auto const start = steady::now();
    CHECK_THROWS_WITH(waiter.execute(sq::insert_into(faults).values(faults.i = 2)),
                      Catch::Contains("busy_timeout of 300 ms"));
    auto const took = steady::now() - start;
    CHECK(took >= 250ms);
    CHECK(took < 3s);
    auto const quick = steady::now();
    CHECK_THROWS_AS(impatient.execute(sq::insert_into(faults).values(faults.i = 3)), sq::statement_error);
    CHECK(steady::now() - quick < 250ms);
    tx.commit();
  }
  // The lock is gone: the waiting connection writes.
  waiter.execute(sq::insert_into(faults).values(faults.i = 2));
  CHECK(holder.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 2);

  // A writer that waits less than busy_timeout for the lock gets it.
  holder.execute_simple("BEGIN");
  holder.execute(sq::insert_into(faults).values(faults.i = 3));
  std::thread release([&holder] {
    std::this_thread::sleep_for(100ms);
    holder.execute_simple("COMMIT");
  });
  auto patient = sq::connect(url_with("busy_timeout=5000"));
  auto const start = steady::now();
  CHECK_NOTHROW(patient.execute(sq::insert_into(faults).values(faults.i = 4)));
  release.join();
  CHECK(steady::now() - start >= 50ms);
  CHECK(patient.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 4);
}

// --- 4. Threads --------------------------------------------------------------------------------------

TEST_CASE("sqlite: 8 threads each with their own connection to one cache=shared database",
          "[run][sqlite][faults][threads]") {
  lite_file const file("threads");
  std::string const on_file = file.url("cache=shared");
  std::string const in_memory =
      "sqlite:///sequel_lite_threads_" + std::to_string(::getpid()) + "?mode=memory&cache=shared";
  std::string const base = GENERATE_COPY(as<std::string>{}, on_file, in_memory);
  INFO("database: " << base);
  auto keeper = sq::connect(base);  // keeps the in-memory database alive while the threads run
  recreate(keeper, faults);
  constexpr int threads = 8, transactions = 10, rows = 5;
  std::atomic<int> failures{0};
  std::vector<std::string> errors(threads);
  std::vector<std::thread> workers;
  for (int t = 0; t != threads; ++t) {
    workers.emplace_back([&, t] {
      try {
        auto db = sq::connect(base);
        for (int k = 0; k != transactions; ++k) {
          auto tx = db.begin();
          for (int r = 0; r != rows; ++r) db.execute(sq::insert_into(faults).values(faults.i = t, faults.t = "row"));
          tx.commit();
          auto const mine = db.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults WHERE i = ?", t)).scalar();
          if (mine != (k + 1) * rows) throw std::runtime_error("thread saw " + std::to_string(mine) + " rows");
          for (auto const& [text] : db.execute(sq::select(faults.t).from(faults).where(faults.i == t)))
            if (text != "row") throw std::runtime_error("a wrong value");
        }
      } catch (std::exception const& e) {
        ++failures;
        errors[static_cast<std::size_t>(t)] = e.what();
      }
    });
  }
  for (auto& w : workers) w.join();
  for (auto const& e : errors) CHECK(e == "");
  CHECK(failures == 0);
  CHECK(keeper.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() ==
        threads * transactions * rows);
}

TEST_CASE("sqlite: a connection handed from one thread to another keeps working",
          "[run][sqlite][faults][threads]") {
  RUN_SQLITE_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, faults);
  auto pending = db.execute(sq::raw<std::int64_t>("SELECT 1"));  // a prepared, cached statement
  (void)pending;
  for (int hop = 0; hop != 4; ++hop) {
    std::thread([&db, hop] {
      auto tx = db.begin();
      db.execute(sq::insert_into(faults).values(faults.i = hop));
      tx.commit();
      CHECK(db.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == hop + 1);
    }).join();  // join() orders this thread's use before the next one's
  }
  std::int64_t sum = 0;
  std::thread([&db, &sum] { sum = db.execute(sq::raw<std::int64_t>("SELECT sum(i) FROM lite_faults")).scalar(); })
      .join();
  CHECK(sum == 0 + 1 + 2 + 3);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT count(*) FROM lite_faults")).scalar() == 4);
}

TEST_CASE("sqlite: the ORM keeps one connection for an in-memory database, whatever the options",
          "[run][sqlite][faults][url]") {
  auto pool_size = [](std::string const& url) {
    return sq::create_engine(url, {.pool_size = 8}).pool().max_size();
  };
  CHECK(pool_size("sqlite://:memory:?busy_timeout=100") == 1);
  CHECK(pool_size("sqlite://?statement_timeout=5") == 1);
  CHECK(pool_size("sqlite:///?busy_timeout=5") == 1);
  CHECK(pool_size("sqlite:///scratch?mode=memory&cache=shared") == 1);
  CHECK(pool_size("sqlite:///app.db?busy_timeout=100&mode=rwc") == 8);
  CHECK(pool_size("sqlite:///app.db") == 8);
}
