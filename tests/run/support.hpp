// SPDX-License-Identifier: BSL-1.0
// Shared by every tests/run/*.cpp: the databases each test runs on (in one place, test_urls()), the
// tables most tests use, and small helpers. A test body written against sq::connection runs once per
// URL:
//
//   TEST_CASE("...") {
//     RUN_TEST_DATABASES(url);               // GENERATE over test_urls(); failures name the URL
//     auto db = sq::connect(url);
//     run_test::recreate(db, users, posts);  // every test creates its own tables
//     ...
//   }
#pragma once
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <sequel/sqlite.hpp>
// Every other connector the build has, so that sq::connect() accepts the URLs of SEQUEL_TEST_URLS.
// CMake defines SEQUEL_WITH_POSTGRES / SEQUEL_WITH_MYSQL when it links the connector's library.
#if defined(SEQUEL_WITH_POSTGRES) && __has_include(<sequel/postgres.hpp>)
#include <sequel/postgres.hpp>
#define SEQUEL_TEST_HAS_POSTGRES 1
#else
#define SEQUEL_TEST_HAS_POSTGRES 0
#endif
#if defined(SEQUEL_WITH_MYSQL) && __has_include(<sequel/mysql.hpp>)
#include <sequel/mysql.hpp>
#define SEQUEL_TEST_HAS_MYSQL 1
#else
#define SEQUEL_TEST_HAS_MYSQL 0
#endif

namespace run_test {
namespace sq = sequel;

namespace detail {
// A database file in the working directory, unique to this process: removed before first use and
// again at exit (with SQLite's side files).
struct scratch_file {
  std::string name = "sequel_run_tests_" + std::to_string(::getpid()) + ".db";
  scratch_file() { remove(); }
  ~scratch_file() { remove(); }
  scratch_file(scratch_file const&) = delete;
  scratch_file& operator=(scratch_file const&) = delete;
  void remove() const {
    std::error_code ignored;
    for (char const* suffix : {"", "-journal", "-wal", "-shm"})
      std::filesystem::remove(name + suffix, ignored);
  }
};

inline bool under_ci() {
  char const* ci = std::getenv("CI");
  return ci != nullptr && std::string_view(ci) == "true";
}

inline bool has_scheme(std::vector<std::string> const& urls,
                       std::initializer_list<std::string_view> schemes) {
  for (std::string_view url : urls)
    for (auto scheme : schemes)
      if (url.starts_with(scheme) && url.substr(scheme.size()).starts_with("://")) return true;
  return false;
}

// Under CI=true a database test must not be skipped: SEQUEL_TEST_URLS must name a PostgreSQL and a
// MySQL/MariaDB server, and the build must have both connectors. What is missing, or "" when nothing is.
inline std::string missing_databases(std::vector<std::string> const& urls) {
  if (!under_ci()) return {};
  std::string missing;
  auto add = [&missing](std::string_view what) {
    missing += missing.empty() ? "" : "; ";
    missing += what;
  };
  if (!has_scheme(urls, {"postgresql", "postgres"})) add("no postgresql:// URL in SEQUEL_TEST_URLS");
  if (!has_scheme(urls, {"mysql", "mariadb"})) add("no mysql:// URL in SEQUEL_TEST_URLS");
  if (!SEQUEL_TEST_HAS_POSTGRES)
    add("the tests were built without the PostgreSQL connector (libpq or <sequel/postgres.hpp> missing)");
  if (!SEQUEL_TEST_HAS_MYSQL)
    add("the tests were built without the MySQL connector (libmariadb or <sequel/mysql.hpp> missing)");
  if (missing.empty()) return {};
  return "CI=true: the database tests must run on SQLite, PostgreSQL and MariaDB, but " + missing +
         ". scripts/test starts the servers (scripts/servers) and sets SEQUEL_TEST_URLS.";
}
}  // namespace detail

// The URLs every backend-neutral test runs on. SEQUEL_TEST_URLS (URLs separated by spaces) replaces
// the default list (SQLite in memory and in a file), e.g. to run the same bodies on PostgreSQL and
// MariaDB servers as scripts/test does. Under CI=true, a list without a PostgreSQL and a MySQL URL
// (or a build without their connectors) fails every test that asks for it.
inline std::vector<std::string> const& test_urls() {
  static detail::scratch_file const file;
  static std::vector<std::string> const urls = [] {
    std::vector<std::string> list;
    if (char const* from_env = std::getenv("SEQUEL_TEST_URLS")) {
      std::istringstream words{std::string(from_env)};
      for (std::string url; words >> url;) list.push_back(url);
    }
    if (list.empty()) list = {"sqlite://:memory:", "sqlite:///" + file.name};
    return list;
  }();
  static std::string const missing = detail::missing_databases(urls);
  if (!missing.empty()) FAIL(missing);
  return urls;
}

// Whether a second connection to url sees the same data (false for SQLite's :memory:).
inline bool shared_database(std::string_view url) { return url.find(":memory:") == url.npos; }

// Runs the rest of the test case once per URL of test_urls(), each a fresh GENERATE value. The first
// call fails the test case, outside GENERATE, when test_urls() refuses to run (CI=true, see above).
#define RUN_TEST_DATABASES(url)                                          \
  (void)::run_test::test_urls();                                         \
  std::string const url = GENERATE(from_range(::run_test::test_urls())); \
  INFO("database: " << url)

// --- Tables shared by most tests -------------------------------------------------------------------
struct users_t : sq::table<users_t, "run_users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

struct posts_t : sq::table<posts_t, "run_posts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"user_id", std::int64_t, sq::references<&users_t::id>> user_id;
  column<"title", std::string, sq::default_value<"">> title;
};
inline constexpr posts_t posts{};

// --- Helpers -----------------------------------------------------------------------------------------
// Drops the tables (in reverse order, so referencing tables go first) and creates them in order.
// A test using users passes posts too: posts references users, so users cannot go while posts has rows.
template <class Db, class... Tables>
void recreate(Db& db, Tables const&... tables) {
  std::vector<std::function<void()>> drops{
      [&db, &tables] { db.execute(sq::drop_table(tables).if_exists()); }...};
  for (auto it = drops.rbegin(); it != drops.rend(); ++it) (*it)();
  (db.execute(sq::create_table(tables)), ...);
}

// Alice 30, Bob 25, Carol 35, Dave NULL, Eve 28, inserted in that order (ids 1 to 5 on a new table).
template <class Db>
void seed_users(Db& db) {
  recreate(db, users, posts);
  db.execute(sq::insert_into(users).values(users.name = "Alice", users.age = 30));
  db.execute(sq::insert_into(users).values(users.name = "Bob", users.age = 25));
  db.execute(sq::insert_into(users).values(users.name = "Carol", users.age = 35));
  db.execute(sq::insert_into(users).values(users.name = "Dave", users.age = std::nullopt));
  db.execute(sq::insert_into(users).values(users.name = "Eve", users.age = 28));
}

template <class Db>
std::int64_t count_users(Db& db) {
  return db.execute(sq::select(sq::count()).from(users)).scalar();
}

// The names of the users matching condition, sorted by name.
template <class Db, class Condition>
std::vector<std::string> names_where(Db& db, Condition const& condition) {
  std::vector<std::string> names;
  auto query = sq::select(users.name).from(users).where(condition).order_by(users.name.asc());
  for (auto const& [name] : db.execute(query)) names.push_back(name);
  return names;
}

template <class Db>
std::vector<std::string> all_names(Db& db) {
  std::vector<std::string> names;
  for (auto const& [name] : db.execute(sq::select(users.name).from(users).order_by(users.name.asc())))
    names.push_back(name);
  return names;
}

// The SQL text a connection runs for a statement, in its dialect.
template <class Db, class S>
std::string sql_for(Db const& db, S const& stmt) {
  switch (db.dialect()) {
    case sq::dialect_id::sqlite:
      return sq::to_sql<sq::sqlite>(stmt);
    case sq::dialect_id::postgres:
      return sq::to_sql<sq::postgres>(stmt);
    case sq::dialect_id::mysql:
      return sq::to_sql<sq::mysql>(stmt);
  }
  return {};
}

inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != text.npos; }

// url with one more ?key=value option (or several: "a=1&b=2").
inline std::string with_option(std::string const& url, std::string_view option) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + std::string(option);
}

inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

using names = std::vector<std::string>;

}  // namespace run_test
