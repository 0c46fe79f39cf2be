// SPDX-License-Identifier: BSL-1.0
// What the session does with one mapped struct: read its fields and primary key, build its
// statements (SELECT, INSERT, DELETE by key: static, their text built at compile time), find the
// fields that changed, and the UPDATE of just those columns, whose text is built at run time once
// per (struct, dialect, set of columns) and kept for the life of the program.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../render/writer.hpp"
#include "../run/values.hpp"
#include "../stmt/select.hpp"
#include "../stmt/write.hpp"
#include "mapping.hpp"

namespace sequel::orm {

namespace detail {
// A value's identity at run time: the address of a variable of its own.
template <class T>
inline constexpr char type_tag = 0;
template <class T>
inline constexpr void const* type_id = &type_tag<T>;

// A key part as a built-in value (user types through their type_traits), so keys order with <.
template <class F>
auto key_part(F const& value) {
  if constexpr (sequel::detail::is_builtin_value<F>)
    return value;
  else
    return type_traits<F>::to_storage(value);
}

template <class F>
bool same_value(F const& a, F const& b) {
  if constexpr (requires { a == b; })
    return a == b;
  else
    return key_part(a) == key_part(b);
}

// UPDATE "t" SET "a" = ?, "b" = ? WHERE "t"."k" = ?, for the columns named; rendered twice, as the
// static texts are: once to measure, once to fill.
template <class Dialect>
std::string render_update(std::string_view table, std::vector<std::string_view> const& set,
                          std::vector<std::string_view> const& key) {
  auto write = [&](sql_writer<Dialect>& w) {
    w.put("UPDATE ");
    w.identifier(table);
    w.put(" SET ");
    for (std::size_t i = 0; i != set.size(); ++i) {
      w.put(i == 0 ? "" : ", ");
      w.identifier(set[i]);
      w.put(" = ");
      w.parameter();
    }
    w.put(" WHERE ");
    for (std::size_t i = 0; i != key.size(); ++i) {
      w.put(i == 0 ? "" : " AND ");
      w.identifier(table);
      w.put('.');
      w.identifier(key[i]);
      w.put(" = ");
      w.parameter();
    }
  };
  sql_writer<Dialect> measure;
  write(measure);
  std::string text(measure.size, '\0');
  sql_writer<Dialect> fill{{}, text.data()};
  write(fill);
  return text;
}
}  // namespace detail

// SQL text built at run time, with its parameters' types.
struct dynamic_sql {
  std::string text;
  std::vector<param_type> types;
};

// The session's operations on a struct T for which session_ready<T> holds.
template <class T>
struct model {
  using info = detail::model_info<T>;
  using table = typename info::table;
  using fields = typename info::fields;
  static constexpr std::size_t field_count = info::field_count;
  static constexpr std::size_t key_count = info::key_count;
  static_assert(field_count < 64, "sequel: a mapped struct has at most 63 fields");

  template <std::size_t F>
  using field_type = detail::nth<F, fields>;
  template <std::size_t F>
  using column = detail::nth<info::column_of[F], typename info::columns>;

  template <std::size_t F>
  static auto& field(T& object) {
    return boost::hana::second(boost::hana::at_c<F>(boost::hana::accessors<T>()))(object);
  }
  template <std::size_t F>
  static auto const& field(T const& object) {
    return boost::hana::second(boost::hana::at_c<F>(boost::hana::accessors<T>()))(object);
  }

  // The fields of the primary key's columns, in the columns' order.
  static constexpr std::array<std::size_t, key_count> key_fields = [] {
    std::array<std::size_t, key_count> out{};
    for (std::size_t k = 0; k != key_count; ++k) out[k] = info::field_of[info::key_columns[k]];
    return out;
  }();
  // The field of the key the database generates (a lone integer primary key), or field_count.
  static constexpr std::size_t generated_field = [] {
    if constexpr (std::is_void_v<generated_key<table>>) {
      return field_count;
    } else {
      return key_fields[0];
    }
  }();

  template <class Keys>
  struct key_tuple;
  template <std::size_t... K>
  struct key_tuple<std::index_sequence<K...>> {
    using type = std::tuple<decltype(detail::key_part(std::declval<field_type<key_fields[K]> const&>()))...>;
  };
  // The primary key's values, as built-in types: the identity map's key.
  using key_type = typename key_tuple<std::make_index_sequence<key_count>>::type;

  static key_type key_of(T const& object) {
    return [&]<std::size_t... K>(std::index_sequence<K...>) {
      return key_type{detail::key_part(field<key_fields[K]>(object))...};
    }(std::make_index_sequence<key_count>{});
  }

  // "k1" = ? AND "k2" = ?, bound to a key's values.
  static auto key_condition(key_type const& key) {
    return [&]<std::size_t... K>(std::index_sequence<K...>) {
      return ((column<key_fields[K]>{} == std::get<K>(key)) && ...);
    }(std::make_index_sequence<key_count>{});
  }

  // SELECT every mapped column FROM the table.
  static auto select_all() {
    return [&]<std::size_t... F>(std::index_sequence<F...>) {
      return sequel::select(column<F>{}...).from(table_for<T>);
    }(std::make_index_sequence<field_count>{});
  }

  // INSERT of every field, the generated key's left out unless WithKey.
  template <bool WithKey>
  static auto insert(T const& object) {
    static constexpr auto inserted = [] {
      std::array<std::size_t, field_count - (WithKey || generated_field == field_count ? 0 : 1)> out{};
      std::size_t n = 0;
      for (std::size_t f = 0; f != field_count; ++f)
        if (WithKey || f != generated_field) out[n++] = f;
      return out;
    }();
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return insert_into(table_for<T>).values((column<inserted[I]>{} = field<inserted[I]>(object))...);
    }(std::make_index_sequence<inserted.size()>{});
  }

  // Whether the generated key was left for the database to fill (it is zero), and filling it in.
  static bool key_unset(T const& object) {
    if constexpr (generated_field == field_count)
      return false;
    else
      return detail::key_part(field<generated_field>(object)) == 0;
  }
  static void set_generated_key(T& object, std::int64_t id) {
    if constexpr (generated_field != field_count) {
      using F = field_type<generated_field>;
      if constexpr (sequel::detail::is_builtin_value<F>)
        field<generated_field>(object) = static_cast<F>(id);
      else
        field<generated_field>(object) = type_traits<F>::from_storage(static_cast<storage_type<F>>(id));
    }
  }
  static void reset_generated_key(T& object) {
    if constexpr (generated_field != field_count) field<generated_field>(object) = {};
  }

  // The column fields of `from` into `to`, leaving relationship members as they are.
  static void assign_columns(T& to, T const& from) {
    [&]<std::size_t... F>(std::index_sequence<F...>) {
      ((field<F>(to) = field<F>(from)), ...);
    }(std::make_index_sequence<field_count>{});
  }

  // One bit per field that differs between the two objects.
  static std::uint64_t changes(T const& now, T const& before) {
    return [&]<std::size_t... F>(std::index_sequence<F...>) {
      return ((detail::same_value(field<F>(now), field<F>(before)) ? std::uint64_t{0}
                                                                   : std::uint64_t{1} << F) |
              ... | std::uint64_t{0});
    }(std::make_index_sequence<field_count>{});
  }

  // The UPDATE of the columns in `changed`, in the given dialect: built once, kept forever (its
  // address keys each connection's prepared-statement cache).
  static dynamic_sql const& update_sql(dialect_id dialect, std::uint64_t changed) {
    static std::mutex mutex;
    static std::unordered_map<std::uint64_t, std::unique_ptr<dynamic_sql const>> texts[3];
    std::lock_guard lock(mutex);
    auto& slot = texts[static_cast<int>(dialect)][changed];
    if (!slot) slot = std::make_unique<dynamic_sql const>(render_update(dialect, changed));
    return *slot;
  }

  // Binds an UPDATE's values: the changed fields of `object`, then the key as `before` has it.
  template <class Cursor>
  static void bind_update(Cursor& cursor, std::uint64_t changed, T const& object, T const& before) {
    int index = 0;
    [&]<std::size_t... F>(std::index_sequence<F...>) {
      ((changed >> F & 1 ? bind_value(cursor, ++index, field<F>(object)) : void()), ...);
    }(std::make_index_sequence<field_count>{});
    [&]<std::size_t... K>(std::index_sequence<K...>) {
      (bind_value(cursor, ++index, field<key_fields[K]>(before)), ...);
    }(std::make_index_sequence<key_count>{});
  }

 private:
  static dynamic_sql render_update(dialect_id dialect, std::uint64_t changed) {
    dynamic_sql out;
    std::vector<std::string_view> set, key;
    [&]<std::size_t... F>(std::index_sequence<F...>) {
      ((changed >> F & 1 ? (set.push_back(column<F>::sql_name),
                            out.types.push_back(param_type_of<field_type<F>>()))
                         : void()),
       ...);
    }(std::make_index_sequence<field_count>{});
    [&]<std::size_t... K>(std::index_sequence<K...>) {
      ((key.push_back(column<key_fields[K]>::sql_name),
        out.types.push_back(param_type_of<field_type<key_fields[K]>>())),
       ...);
    }(std::make_index_sequence<key_count>{});
    constexpr std::string_view name = table::sql_name.view();
    switch (dialect) {
      case dialect_id::sqlite: out.text = detail::render_update<sqlite>(name, set, key); break;
      case dialect_id::postgres: out.text = detail::render_update<postgres>(name, set, key); break;
      case dialect_id::mysql: out.text = detail::render_update<mysql>(name, set, key); break;
    }
    return out;
  }
};

// The text of the UPDATE the session runs for T when the fields of `changed` (bit i: field i)
// differ from the loaded row, for logs and tests.
template <class T>
std::string_view update_sql(dialect_id dialect, std::uint64_t changed) {
  static_assert(session_ready<T>, "update_sql<T>(): T must be mapped with table_for<T> and have its key");
  return model<T>::update_sql(dialect, changed).text;
}

}  // namespace sequel::orm
