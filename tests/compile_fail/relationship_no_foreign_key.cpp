// SPDX-License-Identifier: BSL-1.0
// Misuse: a one-to-many relationship between tables that no foreign key links.
// expect: relationships<>: no foreign key links the two structs' tables
// Area: ORM relationships
#include <sequel/orm.hpp>

#include "tables.hpp"

struct tags_t : sq::table<tags_t, "tags"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"label", std::string> label;
};

struct Post;
struct Tag;
struct User {
  std::int64_t id = 0;
  std::string name{};
  sq::many<Post> posts{};
  sq::many<Tag> tags{};  // tags has no column that references users
};
struct Post {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
};
struct Tag {
  std::int64_t id = 0;
  std::string label{};
};
BOOST_HANA_ADAPT_STRUCT(User, id, name);
BOOST_HANA_ADAPT_STRUCT(Post, id, user_id);
BOOST_HANA_ADAPT_STRUCT(Tag, id, label);
template <>
inline constexpr auto sq::table_for<User> = users;
template <>
inline constexpr auto sq::table_for<Post> = posts;
template <>
inline constexpr auto sq::table_for<Tag> = tags_t{};

#ifdef SEQUEL_MISUSE
template <>
inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::posts, &User::tags>;
#else
template <>
inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::posts>;
#endif

int main() {}
