// SPDX-License-Identifier: BSL-1.0
// expr.in(range): IN with one parameter per element, the count known at run time. An empty list
// matches nothing: `x IN ()` is not SQL, so it renders `1 = 0` (and NOT of it is true).
#pragma once
#include <ranges>
#include <vector>

#include "../render/dynamic.hpp"
#include "compare.hpp"

namespace sequel {

template <class Subject, class T>
class in_list : public expression_base<in_list<Subject, T>> {
 public:
  using value_type = nullable_if_any<bool, Subject>;
  using tables = tables_of<Subject>;
  static constexpr int precedence = compare_level;

  in_list(Subject const& subject, std::vector<T> values)
      : subject_(subject), values_(std::move(values)) {}

  template <class W>
  static constexpr void render(W& w) {
    w.dynamic_part();  // "no member dynamic_part": sql_of<> was given a statement with run-time
                       // parts; use sq::to_sql<Dialect>(statement)
  }
  template <class W>
  void render_dynamic(W& w) const {
    if (values_.empty()) {
      w.put("1 = 0");
      return;
    }
    constexpr bool parens = precedence_of<Subject>() <= compare_level;
    if constexpr (parens) w.put('(');
    render_node(w, subject_);
    if constexpr (parens) w.put(')');
    w.put(" IN (");
    for (std::size_t i = 0; i != values_.size(); ++i) {
      if (i != 0) w.put(", ");
      w.parameter();
    }
    w.put(')');
  }
  template <class F>
  void for_each_param(F& f) const {
    if constexpr (renders_dynamic<F, in_list>) {
      f.dynamic(*this);
    } else if (!values_.empty()) {
      subject_.for_each_param(f);
      for (T const& value : values_) f(value);
    }
  }

 private:
  Subject subject_;
  std::vector<T> values_;
};

// Checked by in() (expr/compare.hpp).
template <class Derived, class Range>
auto in_list_of(Derived const& subject, Range const& values) {
  using held = held_type<std::remove_cvref_t<std::ranges::range_reference_t<Range const&>>>;
  std::vector<held> list;
  if constexpr (std::ranges::sized_range<Range const&>) list.reserve(std::ranges::size(values));
  for (auto const& value : values) list.push_back(held(value));
  return in_list<Derived, held>(subject, std::move(list));
}

}  // namespace sequel
