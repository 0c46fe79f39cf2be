// SPDX-License-Identifier: BSL-1.0
// The tables the SQL-text tests render, shared by every tests/sql/*.cpp. They live in a namespace of
// their own, as inline constexpr objects, so the files link into one executable without clashing.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include <sequel/sequel.hpp>

namespace sql_test {
namespace sq = sequel;

struct users_t : sq::table<users_t, "users"> {
  column<"id", std::int64_t, sq::primary_key> id;  // generated
  column<"name", std::string> name;                 // NOT NULL, no default: required
  column<"age", std::optional<int>> age;            // nullable
};
inline constexpr users_t users{};

struct posts_t : sq::table<posts_t, "posts"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"user_id", std::int64_t, sq::references<&users_t::id>> user_id;
  column<"title", std::string, sq::default_value<"">> title;
  column<"score", double, sq::default_value<0>> score;
  column<"published", bool, sq::default_value<false>> published;
};
inline constexpr posts_t posts{};

// Every built-in column type, NOT NULL and nullable.
struct types_t : sq::table<types_t, "types"> {
  column<"i8", std::int8_t> i8;
  column<"u8", std::uint8_t> u8;
  column<"i16", std::int16_t> i16;
  column<"u16", std::uint16_t> u16;
  column<"i32", std::int32_t> i32;
  column<"u32", std::uint32_t> u32;
  column<"i64", std::int64_t> i64;
  column<"u64", std::uint64_t> u64;
  column<"flag", bool> flag;
  column<"f", float> f;
  column<"d", double> d;
  column<"text", std::string> text;
  column<"data", sq::blob> data;
  column<"day", std::chrono::sys_days> day;
  column<"at", std::chrono::sys_seconds> at;
  column<"at_us", sq::timestamp_us> at_us;
  column<"maybe_int", std::optional<int>> maybe_int;
  column<"maybe_double", std::optional<double>> maybe_double;
  column<"maybe_text", std::optional<std::string>> maybe_text;
  column<"maybe_data", std::optional<sq::blob>> maybe_data;
  column<"maybe_day", std::optional<std::chrono::sys_days>> maybe_day;
};
inline constexpr types_t types{};

// Every column option.
struct options_t : sq::table<options_t, "options"> {
  column<"code", std::string, sq::primary_key> code;  // a text key is not generated
  column<"email", std::string, sq::unique> email;
  column<"nick", std::optional<std::string>, sq::unique> nick;
  column<"label", std::string, sq::default_value<"it's">> label;
  column<"zero", int, sq::default_value<0>> zero;
  column<"minus", std::int64_t, sq::default_value<-5>> minus;
  column<"yes", bool, sq::default_value<true>> yes;
  column<"born", std::chrono::sys_days, sq::default_value<"2000-01-01">> born;
  column<"ratio", double, sq::default_value<1>> ratio;
  column<"owner", std::int64_t, sq::references<&users_t::id>, sq::on_delete_cascade> owner;
  column<"editor", std::optional<std::int64_t>, sq::references<&users_t::id>> editor;
  column<"short_name", std::string, sq::sql_type<"VARCHAR(40)">> short_name;
  column<"money", std::optional<double>, sq::sql_type<"DECIMAL(10,2)">, sq::default_value<0>> money;
};
inline constexpr options_t options{};

// A composite primary key: neither column is generated, both must be inserted.
struct memberships_t : sq::table<memberships_t, "memberships"> {
  column<"user_id", std::int64_t, sq::primary_key, sq::references<&users_t::id>> user_id;
  column<"group_id", std::int32_t, sq::primary_key> group_id;
  column<"role", std::string, sq::default_value<"member">> role;
};
inline constexpr memberships_t memberships{};

// Only nullable or defaulted columns: INSERT may name none.
struct events_t : sq::table<events_t, "events"> {
  column<"id", std::int32_t, sq::primary_key> id;
  column<"note", std::optional<std::string>> note;
  column<"level", int, sq::default_value<1>> level;
};
inline constexpr events_t events{};

// A user type stored through sq::type_traits (specialized below, outside this namespace).
enum class color : std::int16_t { red, green, blue };

}  // namespace sql_test

template <>
struct sequel::type_traits<sql_test::color> {
  using storage_type = std::int16_t;
  static storage_type to_storage(sql_test::color c) { return static_cast<storage_type>(c); }
  static sql_test::color from_storage(storage_type v) { return static_cast<sql_test::color>(v); }
};

namespace sql_test {

struct paints_t : sq::table<paints_t, "paints"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"color", color> shade;
  column<"second", std::optional<color>, sq::default_value<0>> second;
};
inline constexpr paints_t paints{};

// Identifiers that need quoting: a quote inside a name is doubled.
struct odd_t : sq::table<odd_t, "odd \"name\""> {
  column<"back`tick", int> tick;
  column<"select", std::optional<int>> keyword;
};
inline constexpr odd_t odd{};

// One bound value, printed as a test expects it: 28, 'A%', NULL, true.
template <class T>
void print_value(std::string& out, T const& value) {
  if constexpr (std::is_same_v<T, sq::null_t>) {
    out += "NULL";
  } else if constexpr (requires { value.has_value(); *value; }) {
    if (value) print_value(out, *value);
    else out += "NULL";
  } else if constexpr (std::is_same_v<T, bool>) {
    out += value ? "true" : "false";
  } else if constexpr (std::is_arithmetic_v<T>) {
    out += std::to_string(value);
  } else if constexpr (std::is_convertible_v<T const&, std::string_view>) {
    out += '\'';
    out += std::string_view(value);
    out += '\'';
  } else {
    out += "<value>";
  }
}

// The values a statement binds, in binding order, comma-separated.
template <class S>
std::string bound_values(S const& statement) {
  std::string out;
  auto print = [&out](auto const& value) {
    if (!out.empty()) out += ", ";
    print_value(out, value);
  };
  statement.for_each_param(print);
  return out;
}

}  // namespace sql_test
