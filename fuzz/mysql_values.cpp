// SPDX-License-Identifier: BSL-1.0
// libFuzzer harness for the MariaDB connector's pure decoders: the text of DECIMAL, number and date
// values (mysql/text.hpp), DOUBLE and BIT values read as integers, TIME values written as text, the
// withholding of values in server messages (mysql/errors.hpp) and URL options
// (mysql/settings.hpp). The first byte picks the decoder, the rest is its input. Errors are
// sq::error exceptions; anything else (a crash, an undefined operation, a value that does not
// round-trip) is a finding.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <sequel/mysql/errors.hpp>
#include <sequel/mysql/settings.hpp>
#include <sequel/mysql/text.hpp>

namespace md = sequel::mysql_detail;

namespace {
void check(bool ok) {
  if (!ok) std::abort();
}

void civil(std::string_view text, md::column_id const& col) {
  md::civil_time const c = md::parse_civil(text, col);
  // Whatever parses is a valid date and time, and writes back to text that parses the same.
  auto const t = md::timestamp_of(c, col);
  std::string const written = md::format_civil(c, text.size() == 10);
  md::civil_time const again = md::parse_civil(written, col);
  check(md::timestamp_of(again, col) == t);
  check(md::civil_of(t).year == c.year);
}

void integer(std::string_view text, md::column_id const& col) {
  std::int64_t const value = md::parse_int64(text, col);
  // A whole number parses to the value its digits say: written back, it parses the same.
  check(md::parse_int64(std::to_string(value), col) == value);
}

void real(std::string_view bytes, md::column_id const& col) {
  double value = 0;
  std::memcpy(&value, bytes.data(), std::min(bytes.size(), sizeof value));
  std::int64_t const whole = md::int64_of_real(value, col);
  check(static_cast<double>(whole) == value);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view const input(reinterpret_cast<char const*>(data) + 1, size - 1);
  md::column_id const col{3, input.substr(0, 8)};
  try {
    switch (data[0] % 9) {
      case 0: (void)md::parse_double(input, col); break;
      case 1: integer(input, col); break;
      case 2: civil(input, col); break;
      case 3: real(input, col); break;
      case 4: (void)md::int64_of_bits(input, col); break;
      case 5: {
        // A server message with a value quoted: the value never survives.
        unsigned const codes[] = {1062, 1586, 1761, 1762, 1292, 1366, 1411, 1525, 1367, 1048};
        unsigned const code = codes[(data[0] / 8) % 10];
        std::string const message = md::without_values(code, std::string(input));
        check(message.size() <= input.size() + 16);
        break;
      }
      case 6: (void)md::is_query(input); break;
      case 7: (void)md::settings_of("mysql://" + std::string(input)); break;
      case 8: {
        // A TIME as MYSQL_TIME holds it: any field values give text, never a crash.
        unsigned long fields[5] = {};
        std::memcpy(fields, input.data(), std::min(input.size(), sizeof fields));
        std::string const text = md::format_time(data[0] & 0x10, fields[0] % 100000, fields[1] % 100000,
                                                 static_cast<unsigned>(fields[2]),
                                                 static_cast<unsigned>(fields[3]), fields[4]);
        check(text.size() >= 8);
        break;
      }
    }
  } catch (sequel::error const&) {
  }
  return 0;
}
