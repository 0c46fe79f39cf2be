// SPDX-License-Identifier: BSL-1.0
// The unit of work on every test database: UPDATE of the changed columns only (one prepared text per
// set of columns), autoflush, the flush order (parents first, deletes children first), a failed
// commit (rolled back, changes kept pending, error rethrown), and two sessions sharing data.
#include "models.hpp"

using namespace orm_test;
using run_test::contains;

// Fields of other kinds: a user type (through sq::type_traits, without operator==), a date, a bool.
namespace orm_test {
struct cents {
  std::int64_t value = 0;
};
}  // namespace orm_test
template <>
struct sequel::type_traits<orm_test::cents> {
  using storage_type = std::int64_t;
  static storage_type to_storage(orm_test::cents c) { return c.value; }
  static orm_test::cents from_storage(storage_type v) { return {v}; }
};
namespace orm_test {
struct accounts_t : sq::table<accounts_t, "orm_accounts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"balance", cents> balance;
  column<"opened", std::optional<std::chrono::sys_days>> opened;
  column<"active", bool, sq::default_value<true>> active;
};
inline constexpr accounts_t accounts{};
struct Account {
  std::int64_t id = 0;
  cents balance{};
  std::optional<std::chrono::sys_days> opened{};
  bool active = true;
};
}  // namespace orm_test
BOOST_HANA_ADAPT_STRUCT(orm_test::Account, id, balance, opened, active);
template <>
inline constexpr auto sequel::table_for<orm_test::Account> = orm_test::accounts;

namespace {
void seed(sq::engine const& engine) {
  sq::session s{engine};
  s.add_all({User{.name = "Alice", .age = 30}, User{.name = "Bob", .age = 25}, User{.name = "Carol", .age = 35},
             User{.name = "Dave", .age = std::nullopt}, User{.name = "Eve", .age = 28}});
  s.commit();
}
names const seeded{"Alice", "Bob", "Carol", "Dave", "Eve"};

sq::dialect_id dialect_of(sq::engine const& engine) { return engine.connect()->dialect(); }
}  // namespace

TEST_CASE("a flush UPDATEs only the columns that changed", "[orm][unit_of_work]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  seed(engine);
  auto const dialect = dialect_of(engine);
  sq::session session{engine};

  User& alice = *session.get<User>(1);
  log.clear();
  alice.age = 31;
  session.commit();
  auto updates = log.starting("UPDATE");
  REQUIRE(updates.size() == 1);
  CHECK(updates[0] == sq::orm::update_sql<User>(dialect, 0b100));  // fields: id, name, age
  CHECK(contains(updates[0], "age"));
  CHECK_FALSE(contains(updates[0], "name"));
  CHECK(stored_age(engine, "Alice") == 31);

  // Two fields: one UPDATE setting both.
  log.clear();
  alice.name = "Alicia";
  alice.age = std::nullopt;
  session.commit();
  updates = log.starting("UPDATE");
  REQUIRE(updates.size() == 1);
  CHECK(updates[0] == sq::orm::update_sql<User>(dialect, 0b110));
  CHECK(stored_age(engine, "Alicia") == std::nullopt);

  // A column changed by someone else meanwhile survives: only age is written.
  User& bob = *session.get<User>(2);
  {
    auto db = engine.connect();
    db->execute(sq::update(users).set(users.name = "Robert").where(users.id == 2));
  }
  bob.age = 26;
  session.commit();
  CHECK(stored_names(engine) == names{"Alicia", "Carol", "Dave", "Eve", "Robert"});
  CHECK(stored_age(engine, "Robert") == 26);
  CHECK(bob.name == "Bob");                                          // not read again yet
  CHECK(session.query<User>().filter(users.id == 2).first() == &bob);  // a query brings it up to date
  CHECK(bob.name == "Robert");

  // The text of each set of columns is built once and prepared once per connection.
  CHECK(engine.pool().size() == 1);  // one connection at a time so far: the same one throughout
  std::uint64_t prepares = engine.connect()->prepare_count();
  std::uint64_t hits = engine.connect()->cache_hits();
  for (std::int64_t id : {3, 4, 5}) session.get<User>(id)->age = 40;
  session.commit();
  CHECK(engine.connect()->prepare_count() == prepares);
  CHECK(engine.connect()->cache_hits() >= hits + 3);
  CHECK(sq::orm::update_sql<User>(dialect, 0b100).data() == sq::orm::update_sql<User>(dialect, 0b100).data());

  // Nothing changed, nothing written.
  log.clear();
  session.commit();
  CHECK(log.size() == 0);
}

TEST_CASE("a key changed in the object is updated, and the identity map follows", "[orm][unit_of_work]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  sq::session session{engine};

  Tag& tag = session.add(Tag{.name = "old", .uses = 1});
  session.commit();
  tag.name = "new";
  session.commit();
  CHECK(session.get<Tag>("new") == &tag);
  CHECK(session.get<Tag>("old") == nullptr);
  sq::session other{engine};
  CHECK(other.get<Tag>("new")->uses == 1);
}

TEST_CASE("autoflush: queries see the session's changes before commit", "[orm][unit_of_work]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};
  CHECK(session.autoflush());

  User& zed = session.add(User{.name = "Zed", .age = 1});
  CHECK(session.query<User>().filter(users.name == "Zed").first() == &zed);
  CHECK(session.in_transaction());  // the flush began it
  CHECK(zed.id == 6);
  User& alice = *session.get<User>(1);
  alice.age = 77;
  CHECK(session.query<User>().filter(users.age == 77).count() == 1);
  session.remove(alice);
  CHECK(session.query<User>().count() == 5);

  session.set_autoflush(false);
  User& yan = session.add(User{.name = "Yan"});
  CHECK(session.query<User>().filter(users.name == "Yan").first() == nullptr);
  session.flush();
  CHECK(session.query<User>().filter(users.name == "Yan").first() == &yan);

  session.rollback();
  CHECK(stored_names(engine) == seeded);
}

TEST_CASE("flush order: parents inserted first, children deleted first", "[orm][unit_of_work]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  sq::session session{engine};

  // Added children first: the references<> decide the order, not add().
  session.add(Comment{.id = 300, .post_id = 200, .body = "first!"});
  session.add(Post{.id = 200, .user_id = 100, .title = "Hello"});
  session.add(User{.id = 100, .name = "Author"});
  log.clear();
  session.commit();
  auto inserts = log.starting("INSERT");
  REQUIRE(inserts.size() == 3);
  CHECK(contains(inserts[0], "orm_users"));
  CHECK(contains(inserts[1], "orm_posts"));
  CHECK(contains(inserts[2], "orm_comments"));

  session.remove(*session.get<User>(100));
  session.remove(*session.get<Post>(200));
  session.remove(*session.get<Comment>(300));
  log.clear();
  session.commit();
  auto deletes = log.starting("DELETE");
  REQUIRE(deletes.size() == 3);
  CHECK(contains(deletes[0], "orm_comments"));
  CHECK(contains(deletes[1], "orm_posts"));
  CHECK(contains(deletes[2], "orm_users"));
  CHECK(session.query<User>().count() == 0);
  CHECK(session.query<Post>().count() == 0);

  // A generated key is known after flush(), for the children to use.
  User& parent = session.add(User{.name = "Parent"});
  session.flush();
  REQUIRE(parent.id != 0);
  Post& post = session.add(Post{.user_id = parent.id, .title = "By parent"});
  session.commit();
  CHECK(session.query<Post>().filter(posts.user_id == parent.id).one().id == post.id);
}

TEST_CASE("a failed commit rolls back, rethrows, and keeps every change pending", "[orm][unit_of_work]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};

  User& alice = *session.get<User>(1);
  alice.age = 60;
  User& bob = *session.get<User>(2);
  session.remove(bob);
  User& frank = session.add(User{.name = "Frank"});
  User& dup = session.add(User{.name = "Carol"});  // name is unique
  CHECK_THROWS_AS(session.commit(), sq::constraint_error);

  // Nothing was written, and the session holds no transaction or connection.
  CHECK_FALSE(session.in_transaction());
  CHECK(engine.pool().checked_out() == 0);
  CHECK(stored_names(engine) == seeded);
  CHECK(stored_age(engine, "Alice") == 30);
  // Every change is still there to be written: Frank was inserted, then rolled back.
  CHECK(frank.id == 0);
  CHECK(dup.id == 0);
  CHECK(session.contains(frank));
  CHECK(session.contains(dup));
  CHECK(session.is_modified(alice));
  CHECK(alice.age == 60);
  CHECK(session.is_modified(bob));

  dup.name = "Carl";
  session.commit();
  CHECK(stored_names(engine) == names{"Alice", "Carl", "Carol", "Dave", "Eve", "Frank"});
  CHECK(stored_age(engine, "Alice") == 60);
  CHECK(frank.id != 0);
  CHECK(dup.id != 0);
  CHECK_FALSE(session.contains(bob));

  // An UPDATE that fails, after an earlier flush() in the same transaction.
  User& gus = session.add(User{.name = "Gus"});
  session.flush();
  CHECK(gus.id != 0);
  User& carol = *session.get<User>(3);
  carol.name = "Alice";
  CHECK_THROWS_AS(session.commit(), sq::constraint_error);
  CHECK(gus.id == 0);  // its insert was rolled back with the rest
  CHECK(session.is_modified(carol));
  carol.name = "Caroline";
  session.commit();
  CHECK(stored_names(engine) == names{"Alice", "Carl", "Caroline", "Dave", "Eve", "Frank", "Gus"});

  // A row deleted behind the session's back: its UPDATE matches nothing.
  User& eve = *session.get<User>(5);
  {
    auto db = engine.connect();
    db->execute(sq::delete_from(users).where(users.id == 5));
  }
  eve.age = 1;
  CHECK_THROWS_AS(session.commit(), sq::result_error);
  CHECK(session.is_modified(eve));
  session.expunge(eve);
  session.commit();
}

TEST_CASE("two sessions see each other's committed data", "[orm][unit_of_work]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  sq::session a{engine};
  sq::session b{engine};

  User& alice = a.add(User{.name = "Alice", .age = 30});
  a.commit();
  User* seen = b.query<User>().filter(users.name == "Alice").first();
  REQUIRE(seen != nullptr);
  CHECK(seen != &alice);  // each session has its own objects
  CHECK(seen->age == 30);

  seen->age = 31;
  b.add(User{.name = "Bob"});
  b.commit();
  CHECK(alice.age == 30);  // a has not read it again yet
  CHECK(a.query<User>().filter(users.id == alice.id).first() == &alice);
  CHECK(alice.age == 31);
  CHECK(a.query<User>().count() == 2);

  b.remove(*seen);
  b.commit();
  CHECK(a.query<User>().filter(users.name == "Alice").first() == nullptr);
  CHECK_THROWS_AS(a.refresh(alice), sq::result_error);  // its row is gone
}

TEST_CASE("fields of a user type, a date and a bool are inserted, compared and updated", "[orm][unit_of_work]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = sq::create_engine(url, log.options());
  sq::drop_all(engine, accounts);
  sq::create_all(engine, accounts);
  auto const day = std::chrono::sys_days{std::chrono::year{2024} / 2 / 29};
  {
    sq::session session{engine};
    session.add(Account{.id = 0, .balance = {1999}, .opened = day, .active = true});
    session.commit();
  }
  sq::session session{engine};
  Account& account = *session.get<Account>(1);
  CHECK(account.balance.value == 1999);
  CHECK(account.opened == day);
  CHECK(account.active);
  CHECK_FALSE(session.is_modified(account));  // compared through the storage type

  log.clear();
  account.balance = {2500};
  account.active = false;
  session.commit();
  auto updates = log.starting("UPDATE");
  REQUIRE(updates.size() == 1);
  CHECK(contains(updates[0], "balance"));
  CHECK(contains(updates[0], "active"));
  CHECK_FALSE(contains(updates[0], "opened"));
  session.close();
  Account& again = *session.get<Account>(1);
  CHECK(again.balance.value == 2500);
  CHECK_FALSE(again.active);
  CHECK(again.opened == day);
  session.close();
  sq::drop_all(engine, accounts);
}
