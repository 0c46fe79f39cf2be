// SPDX-License-Identifier: BSL-1.0
// What execute() returns: rows for a query, counts for a change.
#pragma once
#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "error.hpp"
#include "mapping.hpp"
#include "row.hpp"
#include "values.hpp"

namespace sequel {

// INSERT, UPDATE, DELETE, DDL.
struct exec_result {
  std::int64_t rows_affected = 0;
  std::int64_t last_insert_id = 0;
};

// A prepared statement taken from the cache for the life of one execution.
template <class Cursor>
class leased_cursor {
 public:
  leased_cursor(Cursor* statement, std::unique_ptr<Cursor> owned, bool* busy)
      : statement_(statement), owned_(std::move(owned)), busy_(busy) {}
  leased_cursor(leased_cursor&& other) noexcept
      : statement_(std::exchange(other.statement_, nullptr)),
        owned_(std::move(other.owned_)),
        busy_(std::exchange(other.busy_, nullptr)) {}
  leased_cursor& operator=(leased_cursor&& other) noexcept {
    if (this != &other) {
      release();
      statement_ = std::exchange(other.statement_, nullptr);
      owned_ = std::move(other.owned_);
      busy_ = std::exchange(other.busy_, nullptr);
    }
    return *this;
  }
  ~leased_cursor() { release(); }

  Cursor& operator*() const { return *statement_; }
  Cursor* operator->() const { return statement_; }

  // Resets the statement and hands it back to the cache; nothing to do once released or moved from.
  void release() noexcept {
    if (!statement_) return;
    statement_->reset();
    if (busy_) *busy_ = false;
    statement_ = nullptr;
    busy_ = nullptr;
    owned_.reset();
  }

 private:
  Cursor* statement_;
  std::unique_ptr<Cursor> owned_;
  bool* busy_;
};

// A connection's results still being read. When the connection's owner lets go of it while some are
// (a pooled connection's temporary handle, engine.connect()->execute(query) in a range-for), the
// owner leaves a hand-back here, and the last result to finish runs it.
struct result_tracker {
  int open = 0;
  std::function<void()> on_done;

  void finished() noexcept {
    if (--open != 0 || !on_done) return;
    auto hand_back = std::move(on_done);
    on_done = nullptr;
    hand_back();  // may destroy the connection, and this tracker with it: nothing may follow
  }
};

template <class Cursor, class Row, class Decode>
class basic_result;

namespace detail {
// Converts to what make() returns: std::optional::emplace() then builds that in place, unmoved.
template <class F>
struct built_by {
  F make;
  operator decltype(std::declval<F const&>()())() const { return make(); }
};
template <class F>
built_by(F) -> built_by<F>;

// Column `column` as an argument of the row's tuple. A built-in value is read by the tuple as it
// builds the element (built_by), so a string is not moved in; the tuple picks the order (libstdc++
// builds the last first), which does not matter, as a column is read on its own. A user's type is
// read here, then moved: its constructors may take anything, a built_by too.
template <class V, class Cursor>
auto read_element(Cursor& c, int column) {
  auto read = [&c, column] { return read_value<V>(c, column); };
  if constexpr (is_builtin_value<strip_optional<V>>)
    return built_by{read};
  else
    return read();
}
}  // namespace detail

// Reads the current row of a cursor into a row of the select list's types.
template <class... Items>
struct decode_row {
  template <class Cursor>
  row<Items...> operator()(Cursor& c) const {
    return [&c]<std::size_t... I>(std::index_sequence<I...>) {
      return row<Items...>{{detail::read_element<value_of<Items>>(c, static_cast<int>(I))...}};
    }(std::index_sequence_for<Items...>{});
  }
};

// Rows of a query, read one at a time as the caller iterates: range-for, all(), first(), one(),
// scalar(), or as<T>() for structs.
template <class Cursor, class Row, class Decode>
class basic_result {
 public:
  using value_type = Row;

  basic_result(leased_cursor<Cursor> cursor, std::string_view sql, result_tracker* tracker)
      : cursor_(std::move(cursor)), sql_(sql), tracker_(tracker) {
    ++tracker_->open;
    advance();
  }
  basic_result(basic_result&& other) noexcept
      : cursor_(std::move(other.cursor_)),
        sql_(other.sql_),
        tracker_(std::exchange(other.tracker_, nullptr)),
        current_(std::move(other.current_)) {}
  basic_result& operator=(basic_result&&) = delete;
  ~basic_result() { finish(); }

  class iterator {
   public:
    using value_type = Row;
    using difference_type = std::ptrdiff_t;
    using iterator_category = std::input_iterator_tag;

    iterator() = default;
    explicit iterator(basic_result* owner) : owner_(owner) {}
    Row& operator*() const { return *owner_->current_; }
    Row* operator->() const { return &*owner_->current_; }
    iterator& operator++() {
      owner_->advance();
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(iterator const& it, std::default_sentinel_t) { return it.done(); }

   private:
    bool done() const { return !owner_ || !owner_->current_; }
    basic_result* owner_ = nullptr;
  };

  iterator begin() { return iterator(this); }
  std::default_sentinel_t end() { return {}; }

  // Rows after the current one decode straight into the vector: emplace_back() builds each in its
  // place, unmoved (built_by).
  std::vector<Row> all() {
    std::vector<Row> rows;
    if (current_) {
      rows.push_back(std::move(*current_));
      while (cursor_->step()) rows.emplace_back(detail::built_by{[this] { return Decode{}(*cursor_); }});
      finish();
    }
    return rows;
  }

  std::optional<Row> first() {
    std::optional<Row> row = std::move(current_);
    finish();
    return row;
  }

  // Exactly one row, or result_error.
  Row one() {
    if (!current_) throw result_error("one(): the query returned no rows");
    Row row = std::move(*current_);
    advance();
    if (current_) {
      finish();
      throw result_error("one(): the query returned more than one row");
    }
    return row;
  }

  // The first column of the only row.
  auto scalar() {
    Row row = one();
    if constexpr (requires { row.template get<0>(); }) {
      static_assert(std::tuple_size_v<Row> == 1, "scalar(): select exactly one column");
      return std::move(row).template get<0>();
    } else {
      return row;
    }
  }

  // The same rows mapped into T: by field name for a Boost.Hana-adapted struct, by position for
  // a plain aggregate.
  template <class T>
  auto as() && {
    static_assert(!hana_adapted<T> || mapped_fields_named<T, Row>,
                  "as<T>(): a field of T has no column of the same name in the select list");
    static_assert(!hana_adapted<T> || mapped_fields_fit<T, Row>,
                  "as<T>(): a field's type cannot hold the column of the same name");
    static_assert(hana_adapted<T> || positional_fits<T, Row>,
                  "as<T>(): T is not Boost.Hana-adapted, and its fields do not take the select "
                  "list's columns in order");
    if constexpr (hana_adapted<T> ? mapped_fields_named<T, Row> && mapped_fields_fit<T, Row>
                                  : positional_fits<T, Row>)
      return basic_result<Cursor, T, map_row<T, Row, Decode>>(std::move(*this));
    else
      return std::move(*this);  // the assertion above said what is wrong; stop here
  }

 private:
  template <class, class, class>
  friend class basic_result;

  template <class OtherRow, class OtherDecode>
  explicit basic_result(basic_result<Cursor, OtherRow, OtherDecode>&& other)
      : cursor_(std::move(other.cursor_)), sql_(other.sql_), tracker_(std::exchange(other.tracker_, nullptr)) {
    if (other.current_)
      current_.emplace(detail::built_by{[&other] { return Decode::from(std::move(*other.current_)); }});
  }

  // Steps to the next row and decodes it; after the last, hands the statement back.
  void advance() {
    if (cursor_->step()) {
      current_.emplace(detail::built_by{[this] { return Decode{}(*cursor_); }});
    } else {
      finish();
    }
  }
  // The statement goes back to the cache, then the connection learns this result is done (which
  // may hand the connection back to its pool: the result touches neither after that).
  void finish() noexcept {
    current_.reset();
    cursor_.release();
    if (tracker_) std::exchange(tracker_, nullptr)->finished();
  }

  leased_cursor<Cursor> cursor_;
  std::string_view sql_;
  result_tracker* tracker_;
  std::optional<Row> current_;
};

}  // namespace sequel
