// SPDX-License-Identifier: BSL-1.0
// SQL text built at run time, made fit for the prepared-statement cache, which is keyed by the
// text's address: each distinct text is kept once, for the life of the connection, so the same
// run-time shape (say, two conditions of the same kind, or an IN list of 3) always has the same
// address and is prepared once. Rendering goes into one reused buffer; only a new shape is copied.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

#include "../render/dialect.hpp"
#include "../render/dynamic.hpp"

namespace sequel {

class dynamic_text {
 public:
  // The statement's text for the dialect, at a stable address.
  template <class S>
  std::string_view render(dialect_id d, S const& stmt) {
    switch (d) {
      case dialect_id::sqlite: render_dynamic_sql<sqlite>(buffer_, stmt); break;
      case dialect_id::postgres: render_dynamic_sql<postgres>(buffer_, stmt); break;
      case dialect_id::mysql: render_dynamic_sql<mysql>(buffer_, stmt); break;
    }
    return intern();
  }
  template <class Dialect, class S>
  std::string_view render(S const& stmt) {
    render_dynamic_sql<Dialect>(buffer_, stmt);
    return intern();
  }

  // How many distinct texts are kept.
  std::size_t size() const noexcept { return texts_.size(); }

 private:
  std::string_view intern() {
    auto found = texts_.find(buffer_);
    if (found == texts_.end()) found = texts_.insert(buffer_).first;
    return *found;  // a set's elements never move
  }

  std::string buffer_;
  std::unordered_set<std::string> texts_;
};

}  // namespace sequel
