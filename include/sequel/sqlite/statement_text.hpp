// SPDX-License-Identifier: BSL-1.0
// What may follow the one statement of a text that SQLite prepares: sqlite3_prepare compiles the
// first statement and hands back the rest, which the connector refuses unless it holds no statement.
#pragma once
#include <string_view>

namespace sequel::sqlite_detail {

// Whether text holds only whitespace, -- and /* */ comments, and empty statements (';'). An
// unterminated /* comment runs to the end, as SQLite reads it.
inline bool holds_no_statement(std::string_view text) noexcept {
  std::size_t i = 0;
  while (i < text.size()) {
    char const c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
      ++i;
    } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
      i = text.find('\n', i + 2);
      if (i == std::string_view::npos) return true;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      i = text.find("*/", i + 2);
      if (i == std::string_view::npos) return true;
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace sequel::sqlite_detail
