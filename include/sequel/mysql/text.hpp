// SPDX-License-Identifier: BSL-1.0
// Values the server sends in another form than the C++ type asked for: DECIMAL results (SUM, AVG)
// and numbers in string columns as text, dates in string columns, DOUBLE and BIT read as integers.
// A conversion that would change the value (a fraction dropped, a value out of range, an invalid
// date) is a result_error naming the column, as the PostgreSQL connector does. Pure functions, no
// <mysql.h>: fuzz/mysql_values.cpp drives them with arbitrary input.
#pragma once
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

#include "../run/error.hpp"
#include "../schema/types.hpp"

namespace sequel::mysql_detail {

// A result column, for messages: its position and its name as the server sent it.
struct column_id {
  int index = 0;
  std::string_view name;

  std::string describe() const {
    std::string out = "mysql: column " + std::to_string(index);
    if (!name.empty()) out += " (\"" + std::string(name.substr(0, 64)) + "\")";
    return out;
  }
};

[[noreturn, gnu::cold, gnu::noinline]] inline void cannot_read(column_id const& c, std::string_view why) {
  throw result_error(c.describe() + ": " + std::string(why));
}

[[noreturn, gnu::cold, gnu::noinline]] inline void not_a(char const* what, std::string_view text,
                                                        column_id const& c) {
  throw result_error(c.describe() + ": '" + std::string(text.substr(0, 64)) + "' is not " + what);
}

inline double parse_double(std::string_view text, column_id const& c) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) not_a("a number (in the range of double)", text, c);
  return value;
}

// A whole number: digits with an optional sign, or a DECIMAL whose fraction is zero ("3.000").
// A fraction ("3.7") or a value outside std::int64_t is an error, never truncated or wrapped.
inline std::int64_t parse_int64(std::string_view text, column_id const& c) {
  auto const dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  if (dot != std::string_view::npos) {
    std::string_view const fraction = text.substr(dot + 1);
    for (char d : fraction)
      if (d < '0' || d > '9') not_a("a number", text, c);
    if (fraction.find_first_not_of('0') != std::string_view::npos)
      not_a("a whole number (reading it as an integer would drop its fraction)", text, c);
    if (whole.empty() || whole == "-" || whole == "+") {
      if (fraction.empty()) not_a("a number", text, c);
      return 0;  // ".0", "-.00"
    }
  }
  if (whole.starts_with('+')) whole.remove_prefix(1);  // from_chars takes '-' only
  if (whole.empty() || whole[0] == '+') not_a("a whole number", text, c);
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), value);
  if (ec == std::errc::result_out_of_range) not_a("a number in the range of std::int64_t", text, c);
  if (ec != std::errc{} || end != whole.data() + whole.size()) not_a("a whole number", text, c);
  return value;
}

// A FLOAT or DOUBLE read as an integer: only a whole number within std::int64_t.
inline std::int64_t int64_of_real(double value, column_id const& c) {
  // 2^63 is exact in a double; every double below it in magnitude converts without overflow.
  if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0))
    cannot_read(c, "the value does not fit std::int64_t (or is not a number)");
  auto const whole = static_cast<std::int64_t>(value);
  if (static_cast<double>(whole) != value)
    cannot_read(c, "the value has a fraction; reading it as an integer would drop it");
  return whole;
}

// BIT(n) arrives as up to 8 big-endian bytes; a value above INT64_MAX does not fit.
inline std::int64_t int64_of_bits(std::string_view bytes, column_id const& c) {
  if (bytes.size() > 8) cannot_read(c, "a BIT value longer than 64 bits");
  std::uint64_t value = 0;
  for (char byte : bytes) value = value << 8 | static_cast<unsigned char>(byte);
  if (value > static_cast<std::uint64_t>(INT64_MAX)) cannot_read(c, "the BIT value does not fit std::int64_t");
  return static_cast<std::int64_t>(value);
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

inline std::chrono::sys_days day_of(civil_time const& c, column_id const& col) {
  using namespace std::chrono;
  // year{} takes -32767..32767: anything else is no date either (and would not convert).
  bool const in_range = c.year >= -32767 && c.year <= 32767 && c.month <= 12 && c.day <= 31;
  year_month_day const ymd = in_range ? year_month_day{year{c.year}, month{c.month}, day{c.day}}
                                      : year_month_day{};
  if (!in_range || !ymd.ok())
    cannot_read(col, std::to_string(c.year) + "-" + std::to_string(c.month) + "-" +
                         std::to_string(c.day) + " is not a valid date (a zero date?)");
  return sys_days{ymd};
}

inline timestamp_us timestamp_of(civil_time const& c, column_id const& col) {
  using namespace std::chrono;
  if (c.hour > 23 || c.minute > 59 || c.second > 59 || c.microsecond > 999999)
    cannot_read(col, "the time of day is out of range");
  return timestamp_us{day_of(c, col)} + hours{c.hour} + minutes{c.minute} + seconds{c.second} +
         microseconds{c.microsecond};
}

// "YYYY-MM-DD", optionally followed by " HH:MM:SS" or "THH:MM:SS" and up to six fraction digits.
// The date and the time of day must be valid.
inline civil_time parse_civil(std::string_view text, column_id const& col) {
  civil_time c;
  auto digits = [&](std::size_t at, std::size_t count) {
    unsigned value = 0;
    if (at + count > text.size()) not_a("a date or time", text, col);
    for (std::size_t i = at; i != at + count; ++i) {
      if (text[i] < '0' || text[i] > '9') not_a("a date or time", text, col);
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return value;
  };
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') not_a("a date", text, col);
  c.year = static_cast<int>(digits(0, 4));
  c.month = digits(5, 2);
  c.day = digits(8, 2);
  if (text.size() > 10) {
    if (text.size() < 19 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
      not_a("a date and time", text, col);
    c.hour = digits(11, 2);
    c.minute = digits(14, 2);
    c.second = digits(17, 2);
    if (text.size() > 19) {
      if (text[19] != '.' || text.size() > 26 || text.size() == 20) not_a("a date and time", text, col);
      unsigned long fraction = digits(20, text.size() - 20);
      for (auto i = text.size() - 20; i < 6; ++i) fraction *= 10;
      c.microsecond = fraction;
    }
  }
  (void)timestamp_of(c, col);  // a valid date and time of day, or result_error
  return c;
}

// "YYYY-MM-DD", with " HH:MM:SS[.ffffff]" unless date_only. Each field is written in full, however
// large (a field wider than its width is not cut to its last digits).
inline std::string format_civil(civil_time const& c, bool date_only) {
  std::string out;
  auto put = [&out](unsigned long value, std::size_t width) {
    auto const digits = std::to_string(value);
    if (digits.size() < width) out.append(width - digits.size(), '0');
    out += digits;
  };
  if (c.year < 0) out += '-';
  put(static_cast<unsigned long>(c.year < 0 ? -static_cast<long>(c.year) : c.year), 4);
  out += '-';
  put(c.month, 2);
  out += '-';
  put(c.day, 2);
  if (!date_only) {
    out += ' ';
    put(c.hour, 2);
    out += ':';
    put(c.minute, 2);
    out += ':';
    put(c.second, 2);
    if (c.microsecond != 0) {
      out += '.';
      put(c.microsecond, 6);
    }
  }
  return out;
}

// A TIME value (a duration, -838:59:59 to 838:59:59) as MariaDB writes it: "[-]HH:MM:SS[.ffffff]",
// the hours in as many digits as they need. MYSQL_TIME may keep whole days apart from the hours.
inline std::string format_time(bool negative, unsigned long days, unsigned long hours, unsigned minute,
                               unsigned second, unsigned long microsecond) {
  std::string out = negative ? "-" : "";
  auto put = [&out](unsigned long value, std::size_t width) {
    auto const digits = std::to_string(value);
    if (digits.size() < width) out.append(width - digits.size(), '0');
    out += digits;
  };
  put(days * 24 + hours, 2);
  out += ':';
  put(minute, 2);
  out += ':';
  put(second, 2);
  if (microsecond != 0) {
    out += '.';
    put(microsecond, 6);
  }
  return out;
}

}  // namespace sequel::mysql_detail
