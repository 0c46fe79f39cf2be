// SPDX-License-Identifier: BSL-1.0
// HAVING condition, after group_by(): filters the groups, typically on an aggregate.
#pragma once
#include "../expr/node.hpp"
#include "../stmt/statement.hpp"
#include "group_by.hpp"

namespace sequel {

template <class S, class... Keys>
struct clause_methods<group_by_clause<no_having, Keys...>, S> {
  template <class Condition>
  constexpr auto having(Condition const& condition) const {
    static_assert(expression<Condition>,
                  "having(): the condition must be a sequel expression such as sq::count() > 1");
    if constexpr (!expression<Condition>) {
      return static_cast<S const&>(*this);  // reported above
    } else {
      static_assert(is_boolean<Condition>, "having(): the condition must be boolean");
      static_assert(detail::is_subset<tables_of<Condition>, scope_of<S>>,
                    "having(): the condition uses a column whose table is not in FROM");
      using grouped = group_by_clause<no_having, Keys...>;
      S const& self = static_cast<S const&>(*this);
      return replace_clause<grouped>(
          self, group_by_clause<Condition, Keys...>{static_cast<grouped const&>(self).keys, condition});
    }
  }
};

}  // namespace sequel
