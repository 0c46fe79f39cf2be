// SPDX-License-Identifier: BSL-1.0
// Misuse: query<T>().with<&T::member>() for a member not registered in relationships_of<T>.
// expect: with<>\(\): the member is not a relationship of T
// Area: ORM relationships
#include <sequel/orm.hpp>

#include "tables.hpp"

struct Post;
struct User {
  std::int64_t id = 0;
  std::string name{};
  sq::many<Post> posts{};
  std::string nickname{};  // not a column, not a relationship
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
inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::posts>;

int main() {
  sq::session session{sq::create_engine("sqlite://:memory:")};
#ifdef SEQUEL_MISUSE
  auto q = session.query<User>().with<&User::nickname>();
#else
  auto q = session.query<User>().with<&User::posts>();
#endif
  (void)q;
}
