// SPDX-License-Identifier: BSL-1.0
// Statements with run-time parts on every database: dynamic_where / dynamic_any, in(range),
// dynamic_order_by, insert ... rows(range) in batches, raw(). The same run-time shape is prepared
// once and then found in the cache.
#include <boost/hana/adapt_struct.hpp>

#include "support.hpp"

using namespace run_test;

namespace {
struct new_user {
  std::string name;
  std::optional<int> age;
};
struct person {
  std::int64_t id;
  std::string name;
  std::optional<int> age;
};

template <class Db>
std::vector<std::string> search(Db& db, std::optional<int> min_age,
                                std::optional<std::string> const& name_like) {
  auto cond = sq::dynamic_where(users);
  if (min_age) cond.add(users.age > *min_age);
  if (name_like) cond.add(users.name.like(*name_like));
  return names_where(db, cond);
}

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

BOOST_HANA_ADAPT_STRUCT(new_user, name, age);

TEST_CASE("dynamic_where: the conditions given, each shape prepared once", "[run][dynamic]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  CHECK(search(db, {}, {}) == names{"Alice", "Bob", "Carol", "Dave", "Eve"});
  counters c{db};
  CHECK(search(db, 27, {}) == names{"Alice", "Carol", "Eve"});
  CHECK(search(db, 29, {}) == names{"Alice", "Carol"});
  CHECK(c.prepares() == 1);
  CHECK(c.hits() == 1);
  CHECK(search(db, 26, "%e%") == names{"Alice", "Eve"});
  CHECK(search(db, 0, "C%") == names{"Carol"});
  CHECK(c.prepares() == 2);
  CHECK(c.hits() == 2);
  CHECK(search(db, {}, "%v%") == names{"Dave", "Eve"});

  // OR, nested under AND; empty OR matches nothing.
  auto any = sq::dynamic_any(users);
  CHECK(names_where(db, any).empty());
  any.add(users.name == "Bob").add(users.age.is_null());
  CHECK(names_where(db, any) == names{"Bob", "Dave"});
  auto both = sq::dynamic_where(users);
  both.add(any).add(users.name != "Dave");
  CHECK(names_where(db, both) == names{"Bob"});

  // Updates and deletes take one too. There an empty AND list would be every row, which must be
  // said with sq::all_rows: it throws before anything runs, and the connection goes on.
  auto nothing = sq::dynamic_where(users);
  CHECK_THROWS_WITH(db.execute(sq::delete_from(users).where(nothing)),
                    Catch::Contains("dynamic_where() condition is empty"));
  CHECK(count_users(db) == 5);
  auto older = sq::dynamic_where(users);
  older.add(users.age >= 30);
  CHECK(db.execute(sq::update(users).set(users.age = users.age + 1).where(older)).rows_affected == 2);
  CHECK(db.execute(sq::delete_from(users).where(any)).rows_affected == 2);
  CHECK(all_names(db) == names{"Alice", "Carol", "Eve"});
}

TEST_CASE("in(range): a run-time list, an empty one matching nothing", "[run][dynamic]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  std::vector<std::string> wanted{"Bob", "Eve", "Zed"};
  CHECK(names_where(db, users.name.in(wanted)) == names{"Bob", "Eve"});
  std::vector<int> ages{25, 35};
  CHECK(names_where(db, users.age.in(ages) && users.name != "Bob") == names{"Carol"});

  counters c{db};
  std::vector<std::string> none;
  CHECK(names_where(db, users.name.in(none)).empty());
  CHECK(names_where(db, !users.name.in(none)) == names{"Alice", "Bob", "Carol", "Dave", "Eve"});
  // A list as long as `wanted` above is the same statement.
  std::vector<std::string> other{"Alice", "Carol", "Nobody"};
  CHECK(names_where(db, users.name.in(other)) == names{"Alice", "Carol"});
  CHECK(c.prepares() == 2);
  CHECK(c.hits() == 1);
  std::vector<std::string> again{"Dave", "Bob", "X", "Y"};
  CHECK(names_where(db, users.name.in(again)) == names{"Bob", "Dave"});
  CHECK(c.prepares() == 3);
  CHECK(c.hits() == 1);

  // A long list: one parameter each.
  std::vector<std::int64_t> ids;
  for (std::int64_t i = 1; i <= 3000; ++i) ids.push_back(i * 2);
  CHECK(names_where(db, users.id.in(ids)) == names{"Bob", "Dave"});
}

TEST_CASE("dynamic_order_by: sort keys chosen at run time", "[run][dynamic]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto sorted = [&db](bool by_age_desc) {
    auto keys = sq::dynamic_order_by(users);
    if (by_age_desc) keys.add(users.age.desc());
    keys.add(users.name.asc());
    auto cond = sq::dynamic_where(users);
    cond.add(users.age.is_not_null());
    std::vector<std::string> out;
    for (auto const& [name] : db.execute(sq::select(users.name).from(users).where(cond).order_by(keys).limit(3)))
      out.push_back(name);
    return out;
  };
  CHECK(sorted(true) == names{"Carol", "Alice", "Eve"});
  CHECK(sorted(false) == names{"Alice", "Bob", "Carol"});
  CHECK(sorted(true) == names{"Carol", "Alice", "Eve"});
}

TEST_CASE("insert rows(range): tuples and structs, batched under the parameter limit", "[run][dynamic]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);

  std::vector<std::tuple<std::string, std::optional<int>>> few{{"Ann", 41}, {"Ben", std::nullopt}};
  CHECK(db.execute(sq::insert_into(users).columns(users.name, users.age).rows(few)).rows_affected == 2);
  std::vector<new_user> structs{{"Cid", 7}, {"Dot", 8}, {"Eli", {}}};
  CHECK(db.execute(sq::insert_into(users).columns(users.name, users.age).rows(structs)).rows_affected == 3);
  CHECK(all_names(db) == names{"Ann", "Ben", "Cid", "Dot", "Eli"});
  CHECK(names_where(db, users.age.is_null()) == names{"Ben", "Eli"});
  std::vector<new_user> none;
  CHECK(db.execute(sq::insert_into(users).columns(users.name, users.age).rows(none)).rows_affected == 0);

  // 70000 rows of two parameters: 140000 parameters, more than any one statement may bind.
  std::vector<std::tuple<std::string, int>> many;
  for (int i = 0; i != 70000; ++i) many.emplace_back("bulk" + std::to_string(i), i);
  auto stmt = sq::insert_into(users).columns(users.name, users.age).rows(many);
  auto const batches = stmt.batches(db.dialect()).size();
  CHECK(batches == (db.dialect() == sq::dialect_id::sqlite ? 5u : 3u));
  counters c{db};
  CHECK(db.execute(stmt).rows_affected == 70000);
  // Full batches share one statement; the last, shorter one is another.
  CHECK(c.prepares() == 2);
  CHECK(c.hits() == batches - 2);
  CHECK(count_users(db) == 70005);
  std::int64_t sum = 0;
  for (auto const& [age] : db.execute(sq::select(users.age).from(users).where(users.name.like("bulk%"))))
    sum += age.value_or(0);
  CHECK(sum == 69999LL * 70000 / 2);
}

TEST_CASE("raw(): hand-written SQL with typed results and bound values", "[run][dynamic]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  bool const pg = db.dialect() == sq::dialect_id::postgres;
  std::string const table = pg || db.dialect() == sq::dialect_id::sqlite ? "\"run_users\"" : "`run_users`";
  std::string const p1 = pg ? "$1" : "?";
  std::string const p2 = pg ? "$2" : "?";

  auto query = sq::raw<std::int64_t, std::string, std::optional<int>>(
      "SELECT id, name, age FROM " + table + " WHERE age > " + p1 + " OR name = " + p2 + " ORDER BY name",
      28, "Dave");
  std::vector<std::string> seen;
  for (auto const& [id, name, age] : db.execute(query)) {
    CHECK(id > 0);
    seen.push_back(name + ":" + (age ? std::to_string(*age) : "null"));
  }
  CHECK(seen == names{"Alice:30", "Carol:35", "Dave:null"});
  auto people = db.execute(query).as<person>().all();
  REQUIRE(people.size() == 3);
  CHECK(people[1].name == "Carol");

  counters c{db};
  auto count = db.execute(sq::raw<std::int64_t>("SELECT COUNT(*) FROM " + table)).scalar();
  CHECK(count == 5);
  CHECK(db.execute(sq::raw<std::int64_t>("SELECT COUNT(*) FROM " + table)).scalar() == 5);
  CHECK(c.prepares() == 1);
  CHECK(c.hits() == 1);

  auto removed = db.execute(sq::raw("DELETE FROM " + table + " WHERE name = " + p1, "Bob"));
  CHECK(removed.rows_affected == 1);
  CHECK(count_users(db) == 4);
}

TEST_CASE("run-time parts on the typed sq::sqlite_connection", "[run][dynamic][sqlite]") {
  sq::sqlite_connection db(":memory:");
  db.execute(sq::create_table(users));
  std::vector<std::tuple<char const*, int>> rows{{"Ann", 3}, {"Ben", 4}, {"Cid", 5}};
  CHECK(db.execute(sq::insert_into(users).columns(users.name, users.age).rows(rows)).rows_affected == 3);
  std::vector<int> ages{3, 5};
  auto cond = sq::dynamic_where(users);
  cond.add(!users.age.in(ages));
  std::vector<std::string> out;
  for (auto const& [name] : db.execute(sq::select(users.name).from(users).where(cond))) out.push_back(name);
  CHECK(out == names{"Ben"});
  auto n = db.execute(sq::raw<std::int64_t>("SELECT COUNT(*) FROM run_users WHERE age > ?", 3)).one();
  CHECK(std::get<0>(n.values) == 2);
}
