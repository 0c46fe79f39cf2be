// SPDX-License-Identifier: BSL-1.0
// Every statement form executed on a real database: CREATE/DROP TABLE, INSERT, SELECT with its
// clauses, UPDATE, DELETE, and the filters (LIKE, IN, BETWEEN, IS [NOT] NULL, NOT, OR, AND).
#include "support.hpp"

using namespace run_test;

TEST_CASE("create_table and drop_table, with and without IF [NOT] EXISTS", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  db.execute(sq::drop_table(posts).if_exists());
  db.execute(sq::drop_table(users).if_exists());
  db.execute(sq::drop_table(users).if_exists());  // absent: still no error

  db.execute(sq::create_table(users));
  CHECK(count_users(db) == 0);
  CHECK_THROWS_AS(db.execute(sq::create_table(users)), sq::statement_error);  // already there

  db.execute(sq::insert_into(users).values(users.name = "Alice"));
  db.execute(sq::create_table(users).if_not_exists());
  db.execute(sq::create_table(users).if_not_exists());
  CHECK(count_users(db) == 1);  // IF NOT EXISTS left the table and its row alone

  db.execute(sq::drop_table(users));
  CHECK_THROWS_AS(count_users(db), sq::statement_error);                    // gone
  CHECK_THROWS_AS(db.execute(sq::drop_table(users)), sq::statement_error);  // and cannot go twice
  db.execute(sq::drop_table(users).if_exists());

  db.execute(sq::create_table(users).if_not_exists());  // creates it when absent
  CHECK(count_users(db) == 0);
  db.execute(sq::create_table(posts));
  db.execute(sq::insert_into(posts).values(
      posts.user_id = db.execute(sq::insert_into(users).values(users.name = "Bob")).last_insert_id));
  CHECK(db.execute(sq::select(posts.title).from(posts)).scalar() == "");  // default_value<"">
}

struct tagged_t : sq::table<tagged_t, "run_tagged"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"tag", std::string, sq::index> tag;
};
inline constexpr tagged_t tagged{};

TEST_CASE("create_table creates the index of each column declared with sq::index", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  db.execute(sq::drop_table(tagged).if_exists());
  db.execute(sq::create_table(tagged));
  // The index exists: creating it again fails, unless IF NOT EXISTS says so.
  CHECK_THROWS_AS(db.execute(sq::create_index(tagged.tag)), sq::statement_error);
  db.execute(sq::create_index(tagged.tag).if_not_exists());
  db.execute(sq::create_table(tagged).if_not_exists());  // table and index there: no error
  db.execute(sq::insert_into(tagged).values(tagged.tag = "red"));
  CHECK(db.execute(sq::select(tagged.id).from(tagged).where(tagged.tag == "red")).scalar() == 1);
  db.execute(sq::drop_table(tagged));  // the index goes with its table
  db.execute(sq::create_table(tagged));
  db.execute(sq::drop_table(tagged));
}

TEST_CASE("insert reports rows affected and the generated id", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);

  auto alice = db.execute(sq::insert_into(users).values(users.name = "Alice", users.age = 30));
  CHECK(alice.rows_affected == 1);
  CHECK(alice.last_insert_id == 1);
  auto bob = db.execute(sq::insert_into(users).values(users.name = "Bob", users.age = std::nullopt));
  CHECK(bob.rows_affected == 1);
  CHECK(bob.last_insert_id == 2);
  auto carol = db.execute(sq::insert_into(users).values(users.age = 35, users.name = "Carol"));
  CHECK(carol.last_insert_id == 3);

  // The ids are the rows' own: each finds its row.
  CHECK(db.execute(sq::select(users.name).from(users).where(users.id == alice.last_insert_id)).scalar() ==
        "Alice");
  CHECK(db.execute(sq::select(users.age).from(users).where(users.id == bob.last_insert_id)).scalar() ==
        std::nullopt);
  CHECK(db.execute(sq::select(users.name, users.age).from(users).where(users.id == carol.last_insert_id))
            .one() == sq::row<decltype(users.name), decltype(users.age)>{{"Carol", 35}});
  CHECK(count_users(db) == 3);
}

TEST_CASE("select with where, order_by, limit and offset returns the exact rows in order",
          "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  using pair = std::pair<std::string, std::optional<int>>;
  auto pairs = [](auto&& result) {
    std::vector<pair> out;
    for (auto const& [name, age] : result) out.emplace_back(name, age);
    return out;
  };

  SECTION("where + order_by ascending") {
    CHECK(pairs(db.execute(sq::select(users.name, users.age)
                               .from(users)
                               .where(users.age > 26)
                               .order_by(users.name.asc()))) ==
          std::vector<pair>{{"Alice", 30}, {"Carol", 35}, {"Eve", 28}});
  }
  SECTION("order_by descending, two keys") {
    CHECK(pairs(db.execute(sq::select(users.name, users.age)
                               .from(users)
                               .where(users.age.is_not_null())
                               .order_by(users.age.desc(), users.name))) ==
          std::vector<pair>{{"Carol", 35}, {"Alice", 30}, {"Eve", 28}, {"Bob", 25}});
  }
  SECTION("limit") {
    CHECK(pairs(db.execute(sq::select(users.name, users.age)
                               .from(users)
                               .where(users.age.is_not_null())
                               .order_by(users.age.desc())
                               .limit(2))) == std::vector<pair>{{"Carol", 35}, {"Alice", 30}});
  }
  SECTION("limit + offset") {
    CHECK(pairs(db.execute(
              sq::select(users.name, users.age).from(users).order_by(users.name.asc()).limit(2).offset(1))) ==
          std::vector<pair>{{"Bob", 25}, {"Carol", 35}});
  }
  SECTION("offset alone") {
    CHECK(pairs(db.execute(
              sq::select(users.name, users.age).from(users).order_by(users.name.asc()).offset(3))) ==
          std::vector<pair>{{"Dave", std::nullopt}, {"Eve", 28}});
  }
  SECTION("offset past the end, limit 0") {
    CHECK(db.execute(sq::select(users.name).from(users).order_by(users.name).offset(5)).all().empty());
    CHECK(db.execute(sq::select(users.name).from(users).order_by(users.name).limit(0)).all().empty());
  }
  SECTION("the same statement with other values") {
    auto older_than = [&db](int age) { return names_where(db, users.age > age); };
    CHECK(older_than(29) == names{"Alice", "Carol"});
    CHECK(older_than(34) == names{"Carol"});
    CHECK(older_than(99).empty());
    CHECK(older_than(0) == names{"Alice", "Bob", "Carol", "Eve"});
  }
}

TEST_CASE("select(sq::all_of(t)) reads every column in declaration order", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  auto dave = db.execute(sq::select(sq::all_of(users)).from(users).where(users.name == "Dave")).one();
  auto const& [id, name, age] = dave;
  CHECK(id == 4);
  CHECK(name == "Dave");
  CHECK(age == std::nullopt);

  auto all = db.execute(sq::select(sq::all_of(users)).from(users).order_by(users.id)).all();
  REQUIRE(all.size() == 5);
  CHECK(all[0][users.id] == 1);
  CHECK(all[0][users.name] == "Alice");
  CHECK(all[0][users.age] == 30);
  CHECK(all[4][users.name] == "Eve");
  CHECK(all[4][users.age] == 28);
}

TEST_CASE("update with an expression, with a where and with all_rows", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto age_of = [&db](char const* name) {
    return db.execute(sq::select(users.age).from(users).where(users.name == name)).scalar();
  };

  auto one = db.execute(sq::update(users).set(users.age = users.age + 1).where(users.name == "Alice"));
  CHECK(one.rows_affected == 1);
  CHECK(age_of("Alice") == 31);
  CHECK(age_of("Bob") == 25);  // untouched

  auto none = db.execute(sq::update(users).set(users.age = users.age + 1).where(users.name == "Nobody"));
  CHECK(none.rows_affected == 0);

  auto two = db.execute(
      sq::update(users).set(users.age = users.age * 2, users.name = "Robert").where(users.name == "Bob"));
  CHECK(two.rows_affected == 1);
  CHECK(age_of("Robert") == 50);
  CHECK(names_where(db, users.name == "Bob").empty());

  auto cleared = db.execute(sq::update(users).set(users.age = std::nullopt).where(users.name == "Carol"));
  CHECK(cleared.rows_affected == 1);
  CHECK(age_of("Carol") == std::nullopt);

  auto every = db.execute(sq::update(users).set(users.age = 99).where(sq::all_rows));
  CHECK(every.rows_affected == 5);
  CHECK(names_where(db, users.age == 99) == names{"Alice", "Carol", "Dave", "Eve", "Robert"});
}

TEST_CASE("delete with a where and with all_rows", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  auto bob = db.execute(sq::delete_from(users).where(users.name == "Bob"));
  CHECK(bob.rows_affected == 1);
  CHECK(all_names(db) == names{"Alice", "Carol", "Dave", "Eve"});

  auto none = db.execute(sq::delete_from(users).where(users.name == "Bob"));
  CHECK(none.rows_affected == 0);

  auto older = db.execute(sq::delete_from(users).where(users.age >= 30));
  CHECK(older.rows_affected == 2);
  CHECK(all_names(db) == names{"Dave", "Eve"});

  auto rest = db.execute(sq::delete_from(users).where(sq::all_rows));
  CHECK(rest.rows_affected == 2);
  CHECK(count_users(db) == 0);
}

TEST_CASE("filters return exactly the matching rows", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);  // Alice 30, Bob 25, Carol 35, Dave NULL, Eve 28

  CHECK(names_where(db, users.name == "Carol") == names{"Carol"});
  CHECK(names_where(db, users.name != "Carol") == names{"Alice", "Bob", "Dave", "Eve"});
  CHECK(names_where(db, users.age < 28) == names{"Bob"});
  CHECK(names_where(db, users.age <= 28) == names{"Bob", "Eve"});
  CHECK(names_where(db, users.age >= 30) == names{"Alice", "Carol"});

  CHECK(names_where(db, users.name.like("A%")) == names{"Alice"});
  CHECK(names_where(db, users.name.like("%e")) == names{"Alice", "Dave", "Eve"});
  CHECK(names_where(db, users.name.like("_a%")) == names{"Carol", "Dave"});
  CHECK(names_where(db, users.name.like("%zz%")).empty());

  CHECK(names_where(db, users.name.in("Bob", "Eve", "Zed")) == names{"Bob", "Eve"});
  CHECK(names_where(db, users.age.in(35)) == names{"Carol"});
  CHECK(names_where(db, users.age.between(25, 30)) == names{"Alice", "Bob", "Eve"});
  CHECK(names_where(db, users.age.between(31, 34)).empty());

  CHECK(names_where(db, users.age.is_null()) == names{"Dave"});
  CHECK(names_where(db, users.age.is_not_null()) == names{"Alice", "Bob", "Carol", "Eve"});

  // NOT over a comparison with NULL stays unknown: Dave is in neither result.
  CHECK(names_where(db, !(users.age > 26)) == names{"Bob"});
  CHECK(names_where(db, !users.name.in("Alice", "Bob")) == names{"Carol", "Dave", "Eve"});
  CHECK(names_where(db, !users.age.is_null()) == names{"Alice", "Bob", "Carol", "Eve"});

  CHECK(names_where(db, users.name == "Alice" || users.age < 26) == names{"Alice", "Bob"});
  CHECK(names_where(db, users.age > 26 && users.name.like("%e")) == names{"Alice", "Eve"});  // not Dave
  // Parentheses survive rendering: without them this would be Alice OR (Bob AND age < 26).
  CHECK(names_where(db, (users.name == "Alice" || users.name == "Bob") && users.age < 26) == names{"Bob"});
  CHECK(names_where(db, users.name == "Alice" || (users.name == "Bob" && users.age > 26)) == names{"Alice"});
  CHECK(names_where(db, users.age.is_null() || users.age.between(26, 29)) == names{"Dave", "Eve"});

  // Arithmetic inside a condition.
  CHECK(names_where(db, users.age + 5 > 34) == names{"Alice", "Carol"});
  CHECK(names_where(db, users.age - (users.age - 10) == 10) == names{"Alice", "Bob", "Carol", "Eve"});
  CHECK(names_where(db, users.age % 5 == 0) == names{"Alice", "Bob", "Carol"});
  CHECK(names_where(db, users.id * 2 == 6) == names{"Carol"});
}

TEST_CASE("returning() gives back the rows an insert or delete changed", "[run][statements]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  auto inserted =
      db.execute(sq::insert_into(users).values(users.name = "Ada", users.age = 36).returning(users.id, users.name))
          .one();
  CHECK(inserted[users.name] == "Ada");
  CHECK(inserted[users.id] ==
        db.execute(sq::select(users.id).from(users).where(users.name == "Ada")).scalar());
  auto second = db.execute(sq::insert_into(users).values(users.name = "Grace")).last_insert_id;
  CHECK(second != inserted[users.id]);  // last_insert_id works without returning() too

  auto deleted = db.execute(sq::delete_from(users).where(users.name == "Ada").returning(users.id)).all();
  REQUIRE(deleted.size() == 1);
  CHECK(deleted[0][users.id] == inserted[users.id]);
  CHECK(count_users(db) == 1);
}

TEST_CASE("update returning() on SQLite", "[run][statements]") {
  sq::sqlite_connection db(":memory:");
  db.execute(sq::create_table(users));
  db.execute(sq::insert_into(users).values(users.name = "Ada", users.age = 36));
  auto ages = db.execute(sq::update(users).set(users.age = users.age + 1).where(sq::all_rows).returning(users.age)).all();
  REQUIRE(ages.size() == 1);
  CHECK(ages[0][users.age] == 37);
}
