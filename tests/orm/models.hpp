// SPDX-License-Identifier: BSL-1.0
// Shared by every tests/orm/*.cpp: the tables and mapped structs the ORM tests use, and a fresh
// engine per test database (the URLs of run_test::test_urls(), SEQUEL_TEST_URLS when set):
//
//   TEST_CASE("...") {
//     RUN_TEST_DATABASES(url);
//     auto engine = orm_test::fresh_engine(url);   // orm_* tables dropped and created again
//     sq::session session{engine};
//     ...
//   }
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../run/support.hpp"
#include <sequel/orm.hpp>

namespace orm_test {
namespace sq = sequel;
using run_test::names;

struct users_t : sq::table<users_t, "orm_users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string, sq::unique> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

struct posts_t : sq::table<posts_t, "orm_posts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"user_id", std::int64_t, sq::references<&users_t::id>> user_id;
  column<"title", std::string> title;
  column<"views", int, sq::default_value<0>> views;
};
inline constexpr posts_t posts{};

struct comments_t : sq::table<comments_t, "orm_comments"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"post_id", std::int64_t, sq::references<&posts_t::id>> post_id;
  column<"body", std::string> body;
};
inline constexpr comments_t comments{};

// A text primary key, given by the program.
struct tags_t : sq::table<tags_t, "orm_tags"> {
  column<"name", std::string, sq::primary_key> name;
  column<"uses", int, sq::default_value<0>> uses;
};
inline constexpr tags_t tags{};

// A composite primary key.
struct memberships_t : sq::table<memberships_t, "orm_memberships"> {
  column<"user_id", std::int64_t, sq::primary_key, sq::references<&users_t::id>> user_id;
  column<"group_name", std::string, sq::primary_key> group_name;
  column<"role", std::string, sq::default_value<"member">> role;
};
inline constexpr memberships_t memberships{};

struct User {
  std::int64_t id = 0;
  std::string name{};
  std::optional<int> age{};
  friend bool operator==(User const&, User const&) = default;
};

// Maps only some columns: views has a default, so it may be left out.
struct Post {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string title{};
};

struct Comment {
  std::int64_t id = 0;
  std::int64_t post_id = 0;
  std::string body{};
};

struct Tag {
  std::string name{};
  int uses = 0;
};

struct Membership {
  std::int64_t user_id = 0;
  std::string group_name{};
  std::string role = "member";
};

}  // namespace orm_test

BOOST_HANA_ADAPT_STRUCT(orm_test::User, id, name, age);
BOOST_HANA_ADAPT_STRUCT(orm_test::Post, id, user_id, title);
BOOST_HANA_ADAPT_STRUCT(orm_test::Comment, id, post_id, body);
BOOST_HANA_ADAPT_STRUCT(orm_test::Tag, name, uses);
BOOST_HANA_ADAPT_STRUCT(orm_test::Membership, user_id, group_name, role);

template <>
inline constexpr auto sequel::table_for<orm_test::User> = orm_test::users;
template <>
inline constexpr auto sequel::table_for<orm_test::Post> = orm_test::posts;
template <>
inline constexpr auto sequel::table_for<orm_test::Comment> = orm_test::comments;
template <>
inline constexpr auto sequel::table_for<orm_test::Tag> = orm_test::tags;
template <>
inline constexpr auto sequel::table_for<orm_test::Membership> = orm_test::memberships;

namespace orm_test {

// Every orm_* table dropped (children first) and created again.
inline void recreate(sq::engine const& engine) {
  sq::drop_all(engine, users, posts, comments, tags, memberships);
  sq::create_all(engine, users, posts, comments, tags, memberships);
}

// An engine on url with its tables new; options as given (a short pool timeout, so that a test
// that waits for a connection by mistake fails quickly).
inline sq::engine fresh_engine(std::string const& url, sq::engine_options options = {}) {
  if (options.pool_timeout == sq::engine_options{}.pool_timeout) options.pool_timeout = std::chrono::seconds(10);
  auto engine = sq::create_engine(url, std::move(options));
  recreate(engine);
  return engine;
}

// Records the SQL the ORM runs (engine_options::echo).
struct sql_log {
  std::shared_ptr<std::vector<std::string>> lines = std::make_shared<std::vector<std::string>>();
  sq::engine_options options() const {
    sq::engine_options o;
    o.echo = [lines = lines](std::string_view sql) { lines->emplace_back(sql); };
    return o;
  }
  std::size_t size() const { return lines->size(); }
  void clear() const { lines->clear(); }
  // The statements that start with `start` ("UPDATE", "INSERT" ...).
  std::vector<std::string> starting(std::string_view start) const {
    std::vector<std::string> out;
    for (auto const& line : *lines)
      if (std::string_view(line).starts_with(start)) out.push_back(line);
    return out;
  }
};

// The users' names straight from the database, by name, on a connection of the engine's pool.
inline names stored_names(sq::engine const& engine) {
  auto db = engine.connect();
  names out;
  for (auto const& [name] : db->execute(sq::select(users.name).from(users).order_by(users.name.asc())))
    out.push_back(name);
  return out;
}

inline std::optional<int> stored_age(sq::engine const& engine, std::string const& name) {
  auto db = engine.connect();
  return db->execute(sq::select(users.age).from(users).where(users.name == name)).one().get<0>();
}

}  // namespace orm_test
