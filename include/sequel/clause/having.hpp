// SPDX-License-Identifier: BSL-1.0
// HAVING condition: filters the groups of a GROUP BY, typically on an aggregate.
#pragma once
#include "../expr/node.hpp"
#include "../stmt/statement.hpp"
#include "group_by.hpp"

namespace sequel {

struct no_having : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

template <class Condition>
struct having_clause {
  Condition condition;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" HAVING ");
    Condition::render(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    condition.for_each_param(f);
  }
};

template <class S>
struct clause_methods<no_having, S> {
  template <class Condition>
  constexpr auto having(Condition const& condition) const {
    static_assert(!has_clause<no_group_by, S>, "having(): add group_by() before having()");
    static_assert(expression<Condition>,
                  "having(): the condition must be a sequel expression such as sq::count() > 1");
    if constexpr (!expression<Condition>) {
      return static_cast<S const&>(*this);  // reported above
    } else {
      static_assert(is_boolean<Condition>, "having(): the condition must be boolean");
      static_assert(detail::is_subset<tables_of<Condition>, scope_of<S>>,
                    "having(): the condition uses a column whose table is not in FROM");
      return replace_clause<no_having>(static_cast<S const&>(*this),
                                       having_clause<Condition>{condition});
    }
  }
};

}  // namespace sequel
