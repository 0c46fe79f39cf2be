// SPDX-License-Identifier: BSL-1.0
// Each value read is told apart from NULL and checked against its column: an empty text is a value,
// not NULL, wherever it sits in the row; on PostgreSQL, a column read as a type it does not hold is
// a result_error that names the column.
#include "support.hpp"

using namespace run_test;

TEST_CASE("an empty text is a value and NULL is not, in any column of the row", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  using text = std::optional<std::string>;
  auto const mixed = db.execute(sq::raw<text, text, text, text>("SELECT 'x', '', NULL, ''")).one();
  CHECK(mixed.values == std::tuple<text, text, text, text>{"x", "", std::nullopt, ""});
  auto const plain = db.execute(sq::raw<std::string, text>("SELECT '', NULL")).one();
  CHECK(plain.values == std::tuple<std::string, text>{"", std::nullopt});
}

// PostgreSQL sends each column's type, and a read of another type is refused. (SQLite checks each
// value's storage class, tests/run/sqlite_faults.cpp; MariaDB refuses a text that is not a number,
// tests/run/mysql_faults.cpp.)
TEST_CASE("postgres: a column read as a type it does not hold is a result_error naming it",
          "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  if (db.dialect() != sq::dialect_id::postgres) return;
  seed_users(db);
  CHECK_THROWS_WITH(db.execute(sq::raw<std::int64_t>("SELECT name FROM run_users ORDER BY id")),
                    Catch::Contains("column 0 (\"name\", type OID 25) cannot be read as an integer"));
  CHECK_THROWS_WITH(db.execute(sq::raw<int, std::string>("SELECT id, age FROM run_users ORDER BY id")),
                    Catch::Contains("column 1 (\"age\"") && Catch::Contains("cannot be read as text"));
  CHECK_THROWS_AS(db.execute(sq::raw<std::int64_t>("SELECT name FROM run_users")), sq::result_error);
  CHECK(db.execute(sq::raw<std::string>("SELECT name FROM run_users WHERE id = 1")).scalar() == "Alice");
}
