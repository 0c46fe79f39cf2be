// SPDX-License-Identifier: BSL-1.0
// libFuzzer harness for PostgreSQL's binary value decoders (include/sequel/postgres/binary.hpp),
// which read what a server sends: the input is a column's type OID (4 bytes, big-endian), then
// the field's bytes. Every read_* function decodes it; a refusal is an sq::error (caught), and a
// value decoded without one must encode back to the same bytes where an encoder exists.
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
//     -Iinclude fuzz/postgres_values.cpp -o /tmp/postgres_values_fuzz
//   /tmp/postgres_values_fuzz -max_total_time=60 fuzz/corpus/postgres_values
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <sequel/postgres/binary.hpp>

namespace pg = sequel::postgres_detail;

namespace {
template <class Read>
void attempt(Read read) {
  try {
    read();
  } catch (sequel::error const&) {
  }
}

// A decoded fixed-size value must encode back to the bytes it came from.
void same_bytes(pg::field f, char const* encoded, int size) {
  if (static_cast<std::size_t>(size) != f.size || std::memcmp(encoded, f.data, f.size) != 0) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  if (size < 4) return 0;
  // A copy of exactly the field's bytes, so that AddressSanitizer sees any read past its end.
  std::vector<char> bytes(data + 4, data + size);
  pg::field const f{bytes.empty() ? nullptr : bytes.data(), bytes.size()};
  pg::column const c{pg::get_big_endian<std::uint32_t>(reinterpret_cast<char const*>(data)), 0, "fuzzed"};

  attempt([&] { (void)pg::read_bool(f, c); });
  attempt([&] {
    std::int64_t const v = pg::read_int64(f, c);
    if (c.type == pg::int8_oid) {
      char out[8];
      same_bytes(f, out, pg::encode_int64(out, v));
    }
  });
  attempt([&] {
    double const v = pg::read_double(f, c);
    if (c.type == pg::float8_oid) {
      char out[8];
      same_bytes(f, out, pg::encode_double(out, v));
    }
  });
  attempt([&] {
    auto const text = pg::read_text(f, c);
    if (text.size() > f.size) std::abort();
  });
  attempt([&] {
    auto const day = pg::read_date(f, c);
    char out[8];
    same_bytes(f, out, pg::encode_date(out, day));
  });
  attempt([&] {
    auto const t = pg::read_timestamp(f, c);
    if (c.type != pg::date_oid) {
      char out[8];
      same_bytes(f, out, pg::encode_timestamp(out, t));
    }
  });
  // The NUMERIC decoders whatever the OID says, so that every input exercises them.
  pg::column const numeric{pg::numeric_oid, 0, "fuzzed"};
  attempt([&] { (void)pg::numeric_to_int64(f, numeric); });
  attempt([&] { (void)pg::numeric_to_double(f, numeric); });
  return 0;
}
