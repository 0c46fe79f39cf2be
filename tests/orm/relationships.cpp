// SPDX-License-Identifier: BSL-1.0
// Relationships on every test database: one-to-many, many-to-one, one-to-one and a choice between
// two foreign keys (via<>); lazy loading (one SELECT on first access) and eager loading (one SELECT
// ... IN per relationship, counted from the engine's echo); foreign keys set at flush; the cascades
// (cascade_delete, delete_orphan, NULL for a nullable key); rollback and expunge.
#include "models.hpp"

namespace rel_test {
namespace sq = sequel;

struct authors_t : sq::table<authors_t, "rel_authors"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string, sq::unique> name;
};
inline constexpr authors_t authors{};

// Two foreign keys to the authors: every relationship between them names one with via<>.
struct articles_t : sq::table<articles_t, "rel_articles"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"author_id", std::int64_t, sq::references<&authors_t::id>> author_id;
  column<"reviewer_id", std::optional<std::int64_t>, sq::references<&authors_t::id>> reviewer_id;
  column<"title", std::string> title;
};
inline constexpr articles_t articles{};

// A unique foreign key: one profile per author.
struct profiles_t : sq::table<profiles_t, "rel_profiles"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"author_id", std::int64_t, sq::unique, sq::references<&authors_t::id>> author_id;
  column<"bio", std::string> bio;
};
inline constexpr profiles_t profiles{};

// A NOT NULL key (comments) and a nullable one (notes) to the articles.
struct comments_t : sq::table<comments_t, "rel_comments"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"article_id", std::int64_t, sq::references<&articles_t::id>> article_id;
  column<"body", std::string> body;
};
inline constexpr comments_t comments{};

struct notes_t : sq::table<notes_t, "rel_notes"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"article_id", std::optional<std::int64_t>, sq::references<&articles_t::id>> article_id;
  column<"body", std::string> body;
};
inline constexpr notes_t notes{};

// Many-to-many: tags on articles, one row of rel_article_tags per link.
struct tags_t : sq::table<tags_t, "rel_tags"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string, sq::unique> name;
};
inline constexpr tags_t tags{};

struct article_tags_t : sq::table<article_tags_t, "rel_article_tags"> {
  column<"article_id", std::int64_t, sq::primary_key, sq::references<&articles_t::id>> article_id;
  column<"tag_id", std::int64_t, sq::primary_key, sq::references<&tags_t::id>> tag_id;
};
inline constexpr article_tags_t article_tags{};

struct Article;
struct Tag;
struct Profile;
struct Comment;
struct Note;

struct Author {
  std::int64_t id = 0;
  std::string name{};
  sq::many<Article, sq::via<&articles_t::author_id>, sq::cascade_delete> articles{};
  sq::many<Article, sq::via<&articles_t::reviewer_id>> reviews{};
  sq::one<Profile> profile{};  // one-to-one: the unique key is on the profiles
};
struct Article {
  std::int64_t id = 0;
  std::int64_t author_id = 0;
  std::optional<std::int64_t> reviewer_id{};
  std::string title{};
  sq::one<Author, sq::via<&articles_t::author_id>> author{};  // many-to-one: the key is on the articles
  sq::many<Comment, sq::delete_orphan> comments{};
  sq::many<Note> notes{};
  sq::many<Tag, sq::through<article_tags_t>> tags{};
};
struct Tag {
  std::int64_t id = 0;
  std::string name{};
  sq::many<Article, sq::through<article_tags_t>> articles{};
};
struct Profile {
  std::int64_t id = 0;
  std::int64_t author_id = 0;
  std::string bio{};
  sq::one<Author> author{};
};
struct Comment {
  std::int64_t id = 0;
  std::int64_t article_id = 0;
  std::string body{};
};
struct Note {
  std::int64_t id = 0;
  std::optional<std::int64_t> article_id{};
  std::string body{};
};
}  // namespace rel_test

BOOST_HANA_ADAPT_STRUCT(rel_test::Author, id, name);
BOOST_HANA_ADAPT_STRUCT(rel_test::Article, id, author_id, reviewer_id, title);
BOOST_HANA_ADAPT_STRUCT(rel_test::Profile, id, author_id, bio);
BOOST_HANA_ADAPT_STRUCT(rel_test::Comment, id, article_id, body);
BOOST_HANA_ADAPT_STRUCT(rel_test::Note, id, article_id, body);
BOOST_HANA_ADAPT_STRUCT(rel_test::Tag, id, name);

template <>
inline constexpr auto sequel::table_for<rel_test::Author> = rel_test::authors;
template <>
inline constexpr auto sequel::table_for<rel_test::Article> = rel_test::articles;
template <>
inline constexpr auto sequel::table_for<rel_test::Profile> = rel_test::profiles;
template <>
inline constexpr auto sequel::table_for<rel_test::Comment> = rel_test::comments;
template <>
inline constexpr auto sequel::table_for<rel_test::Note> = rel_test::notes;
template <>
inline constexpr auto sequel::table_for<rel_test::Tag> = rel_test::tags;

template <>
inline constexpr auto sequel::relationships_of<rel_test::Author> =
    sequel::relationships<&rel_test::Author::articles, &rel_test::Author::reviews, &rel_test::Author::profile>;
template <>
inline constexpr auto sequel::relationships_of<rel_test::Article> =
    sequel::relationships<&rel_test::Article::author, &rel_test::Article::comments, &rel_test::Article::notes,
                      &rel_test::Article::tags>;
template <>
inline constexpr auto sequel::relationships_of<rel_test::Tag> = sequel::relationships<&rel_test::Tag::articles>;
template <>
inline constexpr auto sequel::relationships_of<rel_test::Profile> = sequel::relationships<&rel_test::Profile::author>;

using namespace rel_test;
using orm_test::sql_log;
using names = std::vector<std::string>;

namespace {
static_assert(sq::orm::detail::relation<&Author::articles>::collection);
static_assert(sq::orm::detail::relation<&Article::author>::key_on_parent);
static_assert(!sq::orm::detail::relation<&Author::profile>::key_on_parent);
static_assert(std::is_same_v<sq::orm::detail::relation<&Author::reviews>::foreign_key,
                             std::remove_cvref_t<decltype(articles.reviewer_id)>>);

sq::engine fresh_engine(std::string const& url, sq::engine_options options = {}) {
  auto engine = sq::create_engine(url, std::move(options));
  sq::drop_all(engine, authors, articles, profiles, comments, notes, tags, article_tags);
  sq::create_all(engine, authors, articles, profiles, comments, notes, tags, article_tags);
  return engine;
}

// Ann (articles A1, A2), Ben (B1), Cat (none); Ben reviews A1; A1 has comments c1, c2 and note n1;
// tags cpp (A1, B1) and db (A1).
void seed(sq::engine const& engine) {
  sq::session s{engine};
  Author& ann = s.add(Author{.name = "Ann"});
  Author& ben = s.add(Author{.name = "Ben"});
  s.add(Author{.name = "Cat"});
  Article& a1 = ann.articles.add(Article{.title = "A1"});
  ann.articles.add(Article{.title = "A2"});
  Article& b1 = ben.articles.add(Article{.title = "B1"});
  ben.reviews.push_back(a1);
  Tag& cpp = s.add(Tag{.name = "cpp"});
  Tag& db = s.add(Tag{.name = "db"});
  a1.tags.push_back(cpp);
  a1.tags.push_back(db);
  b1.tags.push_back(cpp);
  a1.comments.add(Comment{.body = "c1"});
  a1.comments.add(Comment{.body = "c2"});
  a1.notes.add(Note{.body = "n1"});
  s.commit();
}

template <class Member>
names titles(Member& member) {
  names out;
  for (auto& item : member) out.push_back(item.title);
  return out;
}

// Rows straight from the database: "title:author_id:reviewer_id", by title.
names stored_articles(sq::engine const& engine) {
  auto db = engine.connect();
  names out;
  for (auto const& [title, author, reviewer] :
       db->execute(sq::select(articles.title, articles.author_id, articles.reviewer_id).from(articles).order_by(articles.title)))
    out.push_back(title + ":" + std::to_string(author) + ":" + (reviewer ? std::to_string(*reviewer) : "-"));
  return out;
}
// The link rows: "article:tag" by name.
names stored_links(sq::engine const& engine) {
  auto db = engine.connect();
  names out;
  for (auto const& [title, tag] : db->execute(sq::select(articles.title, tags.name)
                                                  .from(article_tags)
                                                  .join(articles)
                                                  .join(tags)
                                                  .order_by(articles.title, tags.name)))
    out.push_back(title + ":" + tag);
  return out;
}
names tag_names(sq::many<Tag, sq::through<article_tags_t>>& member) {
  names out;
  for (Tag& t : member) out.push_back(t.name);
  return out;
}
// The text of each dialect: SQLite's, PostgreSQL's, MySQL's.
std::string in_dialect(sq::engine const& engine, std::string sqlite, std::string postgres, std::string mysql) {
  switch (engine.connect()->dialect()) {
    case sq::dialect_id::sqlite: return sqlite;
    case sq::dialect_id::postgres: return postgres;
    case sq::dialect_id::mysql: return mysql;
  }
  return {};
}

std::int64_t stored_count(sq::engine const& engine, auto const& table) {
  auto db = engine.connect();
  return db->execute(sq::select(sq::count()).from(table)).scalar();
}
}  // namespace

TEST_CASE("one-to-many: children added through the collection get the parent's key at flush", "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  CHECK(stored_articles(engine) == names{"A1:1:2", "A2:1:-", "B1:2:-"});
  CHECK(stored_count(engine, comments) == 2);

  sq::session s{engine};
  Author& cat = *s.query<Author>().filter(authors.name == "Cat").first();
  CHECK(cat.articles.empty());
  Article& c1 = cat.articles.add(Article{.title = "C1"});
  CHECK(c1.author_id == 0);  // set at flush
  s.commit();
  CHECK(c1.author_id == cat.id);
  CHECK(stored_articles(engine) == names{"A1:1:2", "A2:1:-", "B1:2:-", "C1:3:-"});

  // A child moved to another parent's collection: its key changes at the next flush.
  Author& ann = *s.get<Author>(std::int64_t{1});
  Article& a2 = ann.articles[1];
  REQUIRE(a2.title == "A2");
  cat.articles.push_back(a2);
  CHECK(titles(ann.articles) == names{"A1"});  // out of its former parent's collection
  s.commit();
  CHECK(stored_articles(engine) == names{"A1:1:2", "A2:3:-", "B1:2:-", "C1:3:-"});
}

TEST_CASE("lazy loading: one SELECT on first access, none after", "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  seed(engine);
  sq::session s{engine};
  auto all = s.query<Author>().order_by(authors.id).all();
  REQUIRE(all.size() == 3);
  log.clear();
  CHECK_FALSE(all[0].articles.loaded());
  CHECK(titles(all[0].articles) == names{"A1", "A2"});
  CHECK(all[0].articles.loaded());
  REQUIRE(log.starting("SELECT").size() == 1);
  CHECK(log.starting("SELECT")[0] ==
        in_dialect(engine,
                   R"(SELECT "rel_articles"."id", "rel_articles"."author_id", "rel_articles"."reviewer_id", "rel_articles"."title" FROM "rel_articles" WHERE "rel_articles"."author_id" IN (?) ORDER BY "rel_articles"."id")",
                   R"(SELECT "rel_articles"."id", "rel_articles"."author_id", "rel_articles"."reviewer_id", "rel_articles"."title" FROM "rel_articles" WHERE "rel_articles"."author_id" IN ($1) ORDER BY "rel_articles"."id")",
                   R"(SELECT `rel_articles`.`id`, `rel_articles`.`author_id`, `rel_articles`.`reviewer_id`, `rel_articles`.`title` FROM `rel_articles` WHERE `rel_articles`.`author_id` IN (?) ORDER BY `rel_articles`.`id`)"));
  CHECK(titles(all[0].articles) == names{"A1", "A2"});
  CHECK(log.starting("SELECT").size() == 1);
  // N parents accessed one by one: N SELECTs (what with<>() avoids).
  CHECK(titles(all[1].articles) == names{"B1"});
  CHECK(all[2].articles.empty());
  CHECK(log.starting("SELECT").size() == 3);
  // The objects are the session's: one per key.
  Article& a1 = all[0].articles[0];
  CHECK(&a1 == s.get<Article>(a1.id));
  CHECK(&*a1.author == &all[0]);  // many-to-one, lazily
  CHECK(&all[1].reviews[0] == &a1);
}

TEST_CASE("eager loading with with<>(): one more SELECT per relationship, whatever the number of objects",
          "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  seed(engine);
  {
    sq::session s{engine};
    log.clear();
    auto all = s.query<Author>().with<&Author::articles>().with<&Author::reviews>().order_by(authors.id).all();
    CHECK(log.starting("SELECT").size() == 3);
    REQUIRE(all.size() == 3);
    for (Author& a : all) CHECK(a.articles.loaded());
    CHECK(titles(all[0].articles) == names{"A1", "A2"});
    CHECK(titles(all[1].articles) == names{"B1"});
    CHECK(all[2].articles.empty());
    CHECK(titles(all[1].reviews) == names{"A1"});
    CHECK(all[0].reviews.empty());
    CHECK(log.starting("SELECT").size() == 3);  // nothing more on access
    CHECK(log.starting("SELECT")[1] ==
          in_dialect(engine,
                     R"(SELECT "rel_articles"."id", "rel_articles"."author_id", "rel_articles"."reviewer_id", "rel_articles"."title" FROM "rel_articles" WHERE "rel_articles"."author_id" IN (?, ?, ?) ORDER BY "rel_articles"."id")",
                     R"(SELECT "rel_articles"."id", "rel_articles"."author_id", "rel_articles"."reviewer_id", "rel_articles"."title" FROM "rel_articles" WHERE "rel_articles"."author_id" IN ($1, $2, $3) ORDER BY "rel_articles"."id")",
                     R"(SELECT `rel_articles`.`id`, `rel_articles`.`author_id`, `rel_articles`.`reviewer_id`, `rel_articles`.`title` FROM `rel_articles` WHERE `rel_articles`.`author_id` IN (?, ?, ?) ORDER BY `rel_articles`.`id`)"));
  }
  {
    // Many-to-one: the authors of every article in one SELECT; shared authors are one object.
    sq::session s{engine};
    log.clear();
    auto all = s.query<Article>().with<&Article::author>().with<&Article::comments>().order_by(articles.title).all();
    CHECK(log.starting("SELECT").size() == 3);
    REQUIRE(all.size() == 3);
    CHECK(all[0].author->name == "Ann");
    CHECK(&*all[0].author == &*all[1].author);
    CHECK(all[2].author->name == "Ben");
    CHECK(all[0].comments.size() == 2);
    CHECK(all[1].comments.empty());
    CHECK(log.starting("SELECT").size() == 3);
    // first() loads the relationship of the one object.
    log.clear();
    Article* b1 = s.query<Article>().filter(articles.title == "B1").with<&Article::comments>().first();
    REQUIRE(b1 != nullptr);
    CHECK(b1->comments.loaded());
    CHECK(log.starting("SELECT").size() == 2);
  }
}

TEST_CASE("many-to-one and one-to-one: set() sets the foreign key at flush", "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  seed(engine);
  sq::session s{engine};
  Author& ben = *s.get<Author>(std::int64_t{2});
  Author& cat = *s.get<Author>(std::int64_t{3});
  Article& b1 = ben.articles[0];
  b1.author.set(cat);
  s.commit();
  CHECK(b1.author_id == 3);
  CHECK(stored_articles(engine) == names{"A1:1:2", "A2:1:-", "B1:3:-"});

  // A new article with its author set: INSERTed with the key.
  Article& d = s.add(Article{.title = "D"});
  d.author.set(ben);
  s.commit();
  CHECK(stored_articles(engine) == names{"A1:1:2", "A2:1:-", "B1:3:-", "D:2:-"});

  // One-to-one from the side without the key; a new author and profile in one flush.
  Author& dan = s.add(Author{.name = "Dan"});
  Profile& p = dan.profile.set(Profile{.bio = "writes"});
  s.commit();
  CHECK(dan.id == 4);
  CHECK(p.author_id == 4);

  sq::session other{engine};
  Author& dan2 = *other.get<Author>(std::int64_t{4});
  REQUIRE(dan2.profile.get() != nullptr);
  CHECK(dan2.profile->bio == "writes");
  CHECK(&*dan2.profile->author == &dan2);
  CHECK(other.get<Author>(std::int64_t{1})->profile.get() == nullptr);

  // Eagerly, from a new session: one SELECT for the authors, one for their profiles.
  sq::session third{engine};
  log.clear();
  auto all = third.query<Author>().with<&Author::profile>().order_by(authors.id).all();
  REQUIRE(all.size() == 4);
  CHECK(all[0].profile.get() == nullptr);
  REQUIRE(all[3].profile.get() != nullptr);
  CHECK(all[3].profile->bio == "writes");
  CHECK(log.starting("SELECT").size() == 2);
}

TEST_CASE("eager loading of many objects: one SELECT per 500 keys", "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  {
    sq::session s{engine};
    for (int i = 0; i != 1100; ++i) {
      Author& a = s.add(Author{.name = "author" + std::to_string(i)});
      if (i % 100 == 0) a.articles.add(Article{.title = "by " + a.name});
    }
    s.commit();
  }
  sq::session s{engine};
  log.clear();
  auto all = s.query<Author>().with<&Author::articles>().order_by(authors.id).all();
  REQUIRE(all.size() == 1100);
  CHECK(log.starting("SELECT").size() == 1 + 3);  // 500 + 500 + 100 keys
  std::size_t loaded = 0, found = 0;
  for (Author& a : all) {
    loaded += a.articles.loaded();
    found += a.articles.size();
  }
  CHECK(loaded == 1100);
  CHECK(found == 11);
  CHECK(all[1000].articles[0].title == "by author1000");
  CHECK(log.starting("SELECT").size() == 4);
}

TEST_CASE("cascades: cascade_delete, delete_orphan, and NULL for a nullable key", "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session s{engine};
  Article& a1 = s.query<Article>().filter(articles.title == "A1").one();
  // delete_orphan: the comment taken out of the collection is deleted.
  Comment& c1 = a1.comments[0];
  a1.comments.erase(c1);
  CHECK(a1.comments.size() == 1);
  // A nullable key without delete_orphan: the note stays, without its article.
  Note& n1 = a1.notes[0];
  a1.notes.erase(n1);
  s.commit();
  CHECK(stored_count(engine, comments) == 1);
  CHECK(stored_count(engine, notes) == 1);
  {
    auto db = engine.connect();
    CHECK(db->execute(sq::select(notes.article_id).from(notes)).one().get<0>() == std::nullopt);
  }
  // A NOT NULL key without delete_orphan: erase() cannot leave the child without a parent.
  Author& ann = *s.get<Author>(std::int64_t{1});
  CHECK_THROWS_AS(ann.articles.erase(ann.articles[1]), sq::error);

  // cascade_delete: remove() of the author removes the articles (their comments first).
  for (Article& a : ann.articles)
    for (Comment& c : a.comments) s.remove(c);
  s.remove(ann);
  s.commit();
  CHECK(stored_articles(engine) == names{"B1:2:-"});
  CHECK(stored_count(engine, authors) == 2);
  CHECK(stored_count(engine, comments) == 0);
}

TEST_CASE("rollback and expunge leave no stale relationship", "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url);
  seed(engine);
  sq::session s{engine};
  Author& cat = *s.get<Author>(std::int64_t{3});
  cat.articles.add(Article{.title = "C1"});
  s.flush();
  s.rollback();
  CHECK_FALSE(cat.articles.loaded());
  CHECK(cat.articles.empty());  // loaded again: the article was rolled back
  CHECK(stored_articles(engine) == names{"A1:1:2", "A2:1:-", "B1:2:-"});

  Author out = s.expunge(cat);
  CHECK_THROWS_AS(out.articles.add(Article{.title = "X"}), sq::error);
  CHECK(out.articles.empty());  // not in a session: nothing to load
}

TEST_CASE("many-to-many: link rows inserted and deleted, loaded lazily and eagerly", "[orm][relationships]") {
  RUN_TEST_DATABASES(url);
  sql_log log;
  auto engine = fresh_engine(url, log.options());
  seed(engine);
  CHECK(stored_links(engine) == names{"A1:cpp", "A1:db", "B1:cpp"});
  {
    sq::session s{engine};
    auto all = s.query<Article>().order_by(articles.title).all();
    REQUIRE(all.size() == 3);
    log.clear();
    CHECK(tag_names(all[0].tags) == names{"cpp", "db"});  // the link rows, then the tags
    REQUIRE(log.starting("SELECT").size() == 2);
    CHECK(log.starting("SELECT")[0] ==
          in_dialect(engine,
                     R"(SELECT "rel_article_tags"."article_id", "rel_article_tags"."tag_id" FROM "rel_article_tags" WHERE "rel_article_tags"."article_id" IN (?))",
                     R"(SELECT "rel_article_tags"."article_id", "rel_article_tags"."tag_id" FROM "rel_article_tags" WHERE "rel_article_tags"."article_id" IN ($1))",
                     R"(SELECT `rel_article_tags`.`article_id`, `rel_article_tags`.`tag_id` FROM `rel_article_tags` WHERE `rel_article_tags`.`article_id` IN (?))"));
    CHECK(log.starting("SELECT")[1] ==
          in_dialect(engine,
                     R"(SELECT "rel_tags"."id", "rel_tags"."name" FROM "rel_tags" WHERE "rel_tags"."id" IN (?, ?) ORDER BY "rel_tags"."id")",
                     R"(SELECT "rel_tags"."id", "rel_tags"."name" FROM "rel_tags" WHERE "rel_tags"."id" IN ($1, $2) ORDER BY "rel_tags"."id")",
                     R"(SELECT `rel_tags`.`id`, `rel_tags`.`name` FROM `rel_tags` WHERE `rel_tags`.`id` IN (?, ?) ORDER BY `rel_tags`.`id`)"));
    CHECK(tag_names(all[1].tags).empty());
    Tag& cpp = all[0].tags[0];
    CHECK(titles(cpp.articles) == names{"A1", "B1"});  // the other side, the same objects
    CHECK(&cpp.articles[0] == &all[0]);

    // Changes: one link out, two in (a new tag with one of them).
    Tag& db = all[0].tags[1];
    all[0].tags.erase(db);
    all[1].tags.push_back(db);
    all[1].tags.push_back(s.add(Tag{.name = "sql"}));
    log.clear();
    s.commit();
    auto inserts = log.starting("INSERT");
    REQUIRE(inserts.size() == 3);  // the tag, then two link rows
    CHECK(inserts[1] == in_dialect(engine,
                                   R"(INSERT INTO "rel_article_tags" ("article_id", "tag_id") VALUES (?, ?))",
                                   R"(INSERT INTO "rel_article_tags" ("article_id", "tag_id") VALUES ($1, $2))",
                                   R"(INSERT INTO `rel_article_tags` (`article_id`, `tag_id`) VALUES (?, ?))"));
    auto deletes = log.starting("DELETE");
    REQUIRE(deletes.size() == 1);
    CHECK(deletes[0] ==
          in_dialect(engine,
                     R"(DELETE FROM "rel_article_tags" WHERE "rel_article_tags"."article_id" = ? AND "rel_article_tags"."tag_id" = ?)",
                     R"(DELETE FROM "rel_article_tags" WHERE "rel_article_tags"."article_id" = $1 AND "rel_article_tags"."tag_id" = $2)",
                     R"(DELETE FROM `rel_article_tags` WHERE `rel_article_tags`.`article_id` = ? AND `rel_article_tags`.`tag_id` = ?)"));
    CHECK(stored_links(engine) == names{"A1:cpp", "A2:db", "A2:sql", "B1:cpp"});
    log.clear();
    s.commit();  // nothing changed since
    CHECK(log.size() == 0);

    // remove() of a tag deletes its link rows first.
    s.remove(cpp);
    s.commit();
    CHECK(stored_links(engine) == names{"A2:db", "A2:sql"});
  }
  {
    sq::session s{engine};
    log.clear();
    auto all = s.query<Article>().with<&Article::tags>().order_by(articles.title).all();
    CHECK(log.starting("SELECT").size() == 3);  // the articles, the link rows, the tags
    CHECK(tag_names(all[0].tags).empty());
    CHECK(tag_names(all[1].tags) == names{"db", "sql"});
    CHECK(tag_names(all[2].tags).empty());
    CHECK(log.starting("SELECT").size() == 3);
  }
}
