// SPDX-License-Identifier: BSL-1.0
// SQLite has no date type: dates and times are stored as ISO 8601 text ("2024-05-01",
// "2024-05-01 12:30:00.250000"), which sorts correctly and matches SQLite's own date functions.
#pragma once
#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

#include "../run/error.hpp"
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

inline int parse_digits(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  if (at + count > text.size() ||
      std::from_chars(text.data() + at, text.data() + at + count, value).ptr != text.data() + at + count)
    throw result_error("sqlite: '" + std::string(text) + "' is not an ISO 8601 date or time");
  return value;
}

inline std::chrono::sys_days parse_date(std::string_view text) {
  std::chrono::year_month_day ymd{std::chrono::year{parse_digits(text, 0, 4)},
                                  std::chrono::month{static_cast<unsigned>(parse_digits(text, 5, 2))},
                                  std::chrono::day{static_cast<unsigned>(parse_digits(text, 8, 2))}};
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !ymd.ok())
    throw result_error("sqlite: '" + std::string(text) + "' is not an ISO 8601 date");
  return std::chrono::sys_days{ymd};
}

// "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" or with 'T', optionally with up to 6 fraction digits.
inline timestamp_us parse_timestamp(std::string_view text) {
  using namespace std::chrono;
  timestamp_us t = parse_date(text);
  if (text.size() == 10) return t;
  if (text.size() < 19 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
    throw result_error("sqlite: '" + std::string(text) + "' is not an ISO 8601 time");
  t += hours{parse_digits(text, 11, 2)} + minutes{parse_digits(text, 14, 2)} +
       seconds{parse_digits(text, 17, 2)};
  if (text.size() > 20 && text[19] == '.') {
    auto digits = std::min<std::size_t>(text.size() - 20, 6);
    int fraction = parse_digits(text, 20, digits);
    for (auto i = digits; i < 6; ++i) fraction *= 10;
    t += microseconds{fraction};
  }
  return t;
}

}  // namespace sequel::sqlite_detail
