// SPDX-License-Identifier: BSL-1.0
// A column is a type that knows its table, name, C++ type and options; its object is an expression.
#pragma once
#include <string_view>
#include <type_traits>

#include "../detail/fixed_string.hpp"
#include "../detail/type_list.hpp"
#include "../expr/node.hpp"
#include "options.hpp"
#include "types.hpp"

namespace sequel {

template <class Column, class Value>
struct assignment;

// Whether a value of kind From may be stored in a column of kind To (integers widen to reals).
template <class To, class From>
inline constexpr bool assignable =
    kind_v<To> == kind_v<From> ||
    (kind_v<To> == value_kind::real && kind_v<From> == value_kind::integer);

namespace detail {
// column_value as a plain bool, so a failed check is reported without the concept's explanation.
template <class T>
inline constexpr bool storable = column_value<T>;
}  // namespace detail

template <class Table, fixed_string Name, class T, class... Options>
struct column_t : expression_base<column_t<Table, Name, T, Options...>> {
  // The checks sit in the constructor, which the table's object instantiates: a failed check in the
  // class itself would make clang drop the column from its table, and every use of the table would
  // report an error of its own.
  constexpr column_t() noexcept {
    static_assert(detail::storable<strip_optional<T>>,
                  "column<>: this C++ type cannot be stored; use an integer, bool, float, double, "
                  "std::string, sq::blob, a std::chrono time point, or specialize sq::type_traits");
    static_assert((detail::is_column_option<Options> && ...),
                  "column<>: unknown option; use primary_key, unique, index, references<&T::col>, "
                  "on_delete_cascade, default_value<v> or sql_type<\"...\">");
  }

  using value_type = T;
  using table = Table;
  using tables = detail::type_list<Table>;

  static constexpr std::string_view sql_name = Name.view();
  static constexpr bool nullable = is_nullable<T>;
  template <class Option>
  static constexpr bool has = (std::is_same_v<Option, Options> || ...);
  using references = typename detail::find_option<detail::references_pred, Options...>::type;
  using default_option = typename detail::find_option<detail::default_pred, Options...>::type;
  using sql_type_option = typename detail::find_option<detail::sql_type_pred, Options...>::type;
  static constexpr bool has_default = !std::is_void_v<default_option>;

  template <class W>
  static constexpr void render(W& w) {
    w.identifier(Table::sql_name.view());
    w.put('.');
    w.identifier(sql_name);
  }
  template <class F>
  constexpr void for_each_param(F&) const {}

  // users.name = "Alice": an assignment for insert values() and update set().
  template <class V>
  constexpr auto operator=(V const& value) const {
    static_assert(!is_null_literal<V> || nullable,
                  "assignment: std::nullopt given to a NOT NULL column; declare the column "
                  "std::optional<T> to allow NULL");
    static_assert(is_null_literal<V> || is_value_or_expression<V>,
                  "assignment: the value is neither a sequel expression nor a column value type");
    if constexpr (is_null_literal<V>) {
      return assignment<column_t, param<null_t>>{{}};
    } else if constexpr (!is_value_or_expression<V>) {
      return assignment<column_t, invalid_expr<T>>{{}};  // reported above
    } else {
      using value_t = value_of<operand_t<V>>;
      static_assert(assignable<T, value_t>,
                    "assignment: the value's type does not fit the column's type (e.g. a number "
                    "for a text column); give a value of the column's C++ type");
      static_assert(!assignable<T, value_t> || nullable || !is_nullable<value_t>,
                    "assignment: a value that may be NULL (std::optional or a nullable "
                    "expression) cannot go into a NOT NULL column");
      return assignment<column_t, operand_t<V>>{as_operand(value)};
    }
  }
};

template <class T>
inline constexpr bool is_column = false;
template <class Table, fixed_string Name, class T, class... Options>
inline constexpr bool is_column<column_t<Table, Name, T, Options...>> = true;

// column = value, rendered as "name" = ? (the column unqualified, as SET and INSERT need it).
template <class Column, class Value>
struct assignment {
  using column = Column;
  using tables = tables_of<Value>;
  Value value;

  template <class W>
  static constexpr void render(W& w) {
    w.identifier(Column::sql_name);
    w.put(" = ");
    Value::render(w);
  }
  template <class F>
  constexpr void for_each_param(F& f) const {
    value.for_each_param(f);
  }
};

template <class T>
inline constexpr bool is_assignment = false;
template <class C, class V>
inline constexpr bool is_assignment<assignment<C, V>> = true;

}  // namespace sequel
