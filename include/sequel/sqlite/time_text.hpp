// SPDX-License-Identifier: BSL-1.0
// SQLite has no date type: dates and times are stored as ISO 8601 text ("2024-05-01",
// "2024-05-01 12:30:00.250000"), which sorts correctly and matches SQLite's own date functions.
// The parsers are strict and never throw: a text that is not exactly such a date or time is
// refused (std::nullopt), and the cursor raises the error naming the column.
#pragma once
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "../schema/types.hpp"

namespace sequel::sqlite_detail {

inline std::string format_date(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd{day};
  char buf[16];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                        static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return std::string(buf, static_cast<std::size_t>(n));
}

inline std::string format_timestamp(timestamp_us t) {
  auto day = std::chrono::floor<std::chrono::days>(t);
  std::chrono::hh_mm_ss hms{t - day};
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", static_cast<int>(hms.hours().count()),
                        static_cast<int>(hms.minutes().count()),
                        static_cast<int>(hms.seconds().count()));
  std::string text = format_date(day) + std::string(buf, static_cast<std::size_t>(n));
  if (auto us = hms.subseconds().count(); us != 0) {
    n = std::snprintf(buf, sizeof buf, ".%06d", static_cast<int>(us));
    text.append(buf, static_cast<std::size_t>(n));
  }
  return text;
}

// `count` decimal digits at `at`, or -1. Only '0'-'9': no sign, no space (std::from_chars and
// strtol would take "-1" or " 1").
inline int fixed_digits(std::string_view text, std::size_t at, std::size_t count) noexcept {
  if (at > text.size() || text.size() - at < count) return -1;
  int value = 0;
  for (std::size_t i = at; i != at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Exactly "YYYY-MM-DD" at the start of text: a month from 1 to 12 and a day that its month has in
// its year (February 29 only in a leap year).
inline std::optional<std::chrono::sys_days> parse_date_prefix(std::string_view text) noexcept {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int const y = fixed_digits(text, 0, 4), m = fixed_digits(text, 5, 2), d = fixed_digits(text, 8, 2);
  if (y < 0 || m < 1 || d < 1) return std::nullopt;
  std::chrono::year_month_day const ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

// "YYYY-MM-DD" and nothing else.
inline std::optional<std::chrono::sys_days> parse_date(std::string_view text) noexcept {
  if (text.size() != 10) return std::nullopt;
  return parse_date_prefix(text);
}

// "YYYY-MM-DD" (its midnight), or "YYYY-MM-DD HH:MM:SS" ('T' may replace the space) with an optional
// fraction: '.' and one or more digits, of which the first six (microseconds) are kept. Hours 0-23,
// minutes and seconds 0-59; nothing may follow.
inline std::optional<timestamp_us> parse_timestamp(std::string_view text) noexcept {
  using namespace std::chrono;
  auto const day = parse_date_prefix(text);
  if (!day) return std::nullopt;
  timestamp_us t = *day;
  if (text.size() == 10) return t;
  if (text.size() < 19 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
    return std::nullopt;
  int const h = fixed_digits(text, 11, 2), m = fixed_digits(text, 14, 2), s = fixed_digits(text, 17, 2);
  if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) return std::nullopt;
  t += hours{h} + minutes{m} + seconds{s};
  if (text.size() == 19) return t;
  if (text[19] != '.' || text.size() == 20) return std::nullopt;
  int fraction = 0;
  for (std::size_t i = 20; i != text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    if (i < 26) fraction = fraction * 10 + (text[i] - '0');
  }
  for (auto i = text.size(); i < 26; ++i) fraction *= 10;
  return t + microseconds{fraction};
}

}  // namespace sequel::sqlite_detail
