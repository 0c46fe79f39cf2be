// SPDX-License-Identifier: BSL-1.0
// A result read part way while other statements run on the connection. MariaDB fetches rows as
// they arrive and buffers the rest of a result only when another statement needs the connection;
// these cases check that this never shows: the result goes on where it was, a result dropped part
// way leaves the connection clean, and an error in the middle of a result leaves it usable. They
// run on every URL: SQLite and PostgreSQL must behave the same.
#include <limits>
#include <utility>

#include "support.hpp"

using namespace run_test;

namespace {
constexpr int row_count = 1000;  // more than one network buffer of rows

auto from_id(std::int64_t first) {
  return sq::select(users.id, users.name).from(users).where(users.id >= first).order_by(users.id);
}
auto posts_count() { return sq::select(sq::count()).from(posts); }
auto add_post(std::int64_t user, std::string title) {
  return sq::insert_into(posts).values(posts.user_id = user, posts.title = std::move(title));
}

// user1 ... user1000 (ids 1 to 1000), and one post, by user 1.
template <class Db>
void seed_many(Db& db) {
  recreate(db, users, posts);
  auto tx = db.begin();
  for (int i = 1; i <= row_count; ++i)
    db.execute(
        sq::insert_into(users).values(users.name = "user" + std::to_string(i), users.age = i % 90));
  db.execute(sq::insert_into(posts).values(posts.user_id = 1, posts.title = "first"));
  tx.commit();
}

// Reads rows until the end or until `until` rows were seen, checking each is the next user.
struct reader {
  std::int64_t next_id = 1;
  int mismatches = 0;
  template <class It, class End>
  void read(It& it, End end, int until = std::numeric_limits<int>::max()) {
    for (int n = 0; n != until && it != end; ++n, ++it) {
      auto const& row = *it;
      std::string const name = "user" + std::to_string(next_id);
      if (row[users.id] != next_id || row[users.name] != name) ++mismatches;
      ++next_id;
    }
  }
};

struct values_t : sq::table<values_t, "run_streaming_values"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"v", std::optional<std::int64_t>> v;
};
inline constexpr values_t values{};
// The same table, read as if v could not be NULL.
struct strict_values_t : sq::table<strict_values_t, "run_streaming_values"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"v", std::int64_t> v;
};
inline constexpr strict_values_t strict_values{};

// v = 1 ... n-1 in ids 1 ... n-1, then `last` in id n.
template <class Db>
void seed_values(Db& db, int n, std::optional<std::int64_t> last) {
  recreate(db, values);
  auto tx = db.begin();
  for (int i = 1; i < n; ++i) db.execute(sq::insert_into(values).values(values.v = i));
  db.execute(sq::insert_into(values).values(values.v = last));
  tx.commit();
}
}  // namespace

TEST_CASE("a result read part way while other statements run, then read to its end",
          "[run][streaming]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_many(db);

  auto a = db.execute(from_id(1));
  auto it = a.begin();
  reader r;
  r.read(it, a.end(), 3);
  REQUIRE(r.next_id == 4);

  // A change, a query read whole, the same statement again (a private copy), a transaction.
  CHECK(db.execute(add_post(2, "second")).rows_affected == 1);
  CHECK(db.execute(posts_count()).scalar() == 2);
  auto tail = db.execute(from_id(row_count - 1)).all();
  REQUIRE(tail.size() == 2);
  CHECK(tail.back()[users.name] == "user" + std::to_string(row_count));
  {
    auto tx = db.begin();
    db.execute(sq::update(posts).set(posts.title = "renamed").where(posts.user_id == 2));
    tx.commit();
  }
  auto const title = sq::select(posts.title).from(posts).where(posts.user_id == 2);
  CHECK(db.execute(title).scalar() == "renamed");

  // A second result read part way, then both read in turns to their ends.
  auto b = db.execute(from_id(501));
  auto jt = b.begin();
  reader s{501};
  s.read(jt, b.end(), 10);
  while (it != a.end() || jt != b.end()) {
    r.read(it, a.end(), 7);
    s.read(jt, b.end(), 3);
  }
  CHECK(r.mismatches == 0);
  CHECK(r.next_id == row_count + 1);
  CHECK(s.mismatches == 0);
  CHECK(s.next_id == row_count + 1);

  // Everything changed while the results were open stayed.
  CHECK(db.execute(posts_count()).scalar() == 2);
  CHECK(db.execute(from_id(1)).all().size() == row_count);
}

TEST_CASE("a result dropped part way leaves the connection clean", "[run][streaming]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_many(db);

  {
    auto a = db.execute(from_id(1));
    auto it = a.begin();
    reader r;
    r.read(it, a.end(), 5);
    CHECK(r.mismatches == 0);
  }
  CHECK(db.execute(add_post(3, "third")).rows_affected == 1);
  CHECK(db.execute(posts_count()).scalar() == 2);

  // A result read part way, a second one dropped part way, then the first read on.
  auto a = db.execute(from_id(1));
  auto it = a.begin();
  reader r;
  r.read(it, a.end(), 5);
  {
    auto b = db.execute(from_id(100));
    auto jt = b.begin();
    reader s{100};
    s.read(jt, b.end(), 5);
    CHECK(s.mismatches == 0);
  }
  CHECK(db.execute(posts_count()).scalar() == 2);
  r.read(it, a.end());
  CHECK(r.mismatches == 0);
  CHECK(r.next_id == row_count + 1);

  // Idle statements closed (the cache emptied) while a result is being read.
  auto c = db.execute(from_id(1));
  auto lt = c.begin();
  reader t;
  t.read(lt, c.end(), 5);
  db.set_statement_cache_size(0);
  CHECK(db.execute(posts_count()).scalar() == 2);
  t.read(lt, c.end());
  CHECK(t.mismatches == 0);
  CHECK(t.next_id == row_count + 1);

  // first() and one() stop reading early; the statement reads every row at its next execution.
  CHECK(db.execute(from_id(1)).first().value()[users.id] == 1);
  CHECK_THROWS_AS(db.execute(from_id(1)).one(), sq::result_error);
  reader all;
  auto again = db.execute(from_id(1));
  auto kt = again.begin();
  all.read(kt, again.end());
  CHECK(all.mismatches == 0);
  CHECK(all.next_id == row_count + 1);
}

TEST_CASE("an error part way through a result leaves the connection usable", "[run][streaming]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_many(db);
  constexpr int n = 500;
  // abs() of the smallest 64-bit integer overflows on every database: an error at the last row.
  seed_values(db, n, std::numeric_limits<std::int64_t>::min());
  auto const absolute = sq::select(sq::abs(values.v)).from(values).order_by(values.id);

  // Read to the error. PostgreSQL reports it at execute(); SQLite and MariaDB at that row.
  bool const whole_results = db.dialect() == sq::dialect_id::postgres;
  std::vector<std::int64_t> seen;
  auto read_all = [&] {
    for (auto const& [v] : db.execute(absolute)) seen.push_back(v.value());
  };
  CHECK_THROWS_AS(read_all(), sq::error);
  CHECK(seen.size() == (whole_results ? 0 : n - 1));
  for (std::size_t i = 0; i != seen.size(); ++i) CHECK(seen[i] == static_cast<std::int64_t>(i) + 1);
  CHECK(db.execute(posts_count()).scalar() == 1);

  // Read a few rows, run other statements, then read on to the error. MariaDB meets the error while
  // buffering the rest for the other statements, which go on; the next read raises it (the rows
  // buffered before it are dropped with the failed rest).
  seen.clear();
  bool inserted = false;
  auto read_interrupted = [&] {
    auto result = db.execute(absolute);
    for (auto it = result.begin(); it != result.end(); ++it) {
      seen.push_back((*it).get<0>().value());
      if (seen.size() == 2) {
        db.execute(add_post(4, "during"));
        inserted = true;
        CHECK(db.execute(posts_count()).scalar() == 2);
      }
    }
  };
  CHECK_THROWS_AS(read_interrupted(), sq::error);
  CHECK(inserted == !whole_results);
  CHECK(seen.size() < n);
  for (std::size_t i = 0; i != seen.size(); ++i) CHECK(seen[i] == static_cast<std::int64_t>(i) + 1);
  CHECK(db.execute(posts_count()).scalar() == (inserted ? 2 : 1));

  // A value the C++ type cannot hold (NULL for a non-optional) part way: the client's error.
  seed_values(db, n, std::nullopt);
  seen.clear();
  auto const strict = sq::select(strict_values.v).from(strict_values).order_by(strict_values.id);
  auto read_strict = [&] {
    for (auto const& [v] : db.execute(strict)) seen.push_back(v);
  };
  CHECK_THROWS_AS(read_strict(), sq::result_error);
  CHECK(seen.size() == n - 1);

  // The connection, and the statements that failed, still work.
  auto tx = db.begin();
  db.execute(sq::update(values).set(values.v = 7).where(values.v.is_null()));
  tx.commit();
  seen.clear();
  read_strict();
  CHECK(seen.size() == n);
  CHECK(seen.back() == 7);
  reader r;
  auto a = db.execute(from_id(1));
  auto it = a.begin();
  r.read(it, a.end());
  CHECK(r.mismatches == 0);
  CHECK(r.next_id == row_count + 1);
}
