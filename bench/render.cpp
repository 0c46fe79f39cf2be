// SPDX-License-Identifier: BSL-1.0
// Rendering: the SQL text of four static statements, per dialect, three ways:
//   sequel/sql_of   sq::sql_of<D, S>: the compile-time constant (what execute() uses)
//   sequel/to_sql   sq::to_sql<D>(stmt): the same text copied into a std::string
//   hand/fresh      hand-written std::string code building the same text into a new string
//   hand/reused     the same hand-written code appending into a buffer that is cleared and reused
// The hand-written text is checked equal to sequel's before anything is measured.
// Run-time parts, per dialect, into a buffer that is cleared and reused:
//   dynamic_where   a where of three conditions, each chosen at run time (sq::dynamic_where)
//   in_100          an IN list of 100 values (users.id.in(vector))
// sequel/render renders a statement built beforehand (sq::render_dynamic_sql); sequel/build_render
// also builds it (the condition list, the statement) inside the loop; hand/reused appends the same
// text with hand-written std::string code.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "schema.hpp"

namespace {
using namespace bench;

// --- The statements -------------------------------------------------------------------------------
auto select_where() {
  return sq::select(users.id, users.name, users.age).from(users).where(users.age > 28 && users.name.like("A%"));
}
auto insert() { return sq::insert_into(users).values(users.name = "Alice", users.age = 30); }
auto update() { return sq::update(users).set(users.age = 31).where(users.id == 1); }
auto join() { return sq::select(posts.id, posts.title, users.name).from(posts).join(users); }

// Three optional conditions; which ones is known only at run time.
struct filters {
  bool by_age = true, by_name = true, by_id = true;
};
auto filtered(filters const& f) {
  auto condition = sq::dynamic_where(users);
  if (f.by_age) condition.add(users.age > 28);
  if (f.by_name) condition.add(users.name.like("A%"));
  if (f.by_id) condition.add(users.id < 1000);
  return sq::select(users.id, users.name).from(users).where(condition);
}
std::vector<std::int64_t> const hundred_ids = [] {
  std::vector<std::int64_t> ids(100);
  for (std::size_t i = 0; i != ids.size(); ++i) ids[i] = static_cast<std::int64_t>(i) * 7;
  return ids;
}();
auto in_100() { return sq::select(users.name).from(users).where(users.id.in(hundred_ids)); }

// --- The hand-written counterpart --------------------------------------------------------------------
struct writer {
  std::string& out;
  char quote;
  bool numbered;  // $1, $2 ... (PostgreSQL) instead of ?
  int params = 0;

  void name(std::string_view n) {
    out += quote;
    out += n;
    out += quote;
  }
  void column(std::string_view table, std::string_view col) {
    name(table);
    out += '.';
    name(col);
  }
  void param() {
    if (numbered) {
      out += '$';
      out += std::to_string(++params);
    } else {
      out += '?';
    }
  }
};

template <class D>
writer writer_for(std::string& out) {
  if constexpr (std::is_same_v<D, sq::mysql>) return {out, '`', false};
  else return {out, '"', std::is_same_v<D, sq::postgres>};
}

template <class D>
void hand_select_where(std::string& out) {
  writer w = writer_for<D>(out);
  out += "SELECT ";
  w.column("bench_users", "id");
  out += ", ";
  w.column("bench_users", "name");
  out += ", ";
  w.column("bench_users", "age");
  out += " FROM ";
  w.name("bench_users");
  out += " WHERE ";
  w.column("bench_users", "age");
  out += " > ";
  w.param();
  out += " AND ";
  w.column("bench_users", "name");
  out += " LIKE ";
  w.param();
}
template <class D>
void hand_insert(std::string& out) {
  writer w = writer_for<D>(out);
  out += "INSERT INTO ";
  w.name("bench_users");
  out += " (";
  w.name("name");
  out += ", ";
  w.name("age");
  out += ") VALUES (";
  w.param();
  out += ", ";
  w.param();
  out += ')';
  if constexpr (std::is_same_v<D, sq::postgres>) {
    out += " RETURNING ";
    w.name("id");
  }
}
template <class D>
void hand_update(std::string& out) {
  writer w = writer_for<D>(out);
  out += "UPDATE ";
  w.name("bench_users");
  out += " SET ";
  w.name("age");
  out += " = ";
  w.param();
  out += " WHERE ";
  w.column("bench_users", "id");
  out += " = ";
  w.param();
}
template <class D>
void hand_join(std::string& out) {
  writer w = writer_for<D>(out);
  out += "SELECT ";
  w.column("bench_posts", "id");
  out += ", ";
  w.column("bench_posts", "title");
  out += ", ";
  w.column("bench_users", "name");
  out += " FROM ";
  w.name("bench_posts");
  out += " JOIN ";
  w.name("bench_users");
  out += " ON ";
  w.column("bench_posts", "user_id");
  out += " = ";
  w.column("bench_users", "id");
}
template <class D>
void hand_dynamic_where(std::string& out, filters const& f) {
  writer w = writer_for<D>(out);
  out += "SELECT ";
  w.column("bench_users", "id");
  out += ", ";
  w.column("bench_users", "name");
  out += " FROM ";
  w.name("bench_users");
  char const* glue = " WHERE ";
  if (f.by_age) {
    out += glue;
    w.column("bench_users", "age");
    out += " > ";
    w.param();
    glue = " AND ";
  }
  if (f.by_name) {
    out += glue;
    w.column("bench_users", "name");
    out += " LIKE ";
    w.param();
    glue = " AND ";
  }
  if (f.by_id) {
    out += glue;
    w.column("bench_users", "id");
    out += " < ";
    w.param();
  }
}
template <class D>
void hand_in_100(std::string& out) {
  writer w = writer_for<D>(out);
  out += "SELECT ";
  w.column("bench_users", "name");
  out += " FROM ";
  w.name("bench_users");
  out += " WHERE ";
  w.column("bench_users", "id");
  out += " IN (";
  for (std::size_t i = 0; i != hundred_ids.size(); ++i) {
    if (i != 0) out += ", ";
    w.param();
  }
  out += ')';
}

// --- The benchmarks -----------------------------------------------------------------------------------
template <class D, auto Make>
void sql_of(benchmark::State& state) {
  using S = decltype(Make());
  for (auto _ : state) {
    std::string_view sql = sq::sql_of<D, S>;
    benchmark::DoNotOptimize(sql);
  }
}
template <class D, auto Make>
void to_sql(benchmark::State& state) {
  auto const stmt = Make();
  for (auto _ : state) {
    std::string sql = sq::to_sql<D>(stmt);
    benchmark::DoNotOptimize(sql);
  }
}
template <auto Hand>
void hand_fresh(benchmark::State& state) {
  for (auto _ : state) {
    std::string sql;
    Hand(sql);
    benchmark::DoNotOptimize(sql);
  }
}
template <auto Hand>
void hand_reused(benchmark::State& state) {
  std::string sql;
  for (auto _ : state) {
    sql.clear();
    Hand(sql);
    benchmark::DoNotOptimize(sql);
  }
}

// Run-time parts: the filters are read through DoNotOptimize so the choice stays a run-time one.
template <class D>
void dynamic_render(benchmark::State& state) {
  filters f;
  benchmark::DoNotOptimize(f);
  auto const stmt = filtered(f);
  std::string sql;
  for (auto _ : state) {
    sq::render_dynamic_sql<D>(sql, stmt);
    benchmark::DoNotOptimize(sql);
  }
}
template <class D>
void dynamic_build_render(benchmark::State& state) {
  filters f;
  benchmark::DoNotOptimize(f);
  std::string sql;
  for (auto _ : state) {
    sq::render_dynamic_sql<D>(sql, filtered(f));
    benchmark::DoNotOptimize(sql);
  }
}
template <class D>
void dynamic_hand(benchmark::State& state) {
  filters f;
  benchmark::DoNotOptimize(f);
  std::string sql;
  for (auto _ : state) {
    sql.clear();
    hand_dynamic_where<D>(sql, f);
    benchmark::DoNotOptimize(sql);
  }
}
template <class D>
void in_render(benchmark::State& state) {
  auto const stmt = in_100();
  std::string sql;
  for (auto _ : state) {
    sq::render_dynamic_sql<D>(sql, stmt);
    benchmark::DoNotOptimize(sql);
  }
}
template <class D>
void in_build_render(benchmark::State& state) {
  std::string sql;
  for (auto _ : state) {
    sq::render_dynamic_sql<D>(sql, in_100());
    benchmark::DoNotOptimize(sql);
  }
}

// Registers the run-time cases of one dialect, after checking the texts are equal.
template <class D>
void add_dynamic(std::string const& dialect, int& mismatches) {
  auto check = [&](std::string const& name, std::string const& ours, std::string const& hand) {
    if (ours == hand) return;
    std::fprintf(stderr, "bench_render: %s: the hand-written text differs:\n  sequel: %s\n  hand:   %s\n",
                 name.c_str(), ours.c_str(), hand.c_str());
    ++mismatches;
  };
  std::string ours, hand;
  sq::render_dynamic_sql<D>(ours, filtered(filters{}));
  hand_dynamic_where<D>(hand, filters{});
  check(dialect + "/dynamic_where", ours, hand);
  hand.clear();
  sq::render_dynamic_sql<D>(ours, in_100());
  hand_in_100<D>(hand);
  check(dialect + "/in_100", ours, hand);
  std::string const where = "render/" + dialect + "/dynamic_where";
  benchmark::RegisterBenchmark((where + "/sequel_render").c_str(), &dynamic_render<D>);
  benchmark::RegisterBenchmark((where + "/sequel_build_render").c_str(), &dynamic_build_render<D>);
  benchmark::RegisterBenchmark((where + "/hand_reused").c_str(), &dynamic_hand<D>);
  std::string const in = "render/" + dialect + "/in_100";
  benchmark::RegisterBenchmark((in + "/sequel_render").c_str(), &in_render<D>);
  benchmark::RegisterBenchmark((in + "/sequel_build_render").c_str(), &in_build_render<D>);
  benchmark::RegisterBenchmark((in + "/hand_reused").c_str(), &hand_reused<&hand_in_100<D>>);
}

// Registers the four ways for one statement and dialect, after checking the texts are equal.
template <class D, auto Make, auto Hand>
void add(std::string const& prefix, int& mismatches) {
  std::string hand;
  Hand(hand);
  std::string_view const ours = sq::sql_of<D, decltype(Make())>;
  if (hand != ours) {
    std::fprintf(stderr, "bench_render: %s: the hand-written text differs:\n  sequel: %.*s\n  hand:   %s\n",
                 prefix.c_str(), static_cast<int>(ours.size()), ours.data(), hand.c_str());
    ++mismatches;
  }
  benchmark::RegisterBenchmark((prefix + "/sequel_sql_of").c_str(), &sql_of<D, Make>);
  benchmark::RegisterBenchmark((prefix + "/sequel_to_sql").c_str(), &to_sql<D, Make>);
  benchmark::RegisterBenchmark((prefix + "/hand_fresh").c_str(), &hand_fresh<Hand>);
  benchmark::RegisterBenchmark((prefix + "/hand_reused").c_str(), &hand_reused<Hand>);
}

template <class D>
void add_dialect(std::string const& dialect, int& mismatches) {
  add<D, &select_where, &hand_select_where<D>>("render/" + dialect + "/select_where", mismatches);
  add<D, &insert, &hand_insert<D>>("render/" + dialect + "/insert", mismatches);
  add<D, &update, &hand_update<D>>("render/" + dialect + "/update", mismatches);
  add<D, &join, &hand_join<D>>("render/" + dialect + "/join", mismatches);
  add_dynamic<D>(dialect, mismatches);
}

}  // namespace

int main(int argc, char** argv) {
  int mismatches = 0;
  add_dialect<sq::sqlite>("sqlite", mismatches);
  add_dialect<sq::postgres>("postgres", mismatches);
  add_dialect<sq::mysql>("mysql", mismatches);
  if (mismatches) return 1;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
