// SPDX-License-Identifier: BSL-1.0
// Reading results: range-for with structured bindings, all(), first(), one(), scalar(), row[column],
// as<T>() by field name (Boost.Hana) and by position (aggregates), stopping early, and result_error
// for rows that do not fit (NULL into a non-optional, a value too large for the C++ type).
#include <boost/hana/adapt_struct.hpp>

#include "support.hpp"

using namespace run_test;

namespace {
// Fields in another order than the select list: mapped by name.
struct person {
  std::optional<int> age;
  std::string name;
  std::int64_t id = 0;
};

// Fewer fields than the select list: the other columns are ignored.
struct name_only {
  std::string name;
};

// A plain aggregate: mapped by position.
struct user_row {
  std::int64_t id;
  std::string name;
  std::optional<int> age;
};

struct id_and_n {
  std::int64_t id;
  int n;
};

// Two C++ views of one SQL table, as when a schema changed under a program: `loose` declares what
// the database holds, `strict` what an outdated program believes.
struct loose_t : sq::table<loose_t, "run_drift"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"n", std::optional<int>> n;
  column<"small", std::int64_t> small;
};
inline constexpr loose_t loose{};
struct strict_t : sq::table<strict_t, "run_drift"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"n", int> n;
  column<"small", std::int8_t> small;
};
inline constexpr strict_t strict{};

auto const by_id = sq::select(users.id, users.name, users.age).from(users).order_by(users.id);
}  // namespace

BOOST_HANA_ADAPT_STRUCT(person, age, name, id);
BOOST_HANA_ADAPT_STRUCT(name_only, name);

TEST_CASE("range-for over a result with structured bindings", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  std::vector<std::tuple<std::int64_t, std::string, std::optional<int>>> seen;
  for (auto const& [id, name, age] : db.execute(by_id)) seen.emplace_back(id, name, age);
  CHECK(seen ==
        decltype(seen){
            {1, "Alice", 30}, {2, "Bob", 25}, {3, "Carol", 35}, {4, "Dave", std::nullopt}, {5, "Eve", 28}});

  // Rows can be taken by value and modified.
  int rows = 0;
  for (auto [id, name, age] : db.execute(by_id)) {
    name += "!";
    CHECK(name.back() == '!');
    ++rows;
  }
  CHECK(rows == 5);

  // An empty result runs the loop body zero times.
  for ([[maybe_unused]] auto const& row : db.execute(sq::select(users.name).from(users).where(users.id > 99)))
    FAIL("no row expected");
}

TEST_CASE("all() returns every row; a row is tuple-like and indexable by column", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  auto rows = db.execute(by_id).all();
  REQUIRE(rows.size() == 5);
  CHECK(rows[1][users.id] == 2);
  CHECK(rows[1][users.name] == "Bob");
  CHECK(rows[1][users.age] == 25);
  CHECK(rows[3][users.age] == std::nullopt);
  CHECK(rows[2].get<1>() == "Carol");
  STATIC_REQUIRE(std::tuple_size_v<decltype(rows)::value_type> == 3);
  auto& [id, name, age] = rows[4];
  name = "Eve2";  // rows own their values
  CHECK(rows[4][users.name] == "Eve2");
  CHECK(id == 5);
  CHECK(age == 28);

  CHECK(db.execute(sq::select(users.name).from(users).where(users.id > 99)).all().empty());
}

TEST_CASE("first() gives the first row or nullopt", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  auto youngest_over = [&db](int age) {
    return db
        .execute(
            sq::select(users.name, users.age).from(users).where(users.age > age).order_by(users.age.asc()))
        .first();
  };
  auto youngest = youngest_over(0);
  REQUIRE(youngest);
  CHECK((*youngest)[users.name] == "Bob");
  CHECK((*youngest)[users.age] == 25);

  // first() hands the statement back before the other rows are read: it runs again at once.
  auto const hits = db.cache_hits();
  CHECK_FALSE(youngest_over(99).has_value());
  auto over_26 = youngest_over(26);
  REQUIRE(over_26);
  CHECK((*over_26)[users.name] == "Eve");
  CHECK(db.cache_hits() == hits + 2);
}

TEST_CASE("one() needs exactly one row", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto named = [](std::string const& name) {
    return sq::select(users.id, users.age).from(users).where(users.name.like(name));
  };

  auto carol = db.execute(named("Carol")).one();
  CHECK(carol[users.id] == 3);
  CHECK(carol[users.age] == 35);

  CHECK_THROWS_AS(db.execute(named("Nobody")).one(), sq::result_error);
  CHECK_THROWS_WITH(db.execute(named("Nobody")).one(), Catch::Contains("no rows"));
  CHECK_THROWS_AS(db.execute(named("%e")).one(), sq::result_error);  // Alice, Dave, Eve
  CHECK_THROWS_WITH(db.execute(named("%e")).one(), Catch::Contains("more than one row"));
  CHECK_THROWS_AS(db.execute(named("%")).one(), sq::result_error);

  // The same statement is still usable after each failure.
  CHECK(db.execute(named("Eve")).one()[users.id] == 5);
  CHECK(count_users(db) == 5);
}

TEST_CASE("scalar() gives the only value of the only row", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  std::int64_t const count = db.execute(sq::select(sq::count()).from(users)).scalar();
  CHECK(count == 5);
  CHECK(db.execute(sq::select(sq::count()).from(users).where(users.age > 26)).scalar() == 3);
  CHECK(db.execute(sq::select(sq::count()).from(users).where(users.age > 99)).scalar() == 0);

  std::string const name = db.execute(sq::select(users.name).from(users).where(users.id == 2)).scalar();
  CHECK(name == "Bob");
  std::optional<int> const age = db.execute(sq::select(users.age).from(users).where(users.id == 4)).scalar();
  CHECK(age == std::nullopt);
  CHECK(db.execute(sq::select(users.age + 1).from(users).where(users.id == 1)).scalar() == 31);

  CHECK_THROWS_AS(db.execute(sq::select(users.name).from(users).where(users.id == 99)).scalar(),
                  sq::result_error);
  CHECK_THROWS_AS(db.execute(sq::select(users.name).from(users)).scalar(), sq::result_error);
}

TEST_CASE("as<T>() maps rows into a Boost.Hana struct by field name", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  auto people = db.execute(by_id).as<person>().all();
  REQUIRE(people.size() == 5);
  CHECK(people[0].id == 1);
  CHECK(people[0].name == "Alice");
  CHECK(people[0].age == 30);
  CHECK(people[3].id == 4);
  CHECK(people[3].name == "Dave");
  CHECK(people[3].age == std::nullopt);

  // The select list in yet another order maps the same.
  auto eve = db.execute(sq::select(users.age, users.id, users.name).from(users).where(users.id == 5))
                 .as<person>()
                 .one();
  CHECK(eve.id == 5);
  CHECK(eve.name == "Eve");
  CHECK(eve.age == 28);

  auto first = db.execute(by_id).as<person>().first();
  REQUIRE(first);
  CHECK(first->name == "Alice");
  CHECK_FALSE(db.execute(sq::select(users.id, users.name, users.age).from(users).where(users.id > 99))
                  .as<person>()
                  .first());

  std::vector<std::string> names;
  for (person const& p : db.execute(by_id).as<person>()) names.push_back(p.name + "/" + std::to_string(p.id));
  CHECK(names == run_test::names{"Alice/1", "Bob/2", "Carol/3", "Dave/4", "Eve/5"});

  auto only = db.execute(sq::select(users.id, users.name).from(users).order_by(users.id.desc()))
                  .as<name_only>()
                  .all();
  REQUIRE(only.size() == 5);
  CHECK(only.front().name == "Eve");
  CHECK(only.back().name == "Alice");
}

TEST_CASE("as<T>() maps rows into a plain aggregate by position", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  auto rows = db.execute(by_id).as<user_row>().all();
  REQUIRE(rows.size() == 5);
  CHECK(rows[1].id == 2);
  CHECK(rows[1].name == "Bob");
  CHECK(rows[1].age == 25);
  CHECK(rows[3].age == std::nullopt);

  auto dave = db.execute(sq::select(users.id, users.name, users.age).from(users).where(users.name == "Dave"))
                  .as<user_row>()
                  .one();
  CHECK(dave.id == 4);
  CHECK(dave.name == "Dave");
  CHECK_THROWS_AS(db.execute(by_id).as<user_row>().one(), sq::result_error);
}

TEST_CASE("stopping early, then running the same query again", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  for (int round = 0; round != 3; ++round) {
    CAPTURE(round);
    std::vector<std::string> seen;
    for (auto const& [id, name, age] : db.execute(by_id)) {
      seen.push_back(name);
      if (seen.size() == 2) break;
    }
    CHECK(seen == names{"Alice", "Bob"});
    // The abandoned result handed its statement back: the full query reads every row from the start.
    auto all = db.execute(by_id).all();
    REQUIRE(all.size() == 5);
    CHECK(all.front()[users.name] == "Alice");
    CHECK(all.back()[users.name] == "Eve");
  }

  // A result never iterated, and a moved result.
  { auto unused = db.execute(by_id); }
  auto moved_from = db.execute(by_id);
  auto moved = std::move(moved_from);
  CHECK(moved.all().size() == 5);
  CHECK(db.execute(by_id).as<person>().all().size() == 5);
}

TEST_CASE("a NULL or too large value for the C++ type is a result_error; the connection goes on",
          "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, loose);
  db.execute(sq::insert_into(loose).values(loose.n = 1, loose.small = 1));
  db.execute(sq::insert_into(loose).values(loose.n = std::nullopt, loose.small = 2));
  db.execute(sq::insert_into(loose).values(loose.n = 3, loose.small = 1000));

  // The first row decoded is NULL.
  CHECK_THROWS_AS(db.execute(sq::select(strict.n).from(strict).where(strict.id == 2)), sq::result_error);
  CHECK_THROWS_WITH(db.execute(sq::select(strict.n).from(strict).where(strict.id == 2)),
                    Catch::Contains("NULL") && Catch::Contains("std::optional"));
  // A later row is NULL, found while reading on.
  std::vector<int> read;
  auto const ordered = sq::select(strict.n).from(strict).order_by(strict.id);
  CHECK_THROWS_AS(
      [&] {
        for (auto const& [n] : db.execute(ordered)) read.push_back(n);
      }(),
      sq::result_error);
  CHECK(read == std::vector<int>{1});
  CHECK_THROWS_AS(db.execute(ordered).all(), sq::result_error);
  CHECK_THROWS_AS(db.execute(sq::select(strict.id, strict.n).from(strict)).as<id_and_n>().all(),
                  sq::result_error);

  // 1000 does not fit an int8_t.
  CHECK_THROWS_AS(db.execute(sq::select(strict.small).from(strict).where(strict.id == 3)).scalar(),
                  sq::result_error);
  CHECK_THROWS_WITH(db.execute(sq::select(strict.small).from(strict).where(strict.id == 3)).scalar(),
                    Catch::Contains("1000") && Catch::Contains("does not fit"));

  // The connection, and the very statements that failed, still work.
  CHECK(db.execute(sq::select(strict.n).from(strict).where(strict.id == 1)).scalar() == 1);
  CHECK(db.execute(sq::select(strict.small).from(strict).where(strict.id == 2)).scalar() == 2);
  CHECK(db.execute(sq::select(loose.n).from(loose).order_by(loose.id)).all().size() == 3);
  db.execute(sq::delete_from(loose).where(loose.n.is_null()));
  db.execute(sq::delete_from(loose).where(loose.small > 127));
  CHECK(db.execute(ordered).all().size() == 1);
  CHECK(db.execute(sq::insert_into(loose).values(loose.n = 4, loose.small = -1)).rows_affected == 1);
  std::vector<int> after;
  for (auto const& [n] : db.execute(ordered)) after.push_back(n);
  CHECK(after == std::vector<int>{1, 4});
}

TEST_CASE("many rows, inserted in one transaction, read back in order", "[run][results]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);

  constexpr int count = 2000;
  auto tx = db.begin();
  for (int i = 0; i != count; ++i)
    db.execute(sq::insert_into(users).values(users.name = "user" + std::to_string(i), users.age = i % 90));
  tx.commit();
  CHECK(count_users(db) == count);

  std::int64_t next = 1;
  int mismatches = 0;
  for (auto const& [id, name, age] : db.execute(by_id)) {
    if (id != next || name != "user" + std::to_string(next - 1) || age != (next - 1) % 90) ++mismatches;
    ++next;
  }
  CHECK(mismatches == 0);
  CHECK(next == count + 1);
  CHECK(db.execute(sq::select(sq::count()).from(users).where(users.age < 10)).scalar() == 230);
  CHECK(db.execute(by_id).as<user_row>().all().back().name == "user1999");
}
