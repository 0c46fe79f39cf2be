// SPDX-License-Identifier: BSL-1.0
// WITH and WITH RECURSIVE executed: a CTE read by the statement, a counting sequence, a tree walk.
#include "support.hpp"

using namespace run_test;

namespace {
struct adults_t : sq::table<adults_t, "adults"> {
  column<"id", std::int64_t> id;
  column<"name", std::string> name;
};
inline constexpr adults_t adults{};

struct counter_t : sq::table<counter_t, "counter"> {
  column<"n", std::int64_t> n;
};
inline constexpr counter_t counter{};

// A tree: 1 root; 2, 3 under 1; 4 under 2; 5 under 4; 6 a root of its own.
struct nodes_t : sq::table<nodes_t, "run_nodes"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"parent", std::optional<std::int64_t>> parent;
  column<"label", std::string> label;
};
inline constexpr nodes_t nodes{};

// The walk's rows: a node and its depth below the start.
struct walk_t : sq::table<walk_t, "walk"> {
  column<"id", std::int64_t> id;
  column<"label", std::string> label;
  column<"depth", std::int64_t> depth;
};
inline constexpr walk_t walk{};
}  // namespace

TEST_CASE("with(): the statement reads a CTE by its typed columns", "[run][cte]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  auto q = sq::with(sq::cte(adults, sq::select(users.id, users.name).from(users).where(users.age >= 28)))
               .select(adults.name)
               .from(adults)
               .where(adults.id != 3)
               .order_by(adults.name);
  names got;
  for (auto const& [name] : db.execute(q)) got.push_back(name);
  CHECK(got == names{"Alice", "Eve"});
}

TEST_CASE("with_recursive(): a counting sequence", "[run][cte]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  for (std::int64_t last : {1, 5, 12}) {
    auto q = sq::with_recursive(
                 sq::cte(counter, sq::union_all(sq::select(sq::as_operand(std::int64_t{1})),
                                                sq::select(counter.n + 1).from(counter).where(counter.n < last))))
                 .select(counter.n)
                 .from(counter)
                 .order_by(counter.n);
    std::vector<std::int64_t> got;
    for (auto const& [n] : db.execute(q)) got.push_back(n);
    std::vector<std::int64_t> expected;
    for (std::int64_t i = 1; i <= last; ++i) expected.push_back(i);
    CHECK(got == expected);
  }
}

TEST_CASE("with_recursive(): a tree walk", "[run][cte]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, nodes);
  auto node = [&db](std::optional<std::int64_t> parent, char const* label) {
    if (parent)
      db.execute(sq::insert_into(nodes).values(nodes.parent = *parent, nodes.label = label));
    else
      db.execute(sq::insert_into(nodes).values(nodes.parent = std::nullopt, nodes.label = label));
  };
  node({}, "root");
  node(1, "a");
  node(1, "b");
  node(2, "a.x");
  node(4, "a.x.y");
  node({}, "other");

  auto below = [&db](std::int64_t start) {
    auto q = sq::with_recursive(
                 sq::cte(walk, sq::union_all(
                                   sq::select(nodes.id, nodes.label, sq::as_operand(std::int64_t{0}))
                                       .from(nodes)
                                       .where(nodes.id == start),
                                   sq::select(nodes.id, nodes.label, walk.depth + 1)
                                       .from(nodes, walk)
                                       .where(nodes.parent == walk.id))))
                 .select(walk.label, walk.depth)
                 .from(walk)
                 .order_by(walk.depth, walk.label);
    std::vector<std::string> out;
    for (auto const& [label, depth] : db.execute(q)) out.push_back(label + ":" + std::to_string(depth));
    return out;
  };
  CHECK(below(1) == names{"root:0", "a:1", "b:1", "a.x:2", "a.x.y:3"});
  CHECK(below(2) == names{"a:0", "a.x:1", "a.x.y:2"});
  CHECK(below(6) == names{"other:0"});
  CHECK(below(7).empty());
  db.execute(sq::drop_table(nodes));
}

TEST_CASE("cte<\"name\">(): a CTE read by the columns its query selected", "[run][cte]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  for (std::int64_t user : {1, 1, 3, 5, 5, 5}) db.execute(sq::insert_into(posts).values(posts.user_id = user));
  auto per_user = sq::cte<"per_user">(
      sq::select(users.name, sq::count().as<"n">()).from(users).join(posts).group_by(users.name));
  auto q = sq::with(per_user)
               .select(per_user[users.name], per_user.column<"n">())
               .from(per_user)
               .where(per_user.column<"n">() >= 2)
               .order_by(per_user[users.name]);
  std::vector<std::string> got;
  for (auto const& row : db.execute(q))
    got.push_back(row[per_user[users.name]] + ":" + std::to_string(row[per_user.column<"n">()]));
  CHECK(got == names{"Alice:2", "Eve:3"});
}
