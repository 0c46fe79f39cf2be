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
#include "error.hpp"

namespace sequel {

class dynamic_text {
 public:
  // The statement's text for the dialect, at a stable address.
  template <class S>
  std::string_view render(dialect_id d, S const& stmt) {
    switch (d) {
      case dialect_id::sqlite: return render<sqlite>(stmt);
      case dialect_id::postgres: return render<postgres>(stmt);
      case dialect_id::mysql: return render<mysql>(stmt);
    }
    return {};
  }
  template <class Dialect, class S>
  std::string_view render(S const& stmt) {
    int const parameters = render_dynamic_sql<Dialect>(buffer_, stmt, /*executing=*/true);
    if (parameters > Dialect::max_parameters) [[unlikely]]
      too_many_parameters(parameters, Dialect::max_parameters);
    return intern();
  }

  // How many distinct texts are kept.
  std::size_t size() const noexcept { return texts_.size(); }

 private:
  // Refused before anything is sent: the database would refuse the text anyway, after it was built.
  [[noreturn, gnu::cold]] void too_many_parameters(int count, int limit) const {
    throw statement_error(buffer_, "a statement may bind at most " + std::to_string(limit) +
                                       " values on this database, and this one has " +
                                       std::to_string(count) +
                                       "; split a long in(...) list and run the statement once per "
                                       "part (or insert rows with rows(), which batches them)");
  }
  std::string_view intern() {
    auto found = texts_.find(buffer_);
    if (found == texts_.end()) found = texts_.insert(buffer_).first;
    return *found;  // a set's elements never move
  }

  std::string buffer_;
  std::unordered_set<std::string> texts_;
};

}  // namespace sequel
