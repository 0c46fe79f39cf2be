// SPDX-License-Identifier: BSL-1.0
// GROUP BY key, ...: every column the select list reads outside an aggregate must be a key, or be
// a column of a table whose whole primary key is grouped (it has one value per group).
#pragma once
#include <tuple>
#include <type_traits>

#include "../expr/aggregate.hpp"
#include "../expr/label.hpp"
#include "../stmt/statement.hpp"
#include "position.hpp"
#include "source.hpp"

namespace sequel {

struct no_group_by : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

// A group_by() without having() yet.
struct no_having : no_parameters {
  template <class W>
  static constexpr void render(W&) {}
};

// GROUP BY keys, then the HAVING condition if any (clause/having.hpp adds it).
template <class Having, class... Keys>
struct group_by_clause {
  static constexpr bool grouped = true;
  std::tuple<Keys...> keys;
  Having having_condition;

  template <class W>
  static constexpr void render(W& w) {
    w.put(" GROUP BY ");
    bool first = true;
    ((w.put(first ? "" : ", "), first = false, Keys::render(w)), ...);
    if constexpr (!std::is_same_v<Having, no_having>) {
      w.put(" HAVING ");
      Having::render(w);
    }
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    std::apply([&f](auto const&... key) { (key.for_each_param(f), ...); }, keys);
    having_condition.for_each_param(f);
  }
};

namespace detail {
// The primary-key columns of a column's table, read the way the column is (directly or by alias).
template <class Column>
struct sibling_keys {
  using type = type_list<>;
};
template <class Column>
  requires is_column<Column>
struct sibling_keys<Column> {
  template <class... C>
  static auto keys(type_list<C...>)
      -> concat<std::conditional_t<C::template has<primary_key>, type_list<std::remove_cv_t<C>>,
                                   type_list<>>...>;
  using type = decltype(keys(columns_of<typename Column::table>{}));
};
template <class Alias, class Column>
struct sibling_keys<aliased_column<Alias, Column>> {
  template <class... K>
  static auto through_alias(type_list<K...>) -> type_list<aliased_column<Alias, K>...>;
  using type = decltype(through_alias(typename sibling_keys<Column>::type{}));
};

template <class Item, class Keys>
constexpr bool is_grouped() {
  if constexpr (is_labeled<Item>) {
    return is_grouped<typename Item::expression, Keys>();
  } else if constexpr (!reads_bare_column<Item> || contains<Item, Keys>) {
    return true;
  } else {
    using keys = typename sibling_keys<Item>::type;
    return keys::size != 0 && is_subset<keys, Keys>;
  }
}

template <class Items, class Keys>
struct all_grouped;
template <class... Items, class Keys>
struct all_grouped<type_list<Items...>, Keys> : std::bool_constant<(is_grouped<Items, Keys>() && ...)> {};
}  // namespace detail

template <class S>
struct clause_methods<no_group_by, S> {
  template <class... Keys>
  constexpr auto group_by(Keys const&... keys) const {
    static_assert(sizeof...(Keys) != 0, "group_by(): name at least one column");
    static_assert((expression<Keys> && ...), "group_by(): every key must be a column or expression");
    if constexpr (!(expression<Keys> && ...)) {
      return self();  // reported above
    } else {
      static_assert(!(uses_aggregate<Keys> || ...), "group_by(): a key cannot be an aggregate");
      static_assert((detail::is_subset<tables_of<Keys>, scope_of<S>> && ...),
                    "group_by(): a key uses a column whose table is not in FROM; add the table "
                    "with from() or join() first");
      static_assert(detail::all_grouped<typename S::result_items, detail::type_list<Keys...>>::value,
                    "group_by(): the select list reads a column that is neither grouped nor inside "
                    "an aggregate; add it to group_by() or aggregate it");
      using items = typename S::result_items;
      using clause = group_by_clause<no_having, decltype(detail::by_position(keys, items{}))...>;
      return replace_clause<no_group_by>(self(), clause{{detail::by_position(keys, items{})...}, {}});
    }
  }

  // having() comes after group_by(); its own file is clause/having.hpp.
  template <class Condition>
  constexpr auto having(Condition const&) const {
    static_assert(detail::always_false<Condition>, "having(): add group_by() before having()");
    return self();
  }

 private:
  constexpr S const& self() const { return static_cast<S const&>(*this); }
};

template <class C>
struct grouping_clause : std::bool_constant<requires { C::grouped; }> {};

template <class S>
inline constexpr bool is_grouped_statement = any_clause<S, grouping_clause>;

}  // namespace sequel
