// SPDX-License-Identifier: BSL-1.0
// Derived tables executed: a grouped select read as a table, joined with a table, a union as a table.
#include "support.hpp"

using namespace run_test;

namespace {
// Alice (1) has 2 posts, Carol (3) one, Eve (5) three.
template <class Db>
void seed_posts(Db& db) {
  seed_users(db);
  for (std::int64_t user : {1, 1, 3, 5, 5, 5}) db.execute(sq::insert_into(posts).values(posts.user_id = user));
}
}  // namespace

TEST_CASE("a derived table read by its typed columns", "[run][derived]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  auto counts = sq::select(posts.user_id, sq::count().as<"n">())
                    .from(posts)
                    .where(posts.user_id != 99)
                    .group_by(posts.user_id)
                    .as<"c">();
  std::vector<std::pair<std::int64_t, std::int64_t>> got;
  for (auto const& [user, n] : db.execute(sq::select(counts[posts.user_id], counts.column<"n">())
                                              .from(counts)
                                              .where(counts.column<"n">() >= 2)
                                              .order_by(counts[posts.user_id])))
    got.emplace_back(user, n);
  CHECK(got == std::vector<std::pair<std::int64_t, std::int64_t>>{{1, 2}, {5, 3}});

  // Joined with users; parameters inside (99) and outside (20) the derived table.
  std::vector<std::string> joined;
  for (auto const& [name, n] : db.execute(sq::select(users.name, counts.column<"n">())
                                              .from(users)
                                              .join(counts)
                                              .on(counts[posts.user_id] == users.id)
                                              .where(users.age > 29)
                                              .order_by(users.name)))
    joined.push_back(name + ":" + std::to_string(n));
  CHECK(joined == names{"Alice:2", "Carol:1"});
}

TEST_CASE("a union as a derived table", "[run][derived]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  auto ids = sq::union_all(sq::select(users.id).from(users).where(users.age > 29),
                           sq::select(posts.user_id).from(posts))
                 .as<"ids">();
  // Alice, Carol (users) + 6 posts, of which those of users > 2: 1 + 3 + Carol's 3.
  CHECK(db.execute(sq::select(sq::count()).from(ids).where(ids[users.id] > 2)).scalar() == 5);
  CHECK(db.execute(sq::select(sq::count()).from(ids)).scalar() == 8);
}
