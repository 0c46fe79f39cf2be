// SPDX-License-Identifier: BSL-1.0
// Rendering: the SQL text of four static statements, per dialect, three ways:
//   sequel/sql_of   sq::sql_of<D, S>: the compile-time constant (what execute() uses)
//   sequel/to_sql   sq::to_sql<D>(stmt): the same text copied into a std::string
//   hand/fresh      hand-written std::string code building the same text into a new string
//   hand/reused     the same hand-written code appending into a buffer that is cleared and reused
// The hand-written text is checked equal to sequel's before anything is measured.
// Dynamic parts (an optional condition chosen at run time, IN lists of run-time length) do not
// exist yet, so there is nothing dynamic to measure here.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "schema.hpp"

namespace {
using namespace bench;

// --- The statements -------------------------------------------------------------------------------
auto select_where() {
  return sq::select(users.id, users.name, users.age).from(users).where(users.age > 28 && users.name.like("A%"));
}
auto insert() { return sq::insert_into(users).values(users.name = "Alice", users.age = 30); }
auto update() { return sq::update(users).set(users.age = 31).where(users.id == 1); }
auto two_tables() {
  return sq::select(posts.id, posts.title, users.name).from(posts, users).where(posts.user_id == users.id);
}

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
void hand_two_tables(std::string& out) {
  writer w = writer_for<D>(out);
  out += "SELECT ";
  w.column("bench_posts", "id");
  out += ", ";
  w.column("bench_posts", "title");
  out += ", ";
  w.column("bench_users", "name");
  out += " FROM ";
  w.name("bench_posts");
  out += ", ";
  w.name("bench_users");
  out += " WHERE ";
  w.column("bench_posts", "user_id");
  out += " = ";
  w.column("bench_users", "id");
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
  add<D, &two_tables, &hand_two_tables<D>>("render/" + dialect + "/two_tables", mismatches);
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
