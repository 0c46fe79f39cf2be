// SPDX-License-Identifier: BSL-1.0
// The prepared-statement cache: one prepare per statement type (whatever the bound values), a hit
// for each repeat, least recently used entries evicted at the set size, and a statement executed
// again while an earlier result of it is still being read.
#include "support.hpp"

using namespace run_test;

namespace {
auto older_than(int age) {
  return sq::select(users.name).from(users).where(users.age > age).order_by(users.name.asc());
}
auto named(std::string const& name) {
  return sq::select(users.id, users.age).from(users).where(users.name == name);
}
auto with_id(std::int64_t id) { return sq::select(users.name).from(users).where(users.id == id); }

template <class Result>
std::vector<std::string> first_column(Result&& result) {
  std::vector<std::string> out;
  for (auto const& row : result) out.push_back(row.template get<0>());
  return out;
}

// Counts prepares and hits from a starting point.
template <class Db>
struct counters {
  Db& db;
  std::uint64_t prepares0 = db.prepare_count();
  std::uint64_t hits0 = db.cache_hits();
  std::uint64_t prepares() const { return db.prepare_count() - prepares0; }
  std::uint64_t hits() const { return db.cache_hits() - hits0; }
};
template <class Db>
counters(Db&) -> counters<Db>;
}  // namespace

TEST_CASE("the same statement type is prepared once, whatever its values", "[run][cache]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  CHECK(db.statement_cache_size() > 0);

  counters c{db};
  CHECK(first_column(db.execute(older_than(29))) == names{"Alice", "Carol"});
  CHECK(c.prepares() == 1);
  CHECK(c.hits() == 0);
  CHECK(first_column(db.execute(older_than(34))) == names{"Carol"});
  CHECK(first_column(db.execute(older_than(0))) == names{"Alice", "Bob", "Carol", "Eve"});
  CHECK(c.prepares() == 1);
  CHECK(c.hits() == 2);

  // Inserts too: one prepare for every row.
  counters i{db};
  for (int n = 0; n != 10; ++n)
    db.execute(sq::insert_into(users).values(users.name = "user" + std::to_string(n), users.age = n));
  CHECK(i.prepares() == 1);
  CHECK(i.hits() == 9);
  CHECK(count_users(db) == 15);
}

TEST_CASE("different statements are prepared separately", "[run][cache]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  counters c{db};
  CHECK(first_column(db.execute(older_than(29))) == names{"Alice", "Carol"});
  CHECK(db.execute(named("Bob")).one()[users.id] == 2);
  CHECK(db.execute(with_id(3)).scalar() == "Carol");
  CHECK(c.prepares() == 3);
  CHECK(c.hits() == 0);
  // Each is then found again, and runs with its own values.
  CHECK(db.execute(with_id(5)).scalar() == "Eve");
  CHECK(db.execute(named("Alice")).one()[users.age] == 30);
  CHECK(first_column(db.execute(older_than(30))) == names{"Carol"});
  CHECK(c.prepares() == 3);
  CHECK(c.hits() == 3);
}

TEST_CASE("set_statement_cache_size() bounds the cache, evicting the least recently used", "[run][cache]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto a = [&db] { CHECK(db.execute(with_id(1)).scalar() == "Alice"); };
  auto b = [&db] { CHECK(db.execute(named("Bob")).one()[users.age] == 25); };
  auto c = [&db] { CHECK(first_column(db.execute(older_than(34))) == names{"Carol"}); };

  SECTION("size 1: every other statement evicts") {
    db.set_statement_cache_size(1);
    CHECK(db.statement_cache_size() == 1);
    counters n{db};
    a();
    a();
    CHECK(n.prepares() == 1);
    CHECK(n.hits() == 1);
    b();  // evicts a
    a();  // prepared again, evicts b
    b();
    CHECK(n.prepares() == 4);
    CHECK(n.hits() == 1);
  }
  SECTION("size 2: least recently used, not first in") {
    db.set_statement_cache_size(2);
    counters n{db};
    a();
    b();
    a();  // a is now the most recent
    c();  // evicts b
    CHECK(n.prepares() == 3);
    CHECK(n.hits() == 1);
    a();  // still cached
    CHECK(n.prepares() == 3);
    CHECK(n.hits() == 2);
    b();  // prepared again
    CHECK(n.prepares() == 4);
  }
  SECTION("shrinking evicts at once; size 0 caches nothing") {
    a();
    b();
    c();
    counters n{db};
    db.set_statement_cache_size(1);  // keeps c, the most recent
    c();
    a();
    CHECK(n.prepares() == 1);
    CHECK(n.hits() == 1);
    db.set_statement_cache_size(0);
    counters z{db};
    a();
    a();
    b();
    CHECK(z.prepares() == 3);
    CHECK(z.hits() == 0);
    db.set_statement_cache_size(64);
    a();
    a();
    CHECK(z.prepares() == 4);
    CHECK(z.hits() == 1);
  }
}

TEST_CASE("a statement executed again while an earlier result of it is still read", "[run][cache]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  counters n{db};
  auto first = db.execute(older_than(26));  // Alice, Carol, Eve
  auto it = first.begin();
  REQUIRE(it != first.end());
  CHECK((*it)[users.name] == "Alice");

  // The cached statement is busy: this one runs on a private copy, with its own values.
  auto second = db.execute(older_than(0));  // Alice, Bob, Carol, Eve
  CHECK(n.prepares() == 2);
  CHECK(n.hits() == 0);

  // Interleaved reading: each result keeps its own position and values.
  auto jt = second.begin();
  std::vector<std::string> from_first{(*it)[users.name]};
  std::vector<std::string> from_second;
  while (it != first.end() || jt != second.end()) {
    if (jt != second.end()) {
      from_second.push_back((*jt)[users.name]);
      ++jt;
    }
    if (it != first.end() && ++it != first.end()) from_first.push_back((*it)[users.name]);
  }
  CHECK(from_first == names{"Alice", "Carol", "Eve"});
  CHECK(from_second == names{"Alice", "Bob", "Carol", "Eve"});

  // Both are done: the cached statement is free again, and a third run is a hit.
  CHECK(first_column(db.execute(older_than(29))) == names{"Alice", "Carol"});
  CHECK(n.prepares() == 2);
  CHECK(n.hits() == 1);

  // A result kept alive while the same statement runs to completion twice more.
  auto held = db.execute(older_than(20));
  CHECK(first_column(db.execute(older_than(30))) == names{"Carol"});
  CHECK(first_column(db.execute(older_than(34))) == names{"Carol"});
  CHECK(first_column(held) == names{"Alice", "Bob", "Carol", "Eve"});
  CHECK(first_column(db.execute(older_than(24))) == names{"Alice", "Bob", "Carol", "Eve"});
}

TEST_CASE("a statement in use is not evicted, even past the cache size", "[run][cache]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  db.set_statement_cache_size(1);

  auto reading = db.execute(older_than(0));
  auto it = reading.begin();
  // Other statements come and go while the first is being read.
  CHECK(db.execute(with_id(2)).scalar() == "Bob");
  CHECK(db.execute(named("Carol")).one()[users.age] == 35);
  std::vector<std::string> seen;
  for (; it != reading.end(); ++it) seen.push_back((*it)[users.name]);
  CHECK(seen == names{"Alice", "Bob", "Carol", "Eve"});

  counters n{db};
  CHECK(first_column(db.execute(older_than(34))) == names{"Carol"});  // still cached: a hit
  CHECK(n.prepares() == 0);
}

TEST_CASE("cached statements survive the table being dropped and created again", "[run][cache]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  CHECK(first_column(db.execute(older_than(29))) == names{"Alice", "Carol"});

  recreate(db, users, posts);
  db.execute(sq::insert_into(users).values(users.name = "Zoe", users.age = 40));
  CHECK(first_column(db.execute(older_than(29))) == names{"Zoe"});

  db.execute(sq::drop_table(posts));
  db.execute(sq::drop_table(users));
  CHECK_THROWS_AS(db.execute(older_than(29)), sq::statement_error);
  db.execute(sq::create_table(users));
  CHECK(first_column(db.execute(older_than(29))).empty());
}

TEST_CASE("the cache on the typed sq::sqlite_connection", "[run][cache][sqlite]") {
  sq::sqlite_connection db(":memory:");
  CHECK(db.dialect() == sq::dialect_id::sqlite);
  seed_users(db);

  counters n{db};
  CHECK(first_column(db.execute(older_than(29))) == names{"Alice", "Carol"});
  CHECK(first_column(db.execute(older_than(30))) == names{"Carol"});
  CHECK(n.prepares() == 1);
  CHECK(n.hits() == 1);

  auto held = db.execute(older_than(0));
  CHECK(first_column(db.execute(older_than(34))) == names{"Carol"});
  CHECK(n.prepares() == 2);
  CHECK(first_column(held).size() == 4);

  db.set_statement_cache_size(1);
  db.execute(with_id(1));
  CHECK(first_column(db.execute(older_than(0))).size() == 4);
  CHECK(n.prepares() == 4);
}
