// SPDX-License-Identifier: BSL-1.0
// PostgreSQL's binary wire format for the types sequel binds and reads: big-endian integers, IEEE
// floats, dates as days and timestamps as microseconds since 2000-01-01, and NUMERIC (what a
// NUMERIC(20) column of unsigned 64-bit values, or SUM() of a BIGINT, sends back). No libpq here.
#pragma once
#include <bit>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../run/backend.hpp"
#include "../run/error.hpp"
#include "../schema/types.hpp"

namespace sequel::postgres_detail {

// Type OIDs, fixed in PostgreSQL's catalog (pg_type.dat); libpq does not export them.
using oid = unsigned int;
inline constexpr oid bool_oid = 16, bytea_oid = 17, char_oid = 18, name_oid = 19, int8_oid = 20,
                     int2_oid = 21, int4_oid = 23, text_oid = 25, oid_oid = 26, json_oid = 114,
                     float4_oid = 700, float8_oid = 701, unknown_oid = 705, bpchar_oid = 1042,
                     varchar_oid = 1043, date_oid = 1082, timestamp_oid = 1114,
                     timestamptz_oid = 1184, numeric_oid = 1700, jsonb_oid = 3802;

// The type a parameter is declared with at PQprepare; 0 lets the server infer it (a bare NULL).
constexpr oid oid_of(param_type type) noexcept {
  switch (type) {
    case param_type::null: return 0;
    case param_type::boolean: return bool_oid;
    case param_type::integer: return int8_oid;  // every integer is bound as a 64-bit one
    case param_type::real: return float8_oid;
    case param_type::text: return text_oid;
    case param_type::blob: return bytea_oid;
    case param_type::date: return date_oid;
    case param_type::timestamp: return timestamp_oid;
  }
  return 0;
}

// PostgreSQL counts dates and times from 2000-01-01; std::chrono from 1970-01-01.
inline constexpr std::int64_t epoch_days = 10957;
inline constexpr std::int64_t epoch_us = epoch_days * 86400 * 1000000;

// The value with its bytes in network (big-endian) order: one instruction, where a loop over the
// bytes is not always recognised as one.
template <class U>
inline U byte_swapped(U value) noexcept {
  static_assert(std::is_unsigned_v<U>);
  if constexpr (std::endian::native == std::endian::big || sizeof(U) == 1) return value;
  else if constexpr (sizeof(U) == 2) return __builtin_bswap16(value);
  else if constexpr (sizeof(U) == 4) return __builtin_bswap32(value);
  else return __builtin_bswap64(value);
}

// Fixed-size values are encoded into a buffer of at least 8 bytes; each function returns the size.
template <class U>
inline int put_big_endian(char* out, U value) noexcept {
  value = byte_swapped(value);
  std::memcpy(out, &value, sizeof(U));
  return static_cast<int>(sizeof(U));
}

template <class U>
inline U get_big_endian(char const* data) noexcept {
  U value;
  std::memcpy(&value, data, sizeof(U));
  return byte_swapped(value);
}

inline int encode_bool(char* out, bool v) noexcept { return put_big_endian(out, std::uint8_t{v}); }
inline int encode_int64(char* out, std::int64_t v) noexcept {
  return put_big_endian(out, static_cast<std::uint64_t>(v));
}
inline int encode_double(char* out, double v) noexcept {
  return put_big_endian(out, std::bit_cast<std::uint64_t>(v));
}

inline int encode_date(char* out, std::chrono::sys_days day) {
  auto const days = static_cast<std::int64_t>(day.time_since_epoch().count()) - epoch_days;
  if (!std::in_range<std::int32_t>(days)) throw error("postgres: the date is outside PostgreSQL's range");
  return put_big_endian(out, static_cast<std::uint32_t>(static_cast<std::int32_t>(days)));
}

inline int encode_timestamp(char* out, timestamp_us t) {
  std::int64_t const us = t.time_since_epoch().count();
  if (us < std::numeric_limits<std::int64_t>::min() + epoch_us)
    throw error("postgres: the timestamp is outside PostgreSQL's range");
  return put_big_endian(out, static_cast<std::uint64_t>(us - epoch_us));
}

// A result column, described once per prepared statement.
struct column {
  oid type;
  int index;
  std::string name;
};

// A value as the server sent it, in binary. The read_* functions take it with its column: two
// registers and a reference to the cursor's description, so a read inlined into a loop keeps no
// copy of either in memory.
struct field {
  char const* data;
  std::size_t size;
};

// Out of line, so that the reads it guards stay small enough to inline.
[[noreturn, gnu::cold, gnu::noinline]] inline void cannot_read(column const& c, char const* as) {
  throw result_error("postgres: column " + std::to_string(c.index) + " (\"" + c.name + "\", type OID " +
                     std::to_string(c.type) + ") cannot be read as " + as);
}

template <class U>
inline U fixed(field f, column const& c, char const* as) {
  if (f.size != sizeof(U)) cannot_read(c, as);  // a value of another size than its type: never trust it
  return get_big_endian<U>(f.data);
}

inline bool is_integer_type(oid type) noexcept {
  return type == int2_oid || type == int4_oid || type == int8_oid || type == oid_oid;
}

// NUMERIC: int16 ndigits, int16 weight, uint16 sign, int16 dscale, then ndigits base-10000 digits;
// the value is the sum of digit[i] * 10000^(weight - i).
struct numeric_view {
  int ndigits = 0, weight = 0;
  std::uint16_t sign = 0;
  char const* digits = nullptr;

  static constexpr std::uint16_t positive = 0x0000, negative = 0x4000, nan = 0xC000, pinf = 0xD000,
                                 ninf = 0xF000;

  explicit numeric_view(field f, column const& c) {
    if (f.size < 8) cannot_read(c, "a number (malformed NUMERIC)");
    ndigits = static_cast<std::int16_t>(get_big_endian<std::uint16_t>(f.data));
    weight = static_cast<std::int16_t>(get_big_endian<std::uint16_t>(f.data + 2));
    sign = get_big_endian<std::uint16_t>(f.data + 4);
    digits = f.data + 8;
    if (ndigits < 0 || f.size != 8 + 2 * static_cast<std::size_t>(ndigits))
      cannot_read(c, "a number (malformed NUMERIC)");
    // What the server never sends: an unknown sign, or a base-10000 digit of 10000 or more.
    if (sign != positive && sign != negative && sign != nan && sign != pinf && sign != ninf)
      cannot_read(c, "a number (malformed NUMERIC)");
    for (int i = 0; i != ndigits; ++i)
      if (digit(i) >= 10000) cannot_read(c, "a number (malformed NUMERIC)");
  }
  unsigned digit(int i) const noexcept { return get_big_endian<std::uint16_t>(digits + 2 * i); }
};

inline std::int64_t numeric_to_int64(field f, column const& c) {
  numeric_view n(f, c);
  if (n.sign != numeric_view::positive && n.sign != numeric_view::negative)
    cannot_read(c, "an integer (it is NaN or infinite)");
  bool const negative = n.sign == numeric_view::negative;
  std::uint64_t const limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  std::uint64_t value = 0;
  // Digits 0..weight are the integer part (groups past ndigits are zero); the rest, the fraction.
  for (int i = 0; i <= n.weight; ++i) {
    unsigned const d = i < n.ndigits ? n.digit(i) : 0;
    if (value > (limit - d) / 10000) cannot_read(c, "a 64-bit integer (it is out of range)");
    value = value * 10000 + d;
  }
  for (int i = n.weight < 0 ? 0 : n.weight + 1; i < n.ndigits; ++i)
    if (n.digit(i) != 0) cannot_read(c, "an integer (it has a fraction)");
  return negative ? static_cast<std::int64_t>(~value + 1) : static_cast<std::int64_t>(value);
}

inline double numeric_to_double(field f, column const& c) {
  numeric_view n(f, c);
  switch (n.sign) {
    case numeric_view::nan: return std::numeric_limits<double>::quiet_NaN();
    case numeric_view::pinf: return std::numeric_limits<double>::infinity();
    case numeric_view::ninf: return -std::numeric_limits<double>::infinity();
    default: break;
  }
  // "<digits>e<exponent>", each base-10000 digit as four decimal ones, parsed with correct rounding.
  std::string text;
  text.reserve(static_cast<std::size_t>(n.ndigits) * 4 + 16);
  if (n.sign == numeric_view::negative) text += '-';
  text += '0';
  for (int i = 0; i != n.ndigits; ++i) {
    unsigned const d = n.digit(i);
    char const group[4] = {char('0' + d / 1000), char('0' + d / 100 % 10), char('0' + d / 10 % 10),
                           char('0' + d % 10)};
    text.append(group, 4);
  }
  text += 'e' + std::to_string((n.weight - n.ndigits + 1) * 4);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc::result_out_of_range) cannot_read(c, "a double (it is out of range)");
  if (ec != std::errc{} || end != text.data() + text.size()) cannot_read(c, "a double");
  return value;
}

// SMALLINT, OID and NUMERIC out of line: reads of BIGINT and INTEGER stay small enough to inline.
[[gnu::noinline]] inline std::int64_t read_other_int64(field f, column const& c) {
  switch (c.type) {
    case int2_oid: return static_cast<std::int16_t>(fixed<std::uint16_t>(f, c, "an integer"));
    case oid_oid: return fixed<std::uint32_t>(f, c, "an integer");
    case numeric_oid: return numeric_to_int64(f, c);
    default: cannot_read(c, "an integer");
  }
}

inline std::int64_t read_int64(field f, column const& c) {
  if (c.type == int8_oid) return static_cast<std::int64_t>(fixed<std::uint64_t>(f, c, "an integer"));
  if (c.type == int4_oid) return static_cast<std::int32_t>(fixed<std::uint32_t>(f, c, "an integer"));
  return read_other_int64(f, c);
}

inline double read_double(field f, column const& c) {
  switch (c.type) {
    case float4_oid: return std::bit_cast<float>(fixed<std::uint32_t>(f, c, "a double"));
    case float8_oid: return std::bit_cast<double>(fixed<std::uint64_t>(f, c, "a double"));
    case numeric_oid: return numeric_to_double(f, c);
    default:
      if (is_integer_type(c.type)) return static_cast<double>(read_int64(f, c));
      cannot_read(c, "a double");
  }
}

inline bool read_bool(field f, column const& c) {
  if (c.type == bool_oid) return fixed<std::uint8_t>(f, c, "a bool") != 0;
  if (is_integer_type(c.type)) return read_int64(f, c) != 0;
  cannot_read(c, "a bool");
}

// Text types send their bytes as they are (in the client encoding, UTF-8). The types other than
// TEXT and VARCHAR out of line: reads of those two stay small enough to inline.
[[gnu::noinline]] inline std::string_view read_other_text(field f, column const& c) {
  switch (c.type) {
    case bpchar_oid:
    case name_oid:
    case char_oid:
    case unknown_oid:
    case json_oid: return {f.data, f.size};
    case jsonb_oid:  // a version byte (1), then the JSON text
      if (f.size == 0 || f.data[0] != 1) cannot_read(c, "text (an unknown JSONB version)");
      return {f.data + 1, f.size - 1};
    default: cannot_read(c, "text");
  }
}

inline std::string_view read_text(field f, column const& c) {
  if (c.type == text_oid || c.type == varchar_oid) return {f.data, f.size};
  return read_other_text(f, c);
}

// PostgreSQL's own limits, in days and microseconds from 2000-01-01: dates from 4714-11-24 BC to
// 5874897-12-31, timestamps from 4714-11-24 BC to 294276-12-31 23:59:59.999999. A value outside
// them is not one the server sends; each is checked before any arithmetic, so a malformed one is a
// result_error, never a signed overflow.
inline constexpr std::int64_t min_date = -2451545, max_date = 2145031948;
inline constexpr std::int64_t min_timestamp = -211813488000000000,
                              max_timestamp = 9223371331200000000 - 1;
// What std::chrono::sys_time<std::chrono::microseconds> holds (a 64-bit count from 1970): up to
// 294247-01-10, short of PostgreSQL's last timestamps.
inline constexpr std::int64_t max_chrono_us = std::numeric_limits<std::int64_t>::max() - epoch_us;
inline constexpr std::int64_t max_chrono_days = max_chrono_us / (86400LL * 1000000) - 1;

// The days since 2000-01-01 a DATE holds, infinity and out-of-range values refused.
inline std::int64_t date_days(field f, column const& c) {
  if (c.type != date_oid) cannot_read(c, "a date");
  auto const days = static_cast<std::int32_t>(fixed<std::uint32_t>(f, c, "a date"));
  if (days == std::numeric_limits<std::int32_t>::min() || days == std::numeric_limits<std::int32_t>::max())
    cannot_read(c, "a date (it is infinity)");
  if (days < min_date || days > max_date) cannot_read(c, "a date (it is out of PostgreSQL's range)");
  return days;
}

inline std::chrono::sys_days read_date(field f, column const& c) {
  return std::chrono::sys_days{std::chrono::days{date_days(f, c) + epoch_days}};
}

// timestamp and timestamptz (sent as UTC) alike; a date is its midnight.
inline timestamp_us read_timestamp(field f, column const& c) {
  constexpr char const* too_late =
      "a timestamp (it is after 294247-01-10, the last time std::chrono's 64-bit microseconds hold)";
  if (c.type == date_oid) {
    std::int64_t const days = date_days(f, c);
    // Its midnight in microseconds must fit: a DATE runs to the year 5874897.
    if (days > max_chrono_days) cannot_read(c, too_late);
    return timestamp_us{std::chrono::microseconds{days * 86400 * 1000000 + epoch_us}};
  }
  if (c.type != timestamp_oid && c.type != timestamptz_oid) cannot_read(c, "a timestamp");
  auto const us = static_cast<std::int64_t>(fixed<std::uint64_t>(f, c, "a timestamp"));
  if (us == std::numeric_limits<std::int64_t>::min() || us == std::numeric_limits<std::int64_t>::max())
    cannot_read(c, "a timestamp (it is infinity)");
  if (us < min_timestamp || us > max_timestamp)
    cannot_read(c, "a timestamp (it is out of PostgreSQL's range)");
  if (us > max_chrono_us)
    cannot_read(c, too_late);
  return timestamp_us{std::chrono::microseconds{us + epoch_us}};
}

}  // namespace sequel::postgres_detail
