// SPDX-License-Identifier: BSL-1.0
// Relationships with the ORM: users, their posts, the posts' comments and tags (many-to-many),
// declared from the tables' foreign keys; children added through a collection, loaded lazily and
// eagerly, and cascades.
//
//   blog [URL]      (default sqlite:///blog.db; scripts/demo blog [URL] builds and runs it)
#include <cstdint>
#include <iostream>
#include <sequel/sqlite.hpp>
#include <string>
#ifdef SEQUEL_WITH_POSTGRES
#include <sequel/postgres.hpp>
#endif
#ifdef SEQUEL_WITH_MYSQL
#include <sequel/mysql.hpp>
#endif
#include <sequel/orm.hpp>  // after the connectors: create_engine() takes the URLs of those included

namespace sq = sequel;

struct users_t : sq::table<users_t, "blog_users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string, sq::unique> name;
};
struct posts_t : sq::table<posts_t, "blog_posts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"user_id", std::int64_t, sq::references<&users_t::id>> user_id;
  column<"title", std::string> title;
};
struct comments_t : sq::table<comments_t, "blog_comments"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"post_id", std::int64_t, sq::references<&posts_t::id>> post_id;
  column<"body", std::string> body;
};
struct tags_t : sq::table<tags_t, "blog_tags"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string, sq::unique> name;
};
struct post_tags_t : sq::table<post_tags_t, "blog_post_tags"> {  // one row per link
  column<"post_id", std::int64_t, sq::primary_key, sq::references<&posts_t::id>> post_id;
  column<"tag_id", std::int64_t, sq::primary_key, sq::references<&tags_t::id>> tag_id;
};
inline constexpr users_t users{};
inline constexpr posts_t posts{};
inline constexpr comments_t comments{};
inline constexpr tags_t tags{};
inline constexpr post_tags_t post_tags{};

// Relationship members are plain fields, not in BOOST_HANA_ADAPT_STRUCT (which lists the columns).
struct Post;
struct Comment;
struct Tag;
struct User {
  std::int64_t id = 0;
  std::string name;
  sq::many<Post, sq::cascade_delete> posts{};  // posts.user_id references users.id
};
struct Post {
  std::int64_t id = 0;
  std::int64_t user_id = 0;  // set at flush from the user whose posts hold it
  std::string title;
  sq::one<User> author{};                           // the same foreign key, from the other side
  sq::many<Comment, sq::delete_orphan> comments{};  // erase() deletes the comment
  sq::many<Tag, sq::through<post_tags_t>> tags{};   // many-to-many
};
struct Tag {
  std::int64_t id = 0;
  std::string name;
  sq::many<Post, sq::through<post_tags_t>> posts{};
};
struct Comment {
  std::int64_t id = 0;
  std::int64_t post_id = 0;
  std::string body;
};
BOOST_HANA_ADAPT_STRUCT(User, id, name);
BOOST_HANA_ADAPT_STRUCT(Post, id, user_id, title);
BOOST_HANA_ADAPT_STRUCT(Comment, id, post_id, body);
BOOST_HANA_ADAPT_STRUCT(Tag, id, name);
template <>
inline constexpr auto sq::table_for<User> = users;
template <>
inline constexpr auto sq::table_for<Post> = posts;
template <>
inline constexpr auto sq::table_for<Comment> = comments;
template <>
inline constexpr auto sq::table_for<Tag> = tags;
template <>
inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::posts>;
template <>
inline constexpr auto sq::relationships_of<Post> = sq::relationships<&Post::author, &Post::comments, &Post::tags>;
template <>
inline constexpr auto sq::relationships_of<Tag> = sq::relationships<&Tag::posts>;

int main(int argc, char** argv) try {
  std::string const url = argc > 1 ? argv[1] : "sqlite:///blog.db";
  int selects = 0;  // counted from the statements the engine echoes
  sq::engine_options options;
  options.echo = [&selects](std::string_view sql) { selects += sql.starts_with("SELECT"); };
  auto engine = sq::create_engine(url, options);
  std::cout << "engine on " << url.substr(0, url.find("://")) << "\n";  // the URL may hold a password

  sq::drop_all(engine, users, posts, comments, tags, post_tags);
  sq::create_all(engine, users, posts, comments, tags, post_tags);
  {
    sq::session session{engine};
    User& alice = session.add(User{.name = "Alice"});
    User& bob = session.add(User{.name = "Bob"});
    Post& hello = alice.posts.add(Post{.title = "Hello"});
    alice.posts.add(Post{.title = "Second thoughts"});
    Post& first = bob.posts.add(Post{.title = "Bob's first"});
    hello.comments.add(Comment{.body = "Welcome!"});
    hello.comments.add(Comment{.body = "Spam"});
    Tag& news = session.add(Tag{.name = "news"});
    hello.tags.push_back(news);
    hello.tags.push_back(session.add(Tag{.name = "intro"}));
    first.tags.push_back(news);
    session.commit();  // users, posts with their user_id, comments and tags, then the link rows
    std::cout << "added 2 users, 3 posts, 2 comments, 2 tags; Hello has user_id " << hello.user_id << "\n";
  }
  {
    sq::session session{engine};
    selects = 0;
    for (User& u : session.query<User>().order_by(users.id).all())
      std::cout << u.name << ": " << u.posts.size() << " posts\n";  // lazily: one SELECT per user
    std::cout << "lazy: " << selects << " SELECTs\n";
  }
  {
    sq::session session{engine};
    selects = 0;
    for (User& u : session.query<User>().with<&User::posts>().order_by(users.id).all()) {
      std::cout << u.name << ":";
      for (Post& p : u.posts) std::cout << " '" << p.title << "'";
      std::cout << "\n";
    }
    std::cout << "eager: " << selects << " SELECTs\n";  // the users, then their posts with IN

    Post& hello = session.query<Post>().filter(posts.title == "Hello").one();
    std::cout << "Hello is by " << hello.author->name << ", tagged";
    for (Tag& t : hello.tags) std::cout << " " << t.name;
    std::cout << "\n";
    Tag& news = hello.tags[0];
    std::cout << "news:";
    for (Post& p : news.posts) std::cout << " '" << p.title << "'";
    std::cout << "\n";
    hello.tags.erase(news);  // the link row goes at flush, the tag stays
    hello.comments.erase(hello.comments[1]);  // delete_orphan: the spam goes
    session.commit();
    std::cout << "comments on Hello: " << hello.comments.size() << "\n";

    session.remove(session.query<User>().filter(users.name == "Bob").one());  // and Bob's posts
    session.commit();
    std::cout << "removed Bob: " << session.query<Post>().count() << " posts left\n";
  }
} catch (sq::error const& e) {
  std::cerr << "error: " << e.what() << "\n";
  return 1;
}
