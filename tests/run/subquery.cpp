// SPDX-License-Identifier: BSL-1.0
// Subqueries executed: IN (SELECT ...), EXISTS / NOT EXISTS correlated, scalar subqueries in the
// select list, in WHERE and in SET, and DELETE / UPDATE with subquery conditions.
#include "support.hpp"

using namespace run_test;

namespace {
// Alice (1) has 2 posts, Carol (3) one, Eve (5) three; Bob (2) and Dave (4) none.
template <class Db>
void seed_posts(Db& db) {
  seed_users(db);
  auto post = [&db](std::int64_t user, char const* title) {
    db.execute(sq::insert_into(posts).values(posts.user_id = user, posts.title = title));
  };
  post(1, "a1");
  post(1, "a2");
  post(3, "c1");
  post(5, "e1");
  post(5, "e2");
  post(5, "e3");
}

// The posts of the user of the outer query.
constexpr auto own_posts = sq::select(posts.id).from(posts).correlate(users).where(posts.user_id == users.id);
constexpr auto post_count =
    sq::scalar(sq::select(sq::count()).from(posts).correlate(users).where(posts.user_id == users.id));
}  // namespace

TEST_CASE("x.in(select ...) keeps the rows whose value the subquery returns", "[run][subquery]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  CHECK(names_where(db, users.id.in(sq::select(posts.user_id).from(posts))) ==
        names{"Alice", "Carol", "Eve"});
  // A parameter inside the subquery, others around it: numbered in render order ($1 ... on PostgreSQL).
  CHECK(names_where(db, users.name != "Eve" &&
                            users.id.in(sq::select(posts.user_id).from(posts).where(posts.title.like("e%") ||
                                                                                    posts.title == "c1")) &&
                            users.id < 10) == names{"Carol"});
  CHECK(names_where(db, !users.id.in(sq::select(posts.user_id).from(posts))) == names{"Bob", "Dave"});
}

TEST_CASE("exists / not_exists with a correlated subquery", "[run][subquery]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  CHECK(names_where(db, sq::exists(own_posts)) == names{"Alice", "Carol", "Eve"});
  CHECK(names_where(db, sq::not_exists(own_posts)) == names{"Bob", "Dave"});
  CHECK(names_where(db, !sq::exists(own_posts)) == names{"Bob", "Dave"});
  // Parameters inside and outside the correlated subquery.
  auto titled = sq::select(posts.id).from(posts).correlate(users).where(posts.user_id == users.id &&
                                                                         posts.title == "a2");
  CHECK(names_where(db, users.age > 20 && sq::exists(titled)) == names{"Alice"});
}

TEST_CASE("scalar subqueries as values", "[run][subquery]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);

  // In the select list: one count per user, 0 for none (COUNT(*) is never NULL).
  std::vector<std::pair<std::string, std::int64_t>> counts;
  for (auto const& [name, n] : db.execute(sq::select(users.name, post_count).from(users).order_by(users.name)))
    counts.emplace_back(name, n);
  CHECK(counts == std::vector<std::pair<std::string, std::int64_t>>{
                      {"Alice", 2}, {"Bob", 0}, {"Carol", 1}, {"Dave", 0}, {"Eve", 3}});

  // In WHERE, compared with a parameter.
  CHECK(names_where(db, users.name != "x" && post_count >= 2) == names{"Alice", "Eve"});

  // A subquery that may find no row reads NULL: std::optional.
  auto first_title = sq::scalar(sq::select(posts.title)
                                    .from(posts)
                                    .correlate(users)
                                    .where(posts.user_id == users.id)
                                    .order_by(posts.title.desc())
                                    .limit(1));
  std::vector<std::optional<std::string>> titles;
  for (auto const& [title] : db.execute(sq::select(first_title).from(users).order_by(users.id)))
    titles.push_back(title);
  CHECK(titles == std::vector<std::optional<std::string>>{"a2", std::nullopt, "c1", std::nullopt, "e3"});

  // Uncorrelated: the same value on every row.
  auto total = sq::scalar(sq::select(sq::count()).from(posts).where(posts.title != "zzz"));
  CHECK(db.execute(sq::select(total).from(users).where(users.name == "Bob")).scalar() == 6);
}

TEST_CASE("delete and update with subquery conditions", "[run][subquery]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);

  // Posts of users older than 29: Alice's and Carol's.
  auto removed = db.execute(
      sq::delete_from(posts).where(posts.user_id.in(sq::select(users.id).from(users).where(users.age > 29))));
  CHECK(removed.rows_affected == 3);
  std::vector<std::string> left;
  for (auto const& [title] : db.execute(sq::select(posts.title).from(posts).order_by(posts.title)))
    left.push_back(title);
  CHECK(left == names{"e1", "e2", "e3"});

  // Every user with a post gets the count as age; the others keep theirs.
  auto updated = db.execute(sq::update(users).set(users.age = post_count).where(sq::exists(own_posts)));
  CHECK(updated.rows_affected == 1);
  CHECK(db.execute(sq::select(users.age).from(users).where(users.name == "Eve")).scalar() == 3);
  CHECK(db.execute(sq::select(users.age).from(users).where(users.name == "Alice")).scalar() == 30);

  // Correlated on the target, reading another table: fine on every database.
  auto gone = db.execute(sq::delete_from(users).where(sq::not_exists(own_posts) && users.age.is_not_null()));
  CHECK(gone.rows_affected == 3);  // Alice, Bob, Carol
  CHECK(all_names(db) == names{"Dave", "Eve"});
}

namespace {
// Deletes the users older than 29 through a subquery reading users itself: refused for MySQL at
// compile time (error 1093), so it runs on the typed connections of the other two.
template <class Db>
void delete_reading_target(Db& db) {
  seed_posts(db);
  db.execute(sq::delete_from(posts).where(sq::all_rows));
  auto gone = db.execute(
      sq::delete_from(users).where(users.id.in(sq::select(users.id).from(users).where(users.age > 29))));
  CHECK(gone.rows_affected == 2);
  CHECK(all_names(db) == names{"Bob", "Dave", "Eve"});
}
}  // namespace

TEST_CASE("a delete whose subquery reads its own table, on SQLite and PostgreSQL", "[run][subquery]") {
  RUN_TEST_DATABASES(url);
  if (url.starts_with("sqlite://")) {
    sq::sqlite_connection db(url);
    delete_reading_target(db);
  }
#if SEQUEL_TEST_HAS_POSTGRES
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    sq::postgres_connection db(url);
    delete_reading_target(db);
  }
#endif
}

TEST_CASE("a correlated subquery over the same table, through an alias", "[run][subquery]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  constexpr auto u2 = sq::alias<"u2">(users);
  // Nobody older: Carol; and Dave, whose NULL age no comparison is true of.
  CHECK(names_where(db, sq::not_exists(sq::select(u2[users.id]).from(u2).correlate(users).where(
                            u2[users.age] > users.age))) == names{"Carol", "Dave"});
}

TEST_CASE("a subquery with a run-time condition", "[run][subquery]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  auto cond = sq::dynamic_where(posts);
  cond.add(posts.title.like("e%") || posts.title == "a1");
  CHECK(names_where(db, users.name != "Zed" &&
                            users.id.in(sq::select(posts.user_id).from(posts).where(cond)) &&
                            users.id > 1) == names{"Eve"});
  cond.add(posts.title != "e1");
  CHECK(names_where(db, users.id.in(sq::select(posts.user_id).from(posts).where(cond))) ==
        names{"Alice", "Eve"});
}
