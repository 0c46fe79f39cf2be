// SPDX-License-Identifier: BSL-1.0
// A typed node behind a run-time list (dynamic_where, dynamic_order_by): its type is forgotten once
// it has been checked, so a list holds conditions of different types; its values are kept, as their
// storage type, to be bound like any other parameter.
#pragma once
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "../render/dynamic.hpp"
#include "binary.hpp"

namespace sequel {

// A parameter value whose C++ type is known only at run time. An empty optional is a NULL that
// keeps its type (PostgreSQL declares it).
using bound_value =
    std::variant<null_t, std::optional<bool>, std::optional<std::int64_t>, std::optional<std::uint64_t>,
                 std::optional<double>, std::optional<std::string>, std::optional<blob>,
                 std::optional<std::chrono::sys_days>, std::optional<timestamp_us>>;

namespace detail {
template <class T>
constexpr auto storage_value(T const& value) {
  if constexpr (!is_builtin_value<T> && !std::is_same_v<T, std::string_view>)
    return storage_value(type_traits<T>::to_storage(value));
  else if constexpr (std::is_same_v<T, bool>) return value;
  else if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T> && sizeof(T) == 8) return value;
  else if constexpr (std::is_integral_v<T>) return static_cast<std::int64_t>(value);
  else if constexpr (std::is_floating_point_v<T>) return static_cast<double>(value);
  else if constexpr (std::is_same_v<T, std::string_view>) return std::string(value);
  else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, blob> ||
                     std::is_same_v<T, std::chrono::sys_days>)
    return value;
  else return std::chrono::time_point_cast<std::chrono::microseconds>(value);
}
}  // namespace detail

// A held parameter value as a bound_value.
template <class T>
bound_value to_bound_value(T const& value) {
  if constexpr (std::is_same_v<T, null_t>) {
    return null_t{};
  } else if constexpr (is_nullable<T>) {
    using storage = decltype(detail::storage_value(*value));
    if (value) return std::optional<storage>(detail::storage_value(*value));
    return std::optional<storage>();
  } else {
    return std::optional(detail::storage_value(value));
  }
}

// A checked node of any type, rendered for the three dialects, with its values.
class erased_node {
 public:
  virtual ~erased_node() = default;
  virtual void render(text_writer<sqlite>& w) const = 0;
  virtual void render(text_writer<postgres>& w) const = 0;
  virtual void render(text_writer<mysql>& w) const = 0;

  std::vector<bound_value> values;
};

namespace detail {
// Level is the precedence of the list's separator: a looser node is parenthesized.
template <class Node, int Level>
class erased_model final : public erased_node {
 public:
  explicit erased_model(Node const& node) : node_(node) {
    auto keep = [this](auto const& value) { values.push_back(to_bound_value(value)); };
    node_.for_each_param(keep);
  }
  void render(text_writer<sqlite>& w) const override { render_in(w); }
  void render(text_writer<postgres>& w) const override { render_in(w); }
  void render(text_writer<mysql>& w) const override { render_in(w); }

 private:
  template <class W>
  void render_in(W& w) const {
    constexpr bool parens = precedence_of<Node>() < Level;
    if constexpr (parens) w.put('(');
    render_node(w, node_);
    if constexpr (parens) w.put(')');
  }
  Node node_;
};
}  // namespace detail

// Nodes of one run-time list, rendered with a separator; copies share the nodes.
template <int Level>
class erased_list {
 public:
  template <class Node>
  void add(Node const& node) {
    nodes_.push_back(std::make_shared<detail::erased_model<Node, Level> const>(node));
  }
  bool empty() const noexcept { return nodes_.empty(); }
  std::size_t size() const noexcept { return nodes_.size(); }

  template <class W>
  void render(W& w, std::string_view separator) const {
    for (std::size_t i = 0; i != nodes_.size(); ++i) {
      if (i != 0) w.put(separator);
      nodes_[i]->render(w);
    }
  }
  template <class F>
  void for_each_param(F& f) const {
    for (auto const& node : nodes_)
      for (auto const& value : node->values) std::visit([&f](auto const& v) { f(v); }, value);
  }

 private:
  std::vector<std::shared_ptr<erased_node const>> nodes_;
};

}  // namespace sequel
