// SPDX-License-Identifier: BSL-1.0
// MySQL/MariaDB error numbers into sq::error types, and server messages without the bound values
// some of them quote ("Duplicate entry 'alice@example.org' for key 'email'").
#pragma once
#include <cctype>
#include <string>
#include <string_view>

#include "../run/error.hpp"

namespace sequel::mysql_detail {

// Server (1xxx, 3xxx, 4xxx) and client library (2xxx) error numbers, as mysqld_error.h and
// errmsg.h name them; numbers are part of the protocol and the same in every version.
inline bool is_constraint_error(unsigned code) {
  switch (code) {
    case 1022:  // ER_DUP_KEY
    case 1062:  // ER_DUP_ENTRY
    case 1169:  // ER_DUP_UNIQUE
    case 1586:  // ER_DUP_ENTRY_WITH_KEY_NAME
    case 1859:  // ER_DUP_UNKNOWN_IN_INDEX
    case 1557:  // MySQL ER_FOREIGN_DUPLICATE_KEY
    case 1761:  // ER_FOREIGN_DUPLICATE_KEY_WITH_CHILD_INFO
    case 1762:  // ER_FOREIGN_DUPLICATE_KEY_WITHOUT_CHILD_INFO
    case 1216:  // ER_NO_REFERENCED_ROW
    case 1217:  // ER_ROW_IS_REFERENCED
    case 1451:  // ER_ROW_IS_REFERENCED_2
    case 1452:  // ER_NO_REFERENCED_ROW_2
    case 1048:  // ER_BAD_NULL_ERROR
    case 1263:  // ER_WARN_NULL_TO_NOTNULL (strict mode, several rows)
    case 1364:  // ER_NO_DEFAULT_FOR_FIELD
    case 1423:  // ER_NO_DEFAULT_FOR_VIEW_FIELD
    case 3819:  // MySQL ER_CHECK_CONSTRAINT_VIOLATED
    case 4025:  // MariaDB ER_CONSTRAINT_FAILED (CHECK)
      return true;
    default:
      return false;
  }
}

// The connection is gone or could not be made: nothing on it will work again.
inline bool is_connection_error(unsigned code) {
  switch (code) {
    case 1053:  // ER_SERVER_SHUTDOWN
    case 1927:  // ER_CONNECTION_KILLED
    case 2001:  // CR_SOCKET_CREATE_ERROR
    case 2002:  // CR_CONNECTION_ERROR
    case 2003:  // CR_CONN_HOST_ERROR
    case 2004:  // CR_IPSOCK_ERROR
    case 2005:  // CR_UNKNOWN_HOST
    case 2006:  // CR_SERVER_GONE_ERROR
    case 2012:  // CR_SERVER_HANDSHAKE_ERR
    case 2013:  // CR_SERVER_LOST
    case 2026:  // CR_SSL_CONNECTION_ERROR
    case 2027:  // CR_MALFORMED_PACKET
    case 2055:  // CR_SERVER_LOST_EXTENDED
    // A packet over max_allowed_packet: the server answers with the error and closes the connection.
    case 1153:  // ER_NET_PACKET_TOO_LARGE
    case 2020:  // CR_NET_PACKET_TOO_LARGE
      return true;
    default:
      return false;
  }
}

// The statement ran longer than its limit and the server stopped it; the connection goes on.
inline bool is_timeout_error(unsigned code) {
  return code == 1969     // MariaDB ER_STATEMENT_TIMEOUT (max_statement_time)
         || code == 3024; // MySQL ER_QUERY_TIMEOUT (max_execution_time)
}

// Whether a statement only reads: its text starts with SELECT, WITH or "(" after blanks and
// comments are skipped ... as sequel writes queries, and as raw SQL queries start. Running it twice
// changes nothing (the connector retries such a statement once after a schema change).
inline bool is_query(std::string_view sql) {
  std::size_t i = 0;
  while (i < sql.size()) {
    char const c = sql[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(') {
      ++i;
    } else if (sql.substr(i, 2) == "/*") {
      auto const end = sql.find("*/", i + 2);
      if (end == std::string_view::npos) return false;
      i = end + 2;
    } else {
      break;
    }
  }
  auto starts = [&](std::string_view word) {
    if (sql.size() - i < word.size()) return false;
    for (std::size_t k = 0; k != word.size(); ++k) {
      char c = sql[i + k];
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (c != word[k]) return false;
    }
    return sql.size() - i == word.size() || !(std::isalnum(static_cast<unsigned char>(sql[i + word.size()])) ||
                                              sql[i + word.size()] == '_');
  };
  return starts("SELECT") || starts("WITH") || starts("VALUES") || starts("TABLE");
}

// The message with the quoted value some errors carry replaced by "(value withheld)": an error
// names the statement and the column or key, never the data (it may be a password or an e-mail).
inline std::string without_values(unsigned code, std::string message) {
  std::string_view open, close;  // the value lies between open and the last close ("": last quote)
  switch (code) {
    case 1062:  // Duplicate entry '%-.192T' for key '%-.192s'
    case 1586:
      open = "entry '", close = "' for key";
      break;
    case 1761:  // ... record '%-.192s' would lead to a duplicate entry ...
    case 1762:
      open = "record '", close = "' would lead";
      break;
    case 1292:  // Incorrect %-.32s value: '%-.128T' [for column ...]
    case 1366:
    case 1411:
    case 1525:
      open = "value: '", close = "' for ";
      break;
    case 1367:  // Illegal %s '%-.192T' value found during parsing
      open = "'", close = "' value found";
      break;
    default:
      return message;
  }
  auto const start = message.find(open);
  if (start == std::string::npos) return message;
  auto const value = start + open.size();
  auto end = close.empty() ? std::string::npos : message.rfind(close);
  if (end == std::string::npos || end < value) end = message.rfind('\'');
  if (end == std::string::npos || end < value) end = message.size();
  auto const quote = start + open.size() - 1;  // the opening quote goes too
  return message.substr(0, quote) + "(value withheld)" +
         (end < message.size() ? message.substr(end + 1) : std::string{});
}

// Throws the sq::error for a failed statement. sql is empty for a connection-level failure.
[[noreturn]] inline void throw_error(unsigned code, std::string message, std::string_view sql) {
  message = without_values(code, std::move(message));
  if (is_connection_error(code))
    throw connection_error("mysql: " + message + " (error " + std::to_string(code) + ")" +
                           (sql.empty() ? std::string{} : " [SQL: " + std::string(sql) + "]"));
  if (is_constraint_error(code)) throw constraint_error(std::string(sql), std::move(message));
  if (is_timeout_error(code)) throw timeout_error(std::string(sql), std::move(message));
  throw statement_error(std::string(sql), std::move(message));
}

}  // namespace sequel::mysql_detail
