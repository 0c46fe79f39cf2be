// SPDX-License-Identifier: BSL-1.0
// Set operations executed: UNION, UNION ALL, INTERSECT, EXCEPT (MariaDB has INTERSECT and EXCEPT
// since 10.3), ORDER BY / LIMIT / OFFSET on the compound, sorted members, nested compounds.
#include "support.hpp"

using namespace run_test;

namespace {
// Alice (1) has 2 posts, Carol (3) one, Eve (5) one.
template <class Db>
void seed_posts(Db& db) {
  seed_users(db);
  for (std::int64_t user : {1, 1, 3, 5}) db.execute(sq::insert_into(posts).values(posts.user_id = user));
}

template <class Db, class Q>
std::vector<std::int64_t> ids(Db& db, Q const& q) {
  std::vector<std::int64_t> out;
  for (auto const& [id] : db.execute(q)) out.push_back(id);
  std::sort(out.begin(), out.end());
  return out;
}

using id_list = std::vector<std::int64_t>;
constexpr auto user_ids = sq::select(users.id).from(users);
constexpr auto author_ids = sq::select(posts.user_id).from(posts);
}  // namespace

TEST_CASE("union_, union_all, intersect, except_", "[run][compound]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  CHECK(ids(db, sq::union_(author_ids, author_ids)) == id_list{1, 3, 5});
  CHECK(ids(db, sq::union_all(author_ids, author_ids)) == id_list{1, 1, 1, 1, 3, 3, 5, 5});
  CHECK(ids(db, sq::intersect(user_ids, author_ids)) == id_list{1, 3, 5});
  CHECK(ids(db, sq::except_(user_ids, author_ids)) == id_list{2, 4});
  // Parameters in both members.
  auto young_or_old = sq::union_(sq::select(users.id).from(users).where(users.age < 28),
                                 sq::select(users.id).from(users).where(users.age > 32));
  CHECK(ids(db, young_or_old) == id_list{2, 3});
}

TEST_CASE("order_by, limit and offset on a compound", "[run][compound]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  auto q = sq::union_(sq::select(users.id, users.name).from(users).where(users.age < 29),
                      sq::select(users.id, users.name).from(users).where(users.age > 32))
               .order_by(users.name.desc())
               .limit(2);
  std::vector<std::string> got;
  for (auto const& row : db.execute(q)) got.push_back(row[users.name] + std::to_string(row[users.id]));
  CHECK(got == names{"Eve5", "Carol3"});
  auto rest = sq::union_all(user_ids, author_ids).order_by(users.id).offset(7);
  std::vector<std::int64_t> tail;
  for (auto const& [id] : db.execute(rest)) tail.push_back(id);
  CHECK(tail == id_list{5, 5});
}

TEST_CASE("sorted members and nested compounds", "[run][compound]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  // The two oldest users, and the authors: a sorted, limited member is a derived table.
  auto oldest = sq::select(users.id).from(users).where(users.age.is_not_null()).order_by(users.age.desc()).limit(2);
  CHECK(ids(db, sq::union_all(oldest, author_ids)) == id_list{1, 1, 1, 3, 3, 5});
  // (users 2..4 UNION authors) INTERSECT users younger than 31: wrapped so every database groups alike.
  auto some = sq::select(users.id).from(users).where(users.id >= 2 && users.id <= 4);
  auto younger = sq::select(users.id).from(users).where(users.age < 31);
  CHECK(ids(db, sq::intersect(sq::union_(some, author_ids), younger)) == id_list{1, 2, 5});
  // users EXCEPT (authors UNION users 2..3): the right compound is wrapped.
  CHECK(ids(db, sq::except_(user_ids, sq::union_(author_ids, sq::select(users.id).from(users).where(
                                                                 users.id >= 2 && users.id <= 3)))) ==
        id_list{4});
  // A compound as an IN subquery.
  CHECK(names_where(db, users.id.in(sq::except_(user_ids, author_ids))) == names{"Bob", "Dave"});
}

TEST_CASE("a union's column is nullable when either member's is", "[run][compound]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_posts(db);
  auto q = sq::union_(sq::select(posts.id).from(posts).where(posts.id == 1),
                      sq::select(users.age).from(users).where(users.name == "Dave"));
  std::vector<std::optional<std::int64_t>> got;
  for (auto const& [v] : db.execute(q)) got.push_back(v);
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::optional<std::int64_t>>{std::nullopt, 1});
}
