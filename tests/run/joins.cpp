// SPDX-License-Identifier: BSL-1.0
// Joins on every test database: inferred and explicit conditions, outer joins' NULLs, self-joins
// through aliases, a many-to-many chain, labels mapped by as<T>().
#include <boost/hana/adapt_struct.hpp>

#include <algorithm>

#include "support.hpp"

namespace run_test {
namespace {

struct tags_t : sq::table<tags_t, "run_tags"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"label", std::string> label;
};
inline constexpr tags_t tags{};

struct post_tags_t : sq::table<post_tags_t, "run_post_tags"> {
  column<"post_id", std::int64_t, sq::primary_key, sq::references<&posts_t::id>> post_id;
  column<"tag_id", std::int64_t, sq::primary_key, sq::references<&tags_t::id>> tag_id;
};
inline constexpr post_tags_t post_tags{};

struct staff_t : sq::table<staff_t, "run_staff"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"manager_id", std::optional<std::int64_t>, sq::references<&staff_t::id>> manager_id;
};
inline constexpr staff_t staff{};
inline constexpr auto manager = sq::alias<"manager">(staff);

// Alice: "a1", "a2"; Bob: "b1"; Carol, Dave and Eve have no post.
template <class Db>
void seed_posts(Db& db) {
  seed_users(db);
  db.execute(sq::insert_into(posts).values(posts.user_id = 1, posts.title = "a1"));
  db.execute(sq::insert_into(posts).values(posts.user_id = 1, posts.title = "a2"));
  db.execute(sq::insert_into(posts).values(posts.user_id = 2, posts.title = "b1"));
}

using pair = std::pair<std::string, std::optional<std::string>>;

TEST_CASE("join(posts) follows the foreign key", "[run][join]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  std::vector<std::pair<std::string, std::string>> rows;
  for (auto const& [name, title] :
       db.execute(sq::select(users.name, posts.title).from(users).join(posts).order_by(posts.id)))
    rows.emplace_back(name, title);
  CHECK(rows == std::vector<std::pair<std::string, std::string>>{{"Alice", "a1"}, {"Alice", "a2"}, {"Bob", "b1"}});

  // An explicit condition, with a bound value, and a WHERE after it.
  auto q = sq::select(posts.title).from(posts).join(users).on(users.id == posts.user_id && users.name != "Bob")
               .where(posts.title != "a1");
  auto titles = db.execute(q).all();
  REQUIRE(titles.size() == 1);
  CHECK(titles[0][posts.title] == "a2");
}

TEST_CASE("left_join() gives NULL for rows without a match; right_join() the other way", "[run][join]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  std::vector<pair> rows;
  for (auto const& [name, title] : db.execute(
           sq::select(users.name, posts.title).from(users).left_join(posts).order_by(users.id, posts.id)))
    rows.emplace_back(name, title);
  CHECK(rows == std::vector<pair>{{"Alice", "a1"}, {"Alice", "a2"}, {"Bob", "b1"},
                                  {"Carol", std::nullopt}, {"Dave", std::nullopt}, {"Eve", std::nullopt}});

  std::vector<pair> right;
  for (auto const& [name, title] : db.execute(
           sq::select(users.name, posts.title).from(posts).right_join(users).order_by(users.id, posts.id)))
    right.emplace_back(name, title);
  CHECK(right == rows);

  // Who has no post: a LEFT JOIN filtered on the missing side.
  auto lonely = db.execute(sq::select(users.name).from(users).left_join(posts).where(posts.id.is_null())
                               .order_by(users.name)).all();
  REQUIRE(lonely.size() == 3);
  CHECK(lonely[0][users.name] == "Carol");
}

TEST_CASE("an alias joins a table to itself", "[run][join][alias]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, staff);
  db.execute(sq::insert_into(staff).values(staff.name = "Ann", staff.manager_id = std::nullopt));
  db.execute(sq::insert_into(staff).values(staff.name = "Ben", staff.manager_id = 1));
  db.execute(sq::insert_into(staff).values(staff.name = "Cid", staff.manager_id = 2));
  std::vector<pair> rows;
  for (auto const& [name, boss] :
       db.execute(sq::select(staff.name, manager[staff.name]).from(staff).left_join(manager)
                      .on(staff.manager_id == manager[staff.id]).order_by(staff.id)))
    rows.emplace_back(name, boss);
  CHECK(rows == std::vector<pair>{{"Ann", std::nullopt}, {"Ben", "Ann"}, {"Cid", "Ben"}});

  auto under_ann = db.execute(sq::select(staff.name).from(staff).join(manager)
                                  .on(staff.manager_id == manager[staff.id]).where(manager[staff.name] == "Ann"))
                       .all();
  REQUIRE(under_ann.size() == 1);
  CHECK(under_ann[0][staff.name] == "Ben");
}

TEST_CASE("a many-to-many chain and a cross join", "[run][join]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  recreate(db, tags, post_tags);
  db.execute(sq::insert_into(tags).values(tags.label = "c++"));
  db.execute(sq::insert_into(tags).values(tags.label = "sql"));
  db.execute(sq::insert_into(post_tags).values(post_tags.post_id = 1, post_tags.tag_id = 1));
  db.execute(sq::insert_into(post_tags).values(post_tags.post_id = 1, post_tags.tag_id = 2));
  db.execute(sq::insert_into(post_tags).values(post_tags.post_id = 3, post_tags.tag_id = 2));
  std::vector<std::string> rows;
  for (auto const& [title, label] : db.execute(sq::select(posts.title, tags.label).from(posts).join(post_tags)
                                                   .join(tags).order_by(posts.title, tags.label)))
    rows.push_back(title + ":" + label);
  CHECK(rows == std::vector<std::string>{"a1:c++", "a1:sql", "b1:sql"});

  auto pairs = db.execute(sq::select(sq::count()).from(users).cross_join(tags)).scalar();
  CHECK(pairs == 10);
  db.execute(sq::drop_table(post_tags));
  db.execute(sq::drop_table(tags));
}

TEST_CASE("full_join() on SQLite and PostgreSQL", "[run][join]") {
  RUN_TEST_DATABASES(url);
  // MySQL has no FULL JOIN, so sq::connection (which compiles for every dialect) refuses it: the
  // test uses typed connections.
  auto run = [](auto& db) {
    seed_posts(db);
    recreate(db, tags);
    db.execute(sq::insert_into(tags).values(tags.label = "Bob"));
    db.execute(sq::insert_into(tags).values(tags.label = "Zed"));
    std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>> rows;
    for (auto const& [name, label] : db.execute(sq::select(users.name, tags.label).from(users).full_join(tags)
                                                    .on(tags.label == users.name).where(users.id.is_null() || users.id < 3)
                                                    .order_by(users.id, tags.label)))
      rows.emplace_back(name, label);
    // NULLs sort first on SQLite and last on PostgreSQL: compare as a set.
    std::sort(rows.begin(), rows.end());
    CHECK(rows == std::vector<std::pair<std::optional<std::string>, std::optional<std::string>>>{
                      {std::nullopt, "Zed"}, {"Alice", std::nullopt}, {"Bob", "Bob"}});
    db.execute(sq::drop_table(tags));
  };
  if (url.starts_with("sqlite")) {
    sq::sqlite_connection db(url);
    run(db);
  }
#if SEQUEL_TEST_HAS_POSTGRES
  if (url.starts_with("postgres")) {
    sq::postgres_connection db(url);
    run(db);
  }
#endif
}

}  // namespace
}  // namespace run_test

namespace run_test_labels {
struct labelled {
  std::string who;
  std::int64_t posts = 0;
};
}  // namespace run_test_labels
BOOST_HANA_ADAPT_STRUCT(run_test_labels::labelled, who, posts);

namespace run_test {
namespace {
using run_test_labels::labelled;

TEST_CASE("labels name result columns for as<T>() and order_by()", "[run][join][label]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  auto q = sq::select(sq::count(posts.id).as<"posts">(), users.name.as<"who">()).from(users).left_join(posts)
               .group_by(users.id).order_by(sq::count(posts.id).as<"posts">().desc(), users.name);
  auto rows = db.execute(q).as<labelled>().all();
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].who == "Alice");
  CHECK(rows[0].posts == 2);
  CHECK(rows[1].who == "Bob");
  CHECK(rows[1].posts == 1);
  CHECK(rows[2].who == "Carol");
  CHECK(rows[2].posts == 0);
}

}  // namespace
}  // namespace run_test
