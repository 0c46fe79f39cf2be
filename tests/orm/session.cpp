// SPDX-License-Identifier: BSL-1.0
// The session's operations on every test database: add, add_all, commit, query (filter, order_by,
// limit, offset, all, first, one, count), get, remove, refresh, expunge, close, rollback, and the
// identity map (one object per primary key, at one address).
#include "models.hpp"

using namespace orm_test;

namespace {
// Alice 30, Bob 25, Carol 35, Dave NULL, Eve 28, committed in that order (ids 1 to 5).
void seed(sq::engine const& engine) {
  sq::session s{engine};
  s.add_all({User{.name = "Alice", .age = 30}, User{.name = "Bob", .age = 25}, User{.name = "Carol", .age = 35},
             User{.name = "Dave", .age = std::nullopt}, User{.name = "Eve", .age = 28}});
  s.commit();
}

names names_of(sq::object_list<User> const& list) {
  names out;
  for (User& u : list) out.push_back(u.name);
  return out;
}
}  // namespace

TEST_CASE("add and commit insert the objects and fill in their generated keys", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  sq::session session{engine};

  User& alice = session.add(User{.name = "Alice", .age = 30});
  CHECK(alice.id == 0);
  CHECK(session.contains(alice));
  CHECK(session.is_modified(alice));  // new
  auto added = session.add_all({User{.name = "Bob", .age = 25}, User{.name = "Carol"}});
  REQUIRE(added.size() == 2);
  CHECK_FALSE(session.in_transaction());  // nothing written yet

  session.commit();
  CHECK_FALSE(session.in_transaction());
  CHECK(alice.id == 1);
  CHECK(added[0].id == 2);
  CHECK(added[1].id == 3);
  CHECK_FALSE(session.is_modified(alice));
  CHECK(stored_names(engine) == names{"Alice", "Bob", "Carol"});
  CHECK(stored_age(engine, "Carol") == std::nullopt);

  // A range given as an rvalue is moved in; an explicit key is kept.
  std::vector<User> more{User{.id = 100, .name = "Dave", .age = 40}, User{.name = "Eve", .age = 28}};
  auto moved = session.add_all(std::move(more));
  session.commit();
  CHECK(moved[0].id == 100);
  CHECK(moved[1].id != 0);
  CHECK(stored_names(engine) == names{"Alice", "Bob", "Carol", "Dave", "Eve"});

  // A table without a generated key, and a composite key.
  session.add(Tag{.name = "cpp"});
  session.add(Membership{.user_id = alice.id, .group_name = "admins", .role = "owner"});
  session.commit();
  CHECK(session.get<Tag>("cpp") != nullptr);
  CHECK(session.get<Membership>(alice.id, "admins")->role == "owner");
}

TEST_CASE("query(): filter, order_by, limit, offset, all, first, one, count", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};

  CHECK(session.query<User>().all().size() == 5);
  CHECK(session.query<User>().count() == 5);
  CHECK(names_of(session.query<User>().filter(users.age > 28).order_by(users.name).all()) ==
        names{"Alice", "Carol"});
  // Filters add up with AND.
  CHECK(names_of(session.query<User>().filter(users.age > 26).filter(users.name != "Carol").order_by(users.name).all()) ==
        names{"Alice", "Eve"});
  CHECK(session.query<User>().filter(users.age > 26).filter(users.name != "Carol").count() == 2);
  CHECK(names_of(session.query<User>().filter(users.age.is_null()).all()) == names{"Dave"});
  CHECK(names_of(session.query<User>().filter(users.age.is_not_null()).order_by(users.age.desc(), users.name).limit(2).all()) ==
        names{"Carol", "Alice"});
  CHECK(names_of(session.query<User>().order_by(users.id).limit(2).offset(1).all()) == names{"Bob", "Carol"});
  CHECK(names_of(session.query<User>().order_by(users.id).offset(3).all()) == names{"Dave", "Eve"});
  CHECK(session.query<User>().order_by(users.id).limit(2).offset(1).count() == 2);
  CHECK(session.query<User>().offset(4).count() == 1);
  CHECK(session.query<User>().limit(10).count() == 5);

  User* youngest = session.query<User>().filter(users.age.is_not_null()).order_by(users.age).first();
  REQUIRE(youngest != nullptr);
  CHECK(youngest->name == "Bob");
  CHECK(session.query<User>().filter(users.name == "Nobody").first() == nullptr);

  User& carol = session.query<User>().filter(users.name == "Carol").one();
  CHECK(carol.age == 35);
  CHECK_THROWS_AS(session.query<User>().filter(users.age > 28).one(), sq::result_error);
  CHECK_THROWS_AS(session.query<User>().filter(users.name == "Nobody").one(), sq::result_error);

  // Reading opens no transaction, and holds no connection afterwards.
  CHECK_FALSE(session.in_transaction());
  CHECK(engine.pool().checked_out() == 0);
}

TEST_CASE("the identity map: one object per primary key, at a stable address", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};

  auto everyone = session.query<User>().order_by(users.id).all();
  REQUIRE(everyone.size() == 5);
  User* alice = &everyone[0];
  CHECK(session.query<User>().filter(users.name == "Alice").first() == alice);
  CHECK(&session.query<User>().filter(users.id == 1).one() == alice);
  CHECK(session.get<User>(1) == alice);
  CHECK(session.query<User>().order_by(users.id.desc()).all().pointers().back() == alice);

  // Objects added, then committed, are the ones later queries return.
  User& frank = session.add(User{.name = "Frank"});
  session.commit();
  CHECK(session.query<User>().filter(users.name == "Frank").first() == &frank);

  // The address stays while many more objects are loaded.
  {
    sq::session writer{engine};
    for (int i = 0; i != 200; ++i) writer.add(User{.name = "user" + std::to_string(i)});
    writer.commit();
  }
  CHECK(session.query<User>().count() == 206);
  CHECK(session.query<User>().all().size() == 206);
  CHECK(session.get<User>(1) == alice);
  CHECK(alice->name == "Alice");
}

TEST_CASE("get<T>(key): from the identity map without SQL, else loaded, nullptr if absent", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  seed(engine);
  sq::session session{engine};

  log.clear();
  User* bob = session.get<User>(2);
  REQUIRE(bob != nullptr);
  CHECK(bob->name == "Bob");
  CHECK(log.size() == 1);  // one SELECT
  CHECK(session.get<User>(std::int64_t{2}) == bob);
  CHECK(log.size() == 1);  // none more
  CHECK(session.get<User>(42) == nullptr);

  session.add(Tag{.name = "sql", .uses = 3});
  session.commit();
  sq::session other{engine};
  Tag* tag = other.get<Tag>(std::string("sql"));
  REQUIRE(tag != nullptr);
  CHECK(tag->uses == 3);
  CHECK(other.get<Tag>("nosql") == nullptr);
}

TEST_CASE("remove() deletes at commit; removing a new object cancels its insert", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};

  User& bob = *session.query<User>().filter(users.name == "Bob").first();
  session.remove(bob);
  CHECK(session.is_modified(bob));
  CHECK(session.get<User>(2) == nullptr);  // removed, even before the flush
  session.commit();
  CHECK(stored_names(engine) == names{"Alice", "Carol", "Dave", "Eve"});
  CHECK_FALSE(session.contains(bob));
  CHECK(bob.name == "Bob");  // still readable until close()

  User& temp = session.add(User{.name = "Temp"});
  session.remove(temp);
  CHECK_FALSE(session.contains(temp));
  session.commit();
  CHECK(stored_names(engine) == names{"Alice", "Carol", "Dave", "Eve"});

  User stranger{.id = 1, .name = "Alice"};
  CHECK_THROWS_AS(session.remove(stranger), sq::error);
  User& alice = *session.get<User>(1);
  CHECK_THROWS_AS(session.add(std::move(alice)), sq::error);  // already the session's
  CHECK(alice.name == "Alice");
}

TEST_CASE("refresh() reads the row again; expunge() hands the object back", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};

  User& alice = *session.get<User>(1);
  alice.age = 99;
  session.refresh(alice);
  CHECK(alice.age == 30);
  CHECK_FALSE(session.is_modified(alice));
  {
    auto db = engine.connect();
    db->execute(sq::update(users).set(users.age = 31).where(users.id == 1));
  }
  session.refresh(alice);
  CHECK(alice.age == 31);

  User& pending = session.add(User{.name = "Zed"});
  CHECK_THROWS_AS(session.refresh(pending), sq::error);
  CHECK(session.expunge(pending).name == "Zed");  // never written

  User copy = session.expunge(alice);
  CHECK(copy.name == "Alice");
  CHECK(copy.age == 31);
  CHECK_FALSE(session.contains(alice));
  User* again = session.get<User>(1);  // loaded anew
  REQUIRE(again != nullptr);
  CHECK(again->name == "Alice");

  {
    auto db = engine.connect();
    db->execute(sq::delete_from(users).where(users.id == 2));
  }
  User& bob = *session.query<User>().filter(users.id == 3).first();
  CHECK(bob.name == "Carol");
  CHECK(session.get<User>(2) == nullptr);
  session.rollback();
}

TEST_CASE("close() lets every object go; the session can be used again", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};

  User& alice = *session.get<User>(1);
  session.add(User{.name = "Never"});
  session.flush();
  CHECK(session.in_transaction());
  CHECK(engine.pool().checked_out() == 1);
  session.close();  // rolls back the flushed insert
  CHECK_FALSE(session.in_transaction());
  CHECK(engine.pool().checked_out() == 0);
  CHECK(stored_names(engine) == names{"Alice", "Bob", "Carol", "Dave", "Eve"});

  User* again = session.get<User>(1);
  REQUIRE(again != nullptr);
  CHECK(again->name == "Alice");
  (void)alice;  // no longer valid: close() destroyed it
  session.add(User{.name = "Later"});
  session.commit();
  CHECK(session.query<User>().count() == 6);
}

TEST_CASE("rollback() undoes every change in memory too", "[orm][session]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session session{engine};

  User& alice = *session.get<User>(1);
  User& bob = *session.get<User>(2);
  User& carol = *session.get<User>(3);
  User& zed = session.add(User{.name = "Zed"});
  alice.age = 50;
  session.remove(bob);
  session.flush();  // written, not committed
  CHECK(session.query<User>().count() == 5);
  carol.name = "Caroline";  // not flushed

  session.rollback();
  CHECK_FALSE(session.in_transaction());
  CHECK(alice.age == 30);
  CHECK_FALSE(session.is_modified(alice));
  CHECK(session.contains(bob));
  CHECK_FALSE(session.is_modified(bob));
  CHECK(session.get<User>(2) == &bob);
  CHECK(carol.name == "Carol");
  CHECK_FALSE(session.contains(zed));  // it never was in the database
  CHECK(zed.name == "Zed");            // but stays readable until close()
  CHECK(stored_names(engine) == names{"Alice", "Bob", "Carol", "Dave", "Eve"});
  CHECK(stored_age(engine, "Alice") == 30);

  session.commit();  // nothing to do
  CHECK(stored_names(engine) == names{"Alice", "Bob", "Carol", "Dave", "Eve"});
}
