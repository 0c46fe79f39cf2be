// SPDX-License-Identifier: BSL-1.0
// Misuse: the rows of a query read from a connection that is a temporary: the connection would be
// gone (its statements finalized) before the first row is read.
// expect: execute\(\): this connection is a temporary, destroyed before the rows are read
// Area: Execution
#include <sequel/run/connection.hpp>

#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  for (auto const& row : sq::connect("sqlite://:memory:").execute(sq::select(users.id).from(users)))
    (void)row;
#else
  auto db = sq::connect("sqlite://:memory:");
  for (auto const& row : db.execute(sq::select(users.id).from(users))) (void)row;
  sq::connect("sqlite://:memory:").execute(sq::create_table(users));  // no rows: a temporary will do
#endif
}
