// SPDX-License-Identifier: BSL-1.0
// Statements with parts known only at run time (a condition list, an IN list of run-time length):
// the rest of the text stays a compile-time constant, cut into segments around the run-time parts
// (and, for $n dialects, around the parameter numbers, which depend on what came before). At run
// time the segments are copied and only the run-time parts are rendered, into the caller's buffer.
//
// A run-time part is a node whose static render() calls w.dynamic_part() and that renders itself
// through render_dynamic(text_writer<D>&). Its for_each_param(f) first asks whether f renders:
//   if constexpr (renders_dynamic<F, Node>) f.dynamic(*this); else ...visit its values...
// so a single traversal, in the text's order, both fills the run-time parts and numbers parameters.
#pragma once
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "writer.hpp"

namespace sequel {

// Appends SQL to a std::string at run time, numbering parameters from where the text so far ends.
template <class Dialect>
struct text_writer : sql_quoting<text_writer<Dialect>, Dialect> {
  using dialect = Dialect;

  std::string& out;
  int parameters = 0;
  // Set when the text is about to run (not for to_sql()): run-time parts may then refuse it.
  bool executing = false;

  void put(char c) { out.push_back(c); }
  void put(std::string_view text) { out.append(text); }
  void put_number(unsigned long long n) {
    char digits[20];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  }
};

// Whether the visitor F renders run-time parts (rather than binding or typing parameters).
template <class F, class Node>
concept renders_dynamic = requires(F& f, Node const& node) { f.dynamic(node); };

namespace detail {

// The compile-time writer of segmented text: sql_writer, plus marks, the places where a run-time
// part or a parameter number goes (in text order, as for_each_param visits them).
template <class Dialect>
struct segment_writer : sql_writer<Dialect> {
  std::size_t* marks = nullptr;  // null while measuring
  std::size_t mark_count = 0;

  constexpr void parameter() {
    ++this->parameters;
    if constexpr (Dialect::numbered_parameters)
      mark();
    else
      this->put('?');
  }
  constexpr void dynamic_part() { mark(); }
  constexpr void mark() {
    if (marks) marks[mark_count] = this->size;
    ++mark_count;
  }
};

template <std::size_t N, std::size_t M>
struct segmented_text {
  char text[N + 1]{};
  std::size_t marks[M + 1]{};
};

template <class Dialect, class Node>
constexpr auto segment_sizes() {
  segment_writer<Dialect> w;
  Node::render(w);
  struct sizes {
    std::size_t text, marks;
  };
  return sizes{w.size, w.mark_count};
}

template <class Dialect, class Node>
constexpr auto render_segmented() {
  constexpr auto sizes = segment_sizes<Dialect, Node>();
  segmented_text<sizes.text, sizes.marks> t;
  segment_writer<Dialect> w;
  w.out = t.text;
  w.marks = t.marks;
  Node::render(w);
  return t;
}

template <class Dialect, class Node>
inline constexpr auto segmented = render_segmented<Dialect, Node>();

// Walks a node's parameters and run-time parts in text order, copying the segments between them.
template <class Dialect, class Text>
struct segment_renderer {
  Text const& text;
  text_writer<Dialect>& w;
  std::size_t done = 0;
  std::size_t next = 0;

  void copy_to(std::size_t at) {
    w.put(std::string_view(text.text + done, at - done));
    done = at;
  }
  template <class T>
  void operator()(T const&) {  // a parameter of the static text
    if constexpr (Dialect::numbered_parameters) {
      copy_to(text.marks[next++]);
      w.parameter();
    } else {
      ++w.parameters;
    }
  }
  template <class Node>
  void dynamic(Node const& node) {
    copy_to(text.marks[next++]);
    node.render_dynamic(w);
  }
};
}  // namespace detail

// Whether a statement (or node) has parts rendered at run time. SQLite's parameters are not
// numbered, so its only marks are run-time parts: measuring the text is enough.
template <class Node>
inline constexpr bool has_dynamic_parts =
    detail::segment_sizes<sqlite, std::remove_cvref_t<Node>>().marks != 0;

// Appends a node's SQL, run-time parts included, numbering parameters on from w.parameters.
template <class Dialect, class Node>
void render_node(text_writer<Dialect>& w, Node const& node) {
  constexpr auto const& text = detail::segmented<Dialect, Node>;
  detail::segment_renderer<Dialect, std::remove_cvref_t<decltype(text)>> r{text, w};
  node.for_each_param(r);
  r.copy_to(sizeof(text.text) - 1);
}

// A statement's whole SQL text, into `out` (cleared first); returns how many parameters it binds.
template <class Dialect, class S>
int render_dynamic_sql(std::string& out, S const& stmt, bool executing = false) {
  out.clear();
  text_writer<Dialect> w{{}, out, 0, executing};
  render_node(w, stmt);
  return w.parameters;
}

}  // namespace sequel
