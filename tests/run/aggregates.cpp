// SPDX-License-Identifier: BSL-1.0
// Aggregates, group_by, having and distinct on every test database, with the value types they give.
#include "support.hpp"

namespace run_test {
namespace {

TEST_CASE("count, count_distinct, sum, avg, min, max", "[run][aggregate]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);  // ages 30, 25, 35, NULL, 28
  db.execute(sq::insert_into(users).values(users.name = "Alice", users.age = 40));
  auto [counted, names, total, mean, youngest, oldest, first_name] =
      db.execute(sq::select(sq::count(users.age), sq::count_distinct(users.name), sq::sum(users.age),
                            sq::avg(users.age), sq::min(users.age), sq::max(users.age), sq::min(users.name))
                     .from(users))
          .one();
  CHECK(counted == 5);  // Dave's NULL age is not counted
  CHECK(names == 5);    // Alice twice
  CHECK(total == std::optional<std::int64_t>(158));
  REQUIRE(mean.has_value());
  CHECK(*mean == Approx(31.6));
  CHECK(youngest == std::optional<int>(25));
  CHECK(oldest == std::optional<int>(40));
  CHECK(first_name == std::optional<std::string>("Alice"));
}

TEST_CASE("aggregates over no rows are NULL, count is 0", "[run][aggregate]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, users, posts);
  auto [n, total, mean, top] =
      db.execute(sq::select(sq::count(), sq::sum(users.age), sq::avg(users.age), sq::max(users.name)).from(users))
          .one();
  CHECK(n == 0);
  CHECK(total == std::nullopt);
  CHECK(mean == std::nullopt);
  CHECK(top == std::nullopt);
}

TEST_CASE("group_by() and having(), sorted by an aggregate", "[run][group_by]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  for (int user : {1, 1, 1, 2, 2, 3})
    db.execute(sq::insert_into(posts).values(posts.user_id = user, posts.title = "t" + std::to_string(user)));

  // Grouped by the key, the user's name is one value per group; the sum of a NOT NULL column in a
  // group is never NULL, so it is a plain int64.
  auto q = sq::select(users.id, users.name, sq::count(posts.id).as<"n">(), sq::sum(posts.user_id))
               .from(users).join(posts).group_by(users.id).having(sq::count(posts.id) > 1)
               .order_by(sq::count(posts.id).as<"n">().desc());
  std::vector<std::tuple<std::int64_t, std::string, std::int64_t, std::int64_t>> rows;
  for (auto const& [id, name, n, sum] : db.execute(q)) {
    static_assert(std::is_same_v<std::remove_cvref_t<decltype(sum)>, std::int64_t>);
    rows.emplace_back(id, name, n, sum);
  }
  CHECK(rows == std::vector<std::tuple<std::int64_t, std::string, std::int64_t, std::int64_t>>{
                    {1, "Alice", 3, 3}, {2, "Bob", 2, 4}});

  // Grouped by a plain column; a LEFT JOIN leaves groups without posts: count 0, sum NULL.
  auto by_age = sq::select(users.age, sq::count(posts.id), sq::sum(posts.id)).from(users).left_join(posts)
                    .where(users.age.is_not_null()).group_by(users.age).order_by(users.age);
  std::vector<std::tuple<std::optional<int>, std::int64_t, std::optional<std::int64_t>>> ages;
  for (auto const& [age, n, sum] : db.execute(by_age)) ages.emplace_back(age, n, sum);
  CHECK(ages == std::vector<std::tuple<std::optional<int>, std::int64_t, std::optional<std::int64_t>>>{
                    {25, 2, 9}, {28, 0, std::nullopt}, {30, 3, 6}, {35, 1, 6}});
}

TEST_CASE("group_by() an expression that binds values", "[run][group_by]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);  // ages 30, 25, 35, NULL, 28
  auto q = sq::select(users.age / 10, sq::count()).from(users).where(users.age.is_not_null())
               .group_by(users.age / 10).order_by(users.age / 10);
  std::vector<std::pair<std::optional<int>, std::int64_t>> rows;
  // Integer division everywhere: DIV on MySQL, whose "/" would make a decimal (2.5000).
  for (auto const& [decade, n] : db.execute(q)) rows.emplace_back(decade, n);
  CHECK(rows == std::vector<std::pair<std::optional<int>, std::int64_t>>{{2, 2}, {3, 2}});
}

TEST_CASE("distinct() removes duplicate rows", "[run][distinct]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  db.execute(sq::insert_into(users).values(users.name = "Bob", users.age = 50));
  std::vector<std::string> names;
  for (auto const& [name] : db.execute(sq::select(users.name).distinct().from(users).order_by(users.name)))
    names.push_back(name);
  CHECK(names == std::vector<std::string>{"Alice", "Bob", "Carol", "Dave", "Eve"});
  CHECK(db.execute(sq::select(sq::count_distinct(users.name)).from(users)).scalar() == 5);
}

}  // namespace
}  // namespace run_test
