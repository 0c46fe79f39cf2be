// SPDX-License-Identifier: BSL-1.0
// Misuse: sorting by a label the select list does not define.
// expect: order_by\(\): a labelled key sorts by its name, so select it
// Area: Aggregates, group_by, having, labels
#include "tables.hpp"

int main() {
#ifdef SEQUEL_MISUSE
  auto s = sq::select(users.name).from(users).order_by(users.age.as<"years">());
#else
  auto s = sq::select(users.name, users.age.as<"years">()).from(users).order_by(users.age.as<"years">());
#endif
  (void)s;
}
