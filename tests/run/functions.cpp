// SPDX-License-Identifier: BSL-1.0
// Functions and CASE WHEN executed on every database, in the select list, WHERE, ORDER BY, SET and
// VALUES, with the values each database really returns.
#include "support.hpp"

using namespace run_test;

namespace {
struct stamps_t : sq::table<stamps_t, "run_stamps"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"at", std::chrono::sys_seconds> at;
  column<"day", std::optional<std::chrono::sys_days>> day;
};
inline constexpr stamps_t stamps{};

// The value of one expression for the user named name.
template <class Db, class E>
auto value_for(Db& db, std::string_view name, E const& e) {
  return db.execute(sq::select(e).from(users).where(users.name == std::string(name))).scalar();
}
}  // namespace

TEST_CASE("text functions", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto row = db.execute(sq::select(sq::lower(users.name), sq::upper(users.name), sq::length(users.name),
                                   sq::substr(users.name, 2), sq::substr(users.name, 2, 3),
                                   sq::replace(users.name, "l", "L"))
                            .from(users)
                            .where(users.name == "Alice"))
                 .one();
  auto const& [lower, upper, length, tail, middle, replaced] = row;
  CHECK(lower == "alice");
  CHECK(upper == "ALICE");
  CHECK(length == 5);
  CHECK(tail == "lice");
  CHECK(middle == "lic");
  CHECK(replaced == "ALice");
  CHECK(value_for(db, "Bob", sq::trim("  padded  ")) == "padded");
  CHECK(value_for(db, "Bob", sq::length("héllo")) == 5);  // characters, not bytes

  // In WHERE and ORDER BY.
  CHECK(names_where(db, sq::lower(users.name) == "carol") == names{"Carol"});
  CHECK(names_where(db, sq::length(users.name) == 3) == names{"Bob", "Eve"});
  std::vector<std::string> by_length;
  for (auto const& [name] :
       db.execute(sq::select(users.name).from(users).order_by(sq::length(users.name).desc(), users.name.asc())))
    by_length.push_back(name);
  CHECK(by_length == names{"Alice", "Carol", "Dave", "Bob", "Eve"});
}

TEST_CASE("concat joins text, NULL if a part is NULL", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto const phrase = sq::concat(users.name, " is ", sq::cast<std::string>(users.age));
  CHECK(value_for(db, "Alice", phrase) == std::optional<std::string>("Alice is 30"));
  CHECK(value_for(db, "Dave", phrase) == std::nullopt);
  CHECK(value_for(db, "Bob", sq::concat(users.name, "!", "?")) == "Bob!?");
  CHECK(names_where(db, sq::concat("<", users.name, ">") == "<Eve>") == names{"Eve"});
}

TEST_CASE("abs and round", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  CHECK(value_for(db, "Alice", sq::abs(users.age - 40)) == std::optional<int>(10));
  CHECK(value_for(db, "Carol", sq::abs(users.age - 40)) == std::optional<int>(5));
  CHECK(value_for(db, "Dave", sq::abs(users.age - 40)) == std::nullopt);
  auto const rounded = value_for(db, "Alice", sq::round(users.age / 7.0, 2));  // 4.2857...
  REQUIRE(rounded);
  CHECK(*rounded == Approx(4.29));
  CHECK(value_for(db, "Alice", sq::round(users.age / 8.0)) == std::optional<double>(4.0));  // 3.75
  CHECK(value_for(db, "Bob", sq::round(-1.26, 1)) == Approx(-1.3));
  CHECK(names_where(db, sq::abs(users.age - 30) <= 2) == names{"Alice", "Eve"});
}

TEST_CASE("coalesce and nullif", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  std::vector<int> ages;
  for (auto const& [age] : db.execute(sq::select(sq::coalesce(users.age, -1)).from(users).order_by(users.id.asc())))
    ages.push_back(age);
  CHECK(ages == std::vector<int>{30, 25, 35, -1, 28});
  CHECK(value_for(db, "Alice", sq::nullif(users.age, 30)) == std::nullopt);
  CHECK(value_for(db, "Bob", sq::nullif(users.age, 30)) == std::optional<int>(25));
  CHECK(value_for(db, "Bob", sq::coalesce(sq::nullif(users.name, "Bob"), "nobody")) == "nobody");
  // In SET: the NULL age becomes 0, the others stay.
  db.execute(sq::update(users).set(users.age = sq::coalesce(users.age, 0)).where(sq::all_rows));
  CHECK(value_for(db, "Dave", users.age) == std::optional<int>(0));
  CHECK(value_for(db, "Eve", users.age) == std::optional<int>(28));
}

TEST_CASE("functions over aggregates", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  // SUM over no rows is NULL; coalesce() makes it 0.
  CHECK(db.execute(sq::select(sq::coalesce(sq::sum(users.age), 0)).from(users).where(users.age > 100)).scalar() == 0);
  CHECK(db.execute(sq::select(sq::coalesce(sq::sum(users.age), 0)).from(users)).scalar() == 118);
  auto const [average, count] =
      db.execute(sq::select(sq::round(sq::avg(users.age), 1), sq::count()).from(users)).one();
  REQUIRE(average);
  CHECK(*average == Approx(29.5));  // (30 + 25 + 35 + 28) / 4; Dave's NULL is not counted
  CHECK(count == 5);
}

TEST_CASE("cast converts between kinds", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  CHECK(value_for(db, "Alice", sq::cast<double>(users.age)) == std::optional<double>(30.0));
  CHECK(value_for(db, "Alice", sq::cast<std::string>(users.id)) == "1");
  CHECK(value_for(db, "Alice", sq::cast<std::int64_t>("42")) == 42);
  CHECK(value_for(db, "Alice", sq::cast<double>("2.5")) == 2.5);
  using namespace std::chrono;
  CHECK(value_for(db, "Alice", sq::cast<sys_days>("2024-05-01")) == sys_days{2024y / May / 1});
  CHECK(value_for(db, "Alice", sq::cast<sys_seconds>("2024-05-01 12:30:15")) ==
        sys_days{2024y / May / 1} + 12h + 30min + 15s);
  // A value cast in WHERE: the text id compared with text.
  CHECK(names_where(db, sq::cast<std::string>(users.id) == "2") == names{"Bob"});
}

TEST_CASE("current_timestamp is the database's time in UTC", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, stamps);
  using namespace std::chrono;
  auto const before = floor<seconds>(system_clock::now());
  db.execute(sq::insert_into(stamps).values(stamps.at = sq::current_timestamp));
  auto const at = db.execute(sq::select(stamps.at).from(stamps)).scalar();
  auto const after = ceil<seconds>(system_clock::now());
  // The servers run on this machine; a minute absorbs a clock step, not a time zone.
  CHECK(at >= before - 60s);
  CHECK(at <= after + 60s);
  CHECK(db.execute(sq::select(sq::count()).from(stamps).where(stamps.at <= sq::current_timestamp)).scalar() == 1);
  auto const now = db.execute(sq::select(sq::current_timestamp).from(stamps)).scalar();
  CHECK(now >= at);
}

TEST_CASE("case_when picks the first branch whose condition holds", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto const band = sq::case_when(users.age < 28, "young").when(users.age < 33, "middle").else_("older");
  std::vector<std::string> bands;
  for (auto const& [b] : db.execute(sq::select(band).from(users).order_by(users.id.asc()))) bands.push_back(b);
  // Dave's NULL age satisfies no condition: ELSE.
  CHECK(bands == names{"middle", "young", "older", "older", "middle"});

  // Without else_(): NULL when nothing matches.
  auto const only_young = sq::case_when(users.age < 28, users.name);
  CHECK(value_for(db, "Bob", only_young) == std::optional<std::string>("Bob"));
  CHECK(value_for(db, "Alice", only_young) == std::nullopt);

  // In WHERE and ORDER BY.
  CHECK(names_where(db, band == "middle") == names{"Alice", "Eve"});
  std::vector<std::string> ordered;
  auto const rank = sq::case_when(users.name == "Eve", 0).else_(1);
  for (auto const& [name] : db.execute(sq::select(users.name).from(users).order_by(rank.asc(), users.name.asc())))
    ordered.push_back(name);
  CHECK(ordered == names{"Eve", "Alice", "Bob", "Carol", "Dave"});

  // In SET: a number per branch, the existing value in the ELSE.
  db.execute(sq::update(users)
                 .set(users.age = sq::case_when(users.age.is_null(), 0).when(users.age > 30, users.age - 30).else_(users.age))
                 .where(sq::all_rows));
  std::vector<std::optional<int>> ages;
  for (auto const& [age] : db.execute(sq::select(users.age).from(users).order_by(users.id.asc()))) ages.push_back(age);
  CHECK(ages == std::vector<std::optional<int>>{30, 25, 5, 0, 28});
}

TEST_CASE("functions in INSERT values", "[run][functions]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  db.execute(sq::insert_into(users).values(users.name = sq::upper(sq::trim(" zed ")), users.age = sq::abs(-7)));
  auto const [name, age] = db.execute(sq::select(users.name, users.age).from(users)).one();
  CHECK(name == "ZED");
  CHECK(age == 7);
}
