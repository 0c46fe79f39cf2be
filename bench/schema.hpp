// SPDX-License-Identifier: BSL-1.0
// The tables, structs and settings the benchmarks share.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include <sequel/sequel.hpp>

namespace bench {
namespace sq = sequel;

struct users_t : sq::table<users_t, "bench_users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

struct posts_t : sq::table<posts_t, "bench_posts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"user_id", std::int64_t, sq::references<&users_t::id>> user_id;
  column<"title", std::string> title;
};
inline constexpr posts_t posts{};

// Rows per workload: SEQUEL_BENCH_ROWS, 10000 unless set (scripts/test's smoke run uses 100).
inline int rows() {
  static int const n = [] {
    char const* text = std::getenv("SEQUEL_BENCH_ROWS");
    int value = text ? std::atoi(text) : 0;
    return value > 0 ? value : 10000;
  }();
  return n;
}

}  // namespace bench
