// SPDX-License-Identifier: BSL-1.0
// The tables most compile-fail cases use; each case adds only its misuse and its corrected twin.
#pragma once
#include <sequel/sequel.hpp>

namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
};
inline constexpr users_t users{};

struct posts_t : sq::table<posts_t, "posts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"user_id", std::int64_t, sq::references<&users_t::id>> user_id;
  column<"title", std::string, sq::default_value<"">> title;
  column<"day", std::optional<std::chrono::sys_days>> day;
};
inline constexpr posts_t posts{};
