// SPDX-License-Identifier: BSL-1.0
// Misuse: one<T> where the foreign key is on T's table and not unique (a user has many posts).
// expect: relationships<>: one<T> found the foreign key on T's table, but it is not unique
// Area: ORM relationships
#include <sequel/orm.hpp>

#include "tables.hpp"

struct Post;
struct User {
  std::int64_t id = 0;
  std::string name{};
#ifdef SEQUEL_MISUSE
  sq::one<Post> post{};
#else
  sq::many<Post> post{};
#endif
};
struct Post {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
};
BOOST_HANA_ADAPT_STRUCT(User, id, name);
BOOST_HANA_ADAPT_STRUCT(Post, id, user_id);
template <>
inline constexpr auto sq::table_for<User> = users;
template <>
inline constexpr auto sq::table_for<Post> = posts;
template <>
inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::post>;

int main() {}
