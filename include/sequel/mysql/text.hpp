// SPDX-License-Identifier: BSL-1.0
// Values the server sends as text although a C++ number or date is asked for: DECIMAL results
// (SUM, AVG), and dates in string columns. Numbers and dates of their own types never pass here.
#pragma once
#include <charconv>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

#include "../run/error.hpp"
#include "../schema/types.hpp"

namespace sequel::mysql_detail {

[[noreturn]] inline void not_a(char const* what, std::string_view text, int column) {
  throw result_error("column " + std::to_string(column) + ": '" +
                     std::string(text.substr(0, 64)) + "' is not " + what);
}

inline double parse_double(std::string_view text, int column) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) not_a("a number", text, column);
  return value;
}

// A whole number, or a decimal truncated toward zero (as a C++ conversion does).
inline std::int64_t parse_int64(std::string_view text, int column) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc{} && end == text.data() + text.size()) return value;
  double const real = parse_double(text, column);
  if (!(real > -9223372036854775808.0 && real < 9223372036854775808.0))
    not_a("a number in the range of std::int64_t", text, column);
  return static_cast<std::int64_t>(real);
}

// Broken-down UTC time, as MYSQL_TIME holds it.
struct civil_time {
  int year = 1970;
  unsigned month = 1, day = 1, hour = 0, minute = 0, second = 0;
  unsigned long microsecond = 0;
};

inline civil_time civil_of(timestamp_us t) {
  using namespace std::chrono;
  auto const day = floor<days>(t);
  year_month_day const ymd{day};
  hh_mm_ss const hms{t - day};
  return {static_cast<int>(ymd.year()),
          static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()),
          static_cast<unsigned>(hms.hours().count()),
          static_cast<unsigned>(hms.minutes().count()),
          static_cast<unsigned>(hms.seconds().count()),
          static_cast<unsigned long>(hms.subseconds().count())};
}

inline std::chrono::sys_days day_of(civil_time const& c, int column) {
  using namespace std::chrono;
  year_month_day const ymd{year{c.year}, month{c.month}, day{c.day}};
  if (!ymd.ok())
    throw result_error("column " + std::to_string(column) + ": " + std::to_string(c.year) + "-" +
                       std::to_string(c.month) + "-" + std::to_string(c.day) +
                       " is not a valid date (a zero date?)");
  return sys_days{ymd};
}

inline timestamp_us timestamp_of(civil_time const& c, int column) {
  using namespace std::chrono;
  return timestamp_us{day_of(c, column)} + hours{c.hour} + minutes{c.minute} + seconds{c.second} +
         microseconds{c.microsecond};
}

// "YYYY-MM-DD", optionally followed by " HH:MM:SS" or "THH:MM:SS" and up to six fraction digits.
inline civil_time parse_civil(std::string_view text, int column) {
  civil_time c;
  auto digits = [&](std::size_t at, std::size_t count) {
    unsigned value = 0;
    if (at + count > text.size()) not_a("a date or time", text, column);
    for (std::size_t i = at; i != at + count; ++i) {
      if (text[i] < '0' || text[i] > '9') not_a("a date or time", text, column);
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return value;
  };
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') not_a("a date", text, column);
  c.year = static_cast<int>(digits(0, 4));
  c.month = digits(5, 2);
  c.day = digits(8, 2);
  if (text.size() == 10) return c;
  if (text.size() < 19 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
    not_a("a date and time", text, column);
  c.hour = digits(11, 2);
  c.minute = digits(14, 2);
  c.second = digits(17, 2);
  if (text.size() == 19) return c;
  if (text[19] != '.' || text.size() > 26 || text.size() == 20) not_a("a date and time", text, column);
  unsigned long fraction = digits(20, text.size() - 20);
  for (auto i = text.size() - 20; i < 6; ++i) fraction *= 10;
  c.microsecond = fraction;
  return c;
}

// "YYYY-MM-DD", with " HH:MM:SS[.ffffff]" unless date_only.
inline std::string format_civil(civil_time const& c, bool date_only) {
  char buf[40];
  auto put = [](char* at, unsigned long value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) at[i] = static_cast<char>('0' + value % 10);
    return at + width;
  };
  char* p = buf;
  if (c.year < 0) *p++ = '-';
  p = put(p, static_cast<unsigned long>(c.year < 0 ? -c.year : c.year), 4);
  *p++ = '-';
  p = put(p, c.month, 2);
  *p++ = '-';
  p = put(p, c.day, 2);
  if (!date_only) {
    *p++ = ' ';
    p = put(p, c.hour, 2);
    *p++ = ':';
    p = put(p, c.minute, 2);
    *p++ = ':';
    p = put(p, c.second, 2);
    if (c.microsecond != 0) {
      *p++ = '.';
      p = put(p, c.microsecond, 6);
    }
  }
  return std::string(buf, p);
}

}  // namespace sequel::mysql_detail
