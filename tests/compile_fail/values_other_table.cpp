// SPDX-License-Identifier: BSL-1.0
// Misuse: values() for a column of another table.
// expect: values\(\): a column belongs to another table than the one inserted into
// Area: insert_into
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::insert_into(posts).values(posts.user_id = 1, users.name = "Alice");
#else
  auto s = sq::insert_into(posts).values(posts.user_id = 1, posts.title = "Alice");
#endif
  (void)s;
}
