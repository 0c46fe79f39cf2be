// SPDX-License-Identifier: BSL-1.0
// Misuse: cascade_delete on a many-to-one one<T> (it would delete the parent with each child).
// expect: relationships<>: cascade_delete and delete_orphan apply to the children of a one-to-many
// Area: ORM relationships
#include <sequel/orm.hpp>

#include "tables.hpp"

struct User {
  std::int64_t id = 0;
  std::string name{};
};
struct Post {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
#ifdef SEQUEL_MISUSE
  sq::one<User, sq::cascade_delete> author{};
#else
  sq::one<User> author{};
#endif
};
BOOST_HANA_ADAPT_STRUCT(User, id, name);
BOOST_HANA_ADAPT_STRUCT(Post, id, user_id);
template <>
inline constexpr auto sq::table_for<User> = users;
template <>
inline constexpr auto sq::table_for<Post> = posts;
template <>
inline constexpr auto sq::relationships_of<Post> = sq::relationships<&Post::author>;

int main() {}
