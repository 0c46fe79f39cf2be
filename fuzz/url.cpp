// SPDX-License-Identifier: BSL-1.0
// libFuzzer harness for URL parsing: split_url(), parse_server_url() and redact_url() on any bytes.
// Each must return or throw sq::connection_error, never crash; and a redacted URL never holds the
// password of its user:password@ part.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <sequel/run/url.hpp>

namespace sq = sequel;

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const url(reinterpret_cast<char const*>(data), size);
  std::string const redacted = sq::detail::redact_url(url);
  try {
    sq::url_parts const parts = sq::split_url(url);
    sq::server_url const server = sq::parse_server_url(parts);
    // The password as written in the URL (still percent-encoded) must not survive redaction.
    // The authority as the parser reads it: before the query, then before the first '/'.
    std::string_view authority(parts.rest);
    authority = authority.substr(0, authority.find('?'));
    authority = authority.substr(0, authority.find('/'));
    if (auto const at = authority.rfind('@'); at != std::string_view::npos && !server.password.empty()) {
      std::string_view const credentials = authority.substr(0, at);
      if (auto const colon = credentials.find(':'); colon != std::string_view::npos) {
        std::string const written = ":" + std::string(credentials.substr(colon + 1)) + "@";
        // (The same text may stand again in the query, where it is no longer the password.)
        std::string_view const redacted_base = std::string_view(redacted).substr(0, redacted.find('?'));
        if (written != ":***@" && redacted_base.find(written) != std::string_view::npos) std::abort();
      }
    }
    (void)server;
  } catch (sq::connection_error const&) {
  }
  return 0;
}
