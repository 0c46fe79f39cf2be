// SPDX-License-Identifier: BSL-1.0
// libFuzzer harness for the SQLite connector's pure decoders: the date and time text parsers, the
// check of what follows a prepared statement, and the sqlite:// URL parser. Errors are exceptions,
// which are caught; a wrong round trip traps.
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
//     -Iinclude fuzz/sqlite_values.cpp -o /tmp/sqlite_values_fuzz && /tmp/sqlite_values_fuzz fuzz/corpus/sqlite_values
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <sequel/sqlite/statement_text.hpp>
#include <sequel/sqlite/time_text.hpp>
#include <sequel/sqlite/url.hpp>

namespace sq = sequel;

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const text(reinterpret_cast<char const*>(data), size);

  if (auto const day = sq::sqlite_detail::parse_date(text)) {
    // A date that parses is written back exactly as it was read.
    if (sq::sqlite_detail::format_date(*day) != text) __builtin_trap();
    if (sq::sqlite_detail::parse_timestamp(text) != sq::timestamp_us{*day}) __builtin_trap();
  }
  if (auto const t = sq::sqlite_detail::parse_timestamp(text)) {
    // Formatting and parsing again gives the same instant.
    if (sq::sqlite_detail::parse_timestamp(sq::sqlite_detail::format_timestamp(*t)) != t) __builtin_trap();
  }

  (void)sq::sqlite_detail::holds_no_statement(text);

  try {
    auto const options = sq::sqlite_detail::parse_url(text);
    if (!options.uri.starts_with("file:")) __builtin_trap();
    // The URI holds no raw '#' and, in its path, no raw '?': SQLite would cut the name there.
    auto const query_at = options.uri.find('?');
    if (options.uri.find('#') != std::string::npos) __builtin_trap();
    if (options.path != ":memory:") {
      auto const path = options.uri.substr(0, query_at);
      auto const prefix = options.path.starts_with('/') ? 7u : 5u;  // "file://" or "file:"
      if (sq::detail::percent_decode(path.substr(prefix), "path", "sqlite") != options.path) __builtin_trap();
    }
  } catch (sq::error const&) {
  }
  return 0;
}
