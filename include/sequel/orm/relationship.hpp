// SPDX-License-Identifier: BSL-1.0
// Relationships between mapped structs, found at compile time from the tables' foreign keys:
//
//   struct Post;
//   struct User { std::int64_t id = 0; std::string name; sq::many<Post> posts; };    // one-to-many
//   struct Post { std::int64_t id = 0; std::int64_t user_id = 0; sq::one<User> author; };  // many-to-one
//   BOOST_HANA_ADAPT_STRUCT(User, id, name);      // relationship members are not columns
//   template <> inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::posts>;
//
// many<C>: the foreign key is on C's table and references T's. one<C>: the foreign key is on T's own
// table (many-to-one), or on C's table and unique (one-to-one). via<&table_t::column> picks one of
// several foreign keys. The session binds the members of its objects: they load on first access
// (one SELECT), or eagerly with query<T>().with<&T::member>() (one SELECT ... IN per relationship),
// and at flush each child's foreign key is set from its parent's key.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "../run/connection.hpp"
#include "../run/error.hpp"
#include "mapping.hpp"
#include "model.hpp"
#include "object_list.hpp"

namespace sequel {

// Options of many<> and one<>: the foreign key to follow when several link the tables,
template <auto Column>
struct via;
template <class Column, class Table, Column Table::*Member>
struct via<Member> {
  using column = Column;
};
// many<C, through<post_tags_t>>: many-to-many, one row of the association table per link,
template <class Table>
struct through {};
// remove() of the parent removes its children too,
struct cascade_delete {};
// and erase() of a child from the collection removes the child (else its foreign key becomes NULL).
struct delete_orphan {};

namespace orm::detail {
struct relation_access;

// How a member reaches its session; set when its object enters one. Functions of the relationship,
// so that many<C> itself need not know its parent's type.
struct relation_link {
  void* session = nullptr;
  void* owner = nullptr;
  void (*load)(void* session, void* owner, void* self) = nullptr;
  void* (*adopt)(void* session, void* object) = nullptr;  // session.add(), the session's object back
  void (*orphan)(void* session, void* child) = nullptr;    // on erase(): remove() or set NULL
  void (*move_in)(void* session, void* owner, void* child) = nullptr;  // out of its old parent's list

  relation_link const& bound(char const* what) const {
    if (!session)
      throw error(std::string(what) + ": the object that holds the relationship is not in a session; add() it first");
    return *this;
  }
};
}  // namespace orm::detail

// The children of a one-to-many relationship, iterated as C&; loaded on first use.
template <class C, class... Options>
class many {
 public:
  using value_type = C;
  using iterator = typename object_list<C>::iterator;

  iterator begin() { return iterator(loaded_items().data()); }
  iterator end() { return iterator(loaded_items().data() + items_.size()); }
  std::size_t size() { return loaded_items().size(); }
  bool empty() { return size() == 0; }
  C& operator[](std::size_t i) { return *loaded_items()[i]; }
  bool loaded() const noexcept { return loaded_; }

  // A new object into the session and the collection; its foreign key is set at flush.
  C& add(C&& child) {
    auto const& link = link_.bound("add()");
    loaded_items();
    C* own = static_cast<C*>(link.adopt(link.session, &child));
    items_.push_back(own);
    added_.push_back(own);
    return *own;
  }
  // An object of the session into the collection, out of its former parent's if that is loaded.
  void push_back(C& child) {
    auto const& link = link_.bound("push_back()");
    if (std::ranges::find(loaded_items(), &child) != items_.end()) return;
    link.move_in(link.session, link.owner, &child);
    items_.push_back(&child);
    added_.push_back(&child);
  }
  // Takes the child out: remove()d with delete_orphan, else its foreign key is set to NULL.
  void erase(C& child) {
    auto const& link = link_.bound("erase()");
    auto found = std::ranges::find(loaded_items(), &child);
    if (found == items_.end()) throw error("erase(): the object is not in this collection");
    link.orphan(link.session, &child);  // may throw: the collection stays as it was
    items_.erase(found);
    std::erase(added_, &child);
  }

 private:
  friend struct orm::detail::relation_access;
  std::vector<C*> const& loaded_items() {
    if (!loaded_ && link_.load) link_.load(link_.session, link_.owner, this);
    return items_;
  }
  orm::detail::relation_link link_;
  std::vector<C*> items_;
  std::vector<C*> added_;   // by add() or push_back() since the last commit: they take the key
  std::vector<C*> linked_;  // many-to-many: the objects whose link rows are in the database
  bool loaded_ = false;
};

// The one related object (or none) of a many-to-one or one-to-one relationship; loaded on first use.
template <class C, class... Options>
class one {
 public:
  using value_type = C;

  C* get() {
    if (!loaded_ && link_.load) link_.load(link_.session, link_.owner, this);
    return item_;
  }
  C* operator->() { return get(); }
  C& operator*() { return *get(); }
  explicit operator bool() { return get() != nullptr; }
  bool loaded() const noexcept { return loaded_; }

  // An object of the session becomes the related one; the foreign key follows at flush.
  void set(C& target) {
    link_.bound("set()");
    item_ = &target;
    loaded_ = set_ = true;
  }
  // A new object into the session, as the related one.
  C& set(C&& target) {
    auto const& link = link_.bound("set()");
    item_ = static_cast<C*>(link.adopt(link.session, &target));
    loaded_ = set_ = true;
    return *item_;
  }

 private:
  friend struct orm::detail::relation_access;
  orm::detail::relation_link link_;
  C* item_ = nullptr;
  bool loaded_ = false;
  bool set_ = false;  // by set() since the last commit: its key goes to the foreign key
};

namespace orm::detail {

enum class relation_problem {
  none,
  not_a_relation,
  unmapped_struct,
  no_key,
  ambiguous,
  not_unique,
  unmapped_key,
  misplaced_cascade
};
template <class... Options>
inline constexpr bool has_cascade_option =
    ((std::is_same_v<Options, cascade_delete> || std::is_same_v<Options, delete_orphan>) || ...);

template <class... Options>
struct via_of {
  using type = void;
};
template <auto Column, class... Options>
struct via_of<via<Column>, Options...> {
  using type = typename via<Column>::column;
};
template <class First, class... Options>
struct via_of<First, Options...> : via_of<Options...> {};

template <class... Options>
struct through_of {
  using type = void;
};
template <class Table, class... Options>
struct through_of<through<Table>, Options...> {
  using type = Table;
};
template <class First, class... Options>
struct through_of<First, Options...> : through_of<Options...> {};

// Whether Column references a column of Target (and is the one via<> names, if any).
template <class Column, class Target, class Via>
constexpr bool links_to() {
  if constexpr (std::is_void_v<typename Column::references>)
    return false;
  else
    return std::is_same_v<typename Column::references::target::table, Target> &&
           (std::is_void_v<Via> || std::is_same_v<Column, Via>);
}
struct link_search {
  std::size_t count = 0;
  std::size_t index = 0;  // of the first
};
template <class Target, class Via, class... C>
constexpr link_search search_links(sequel::detail::type_list<C...>) {
  constexpr std::array<bool, sizeof...(C)> hit{links_to<C, Target, Via>()...};
  link_search out;
  for (std::size_t i = 0; i != hit.size(); ++i)
    if (hit[i] && out.count++ == 0) out.index = i;
  return out;
}
template <class Column, class... C>
constexpr std::size_t index_in(sequel::detail::type_list<C...>) {
  constexpr std::array<bool, sizeof...(C)> same{std::is_same_v<Column, C>...};
  return static_cast<std::size_t>(std::ranges::find(same, true) - same.begin());
}
// The field of T that holds Column, field_count if none (or if Column is not of T's table).
template <class T, class Column>
constexpr std::size_t field_of_column() {
  constexpr std::size_t c = index_in<Column>(columns_of<table_of<T>>{});
  if constexpr (c < model_info<T>::column_count)
    return model_info<T>::field_of[c];
  else
    return model_info<T>::field_count;
}

// The column a foreign key references (itself while it references none: a failed relationship).
template <class Column, class = typename Column::references>
struct referenced {
  using type = typename Column::references::target;
};
template <class Column>
struct referenced<Column, void> {
  using type = Column;
};

// The two sides of a relationship from P to C: which columns hold equal values, and their fields.
template <class P, class C, bool Collection, class... Options>
struct relation_sides {
  using parent = P;
  using target = C;
  static constexpr bool collection = Collection;
  static constexpr bool many_to_many = false;
  static constexpr bool cascades = (std::is_same_v<Options, cascade_delete> || ...);
  static constexpr bool orphans_deleted = (std::is_same_v<Options, delete_orphan> || ...);
  using via_column = typename via_of<Options...>::type;
  using parent_table = table_of<P>;
  using target_table = table_of<C>;

  static constexpr link_search on_target = search_links<parent_table, via_column>(columns_of<target_table>{});
  static constexpr link_search on_parent =
      Collection ? link_search{} : search_links<target_table, via_column>(columns_of<parent_table>{});
  // many-to-one: the foreign key is on P's own table.
  static constexpr bool key_on_parent = on_parent.count != 0;
  using key_table = std::conditional_t<key_on_parent, parent_table, target_table>;
  using foreign_key = nth<key_on_parent ? on_parent.index : on_target.index, columns_of<key_table>>;
  using key_target = typename referenced<foreign_key>::type;
  using parent_column = std::conditional_t<key_on_parent, foreign_key, key_target>;
  using target_column = std::conditional_t<key_on_parent, key_target, foreign_key>;
  static constexpr std::size_t parent_field = field_of_column<P, parent_column>();
  static constexpr std::size_t target_field = field_of_column<C, target_column>();

  static constexpr bool unique_key = is_unique_alone<foreign_key>;
  static constexpr relation_problem problem = [] {
    using enum relation_problem;
    if (on_parent.count + on_target.count == 0) return no_key;
    if (on_parent.count + on_target.count > 1) return ambiguous;
    if (!Collection && !key_on_parent && !unique_key) return not_unique;
    if (parent_field == model_info<P>::field_count || target_field == model_info<C>::field_count) return unmapped_key;
    if (!Collection && has_cascade_option<Options...>) return misplaced_cascade;
    return none;
  }();
};

// Many-to-many: the association table A has one foreign key to each side.
template <class P, class C, class A, class... Options>
struct relation_through {
  using parent = P;
  using target = C;
  using secondary = A;
  static constexpr bool collection = true;
  static constexpr bool many_to_many = true;
  static constexpr bool key_on_parent = false;
  static constexpr bool cascades = false;
  static constexpr bool orphans_deleted = false;
  using parent_table = table_of<P>;
  using target_table = table_of<C>;

  static constexpr link_search to_parent = search_links<parent_table, void>(columns_of<A>{});
  static constexpr link_search to_target = search_links<target_table, void>(columns_of<A>{});
  using parent_link = nth<to_parent.index, columns_of<A>>;
  using target_link = nth<to_target.index, columns_of<A>>;
  using parent_column = typename referenced<parent_link>::type;
  using target_column = typename referenced<target_link>::type;
  static constexpr std::size_t parent_field = field_of_column<P, parent_column>();
  static constexpr std::size_t target_field = field_of_column<C, target_column>();

  static constexpr relation_problem problem = [] {
    using enum relation_problem;
    if (to_parent.count == 0 || to_target.count == 0) return no_key;
    if (to_parent.count > 1 || to_target.count > 1) return ambiguous;
    if (parent_field == model_info<P>::field_count || target_field == model_info<C>::field_count) return unmapped_key;
    if (has_cascade_option<Options...>) return misplaced_cascade;
    return none;
  }();
};

template <relation_problem Problem>
struct relation_failed {
  static constexpr relation_problem problem = Problem;
  static constexpr bool many_to_many = false;
};

template <class P, class Member>
struct relation_of : relation_failed<relation_problem::not_a_relation> {};
template <class P, class C, bool Collection, class... Options>
using sides = std::conditional_t<std::is_void_v<typename through_of<Options...>::type>,
                                 relation_sides<P, C, Collection, Options...>,
                                 relation_through<P, C, typename through_of<Options...>::type, Options...>>;
template <class P, class C, bool Collection, class... Options>
using checked_sides = std::conditional_t<session_ready<P> && session_ready<C>, sides<P, C, Collection, Options...>,
                                         relation_failed<relation_problem::unmapped_struct>>;
template <class P, class C, class... Options>
struct relation_of<P, many<C, Options...>> : checked_sides<P, C, true, Options...> {};
template <class P, class C, class... Options>
struct relation_of<P, one<C, Options...>> : checked_sides<P, C, false, Options...> {};

// What the relationship member Member (&User::posts) links.
template <auto Member>
struct relation : relation_failed<relation_problem::not_a_relation> {};
template <class P, class R, R P::*Member>
struct relation<Member> : relation_of<P, R> {};

template <auto Member>
inline constexpr relation_problem problem_of = relation<Member>::problem;

}  // namespace orm::detail

// The relationship members of a struct, checked where they are registered.
template <auto... Members>
struct relationships_t {
  static_assert(((orm::detail::problem_of<Members> != orm::detail::relation_problem::not_a_relation) && ...),
                "relationships<>: each member must be a field of the struct of type sq::many<T> or sq::one<T>");
  static_assert(((orm::detail::problem_of<Members> != orm::detail::relation_problem::unmapped_struct) && ...),
                "relationships<>: both structs of a relationship must be mapped (BOOST_HANA_ADAPT_STRUCT and "
                "table_for<T>) before the relationship is registered");
  static_assert(((orm::detail::problem_of<Members> != orm::detail::relation_problem::no_key) && ...),
                "relationships<>: no foreign key links the two structs' tables (or the through<> table to "
                "each); add a column with references<&table_t::column>, or name one in via<>");
  static_assert(((orm::detail::problem_of<Members> != orm::detail::relation_problem::ambiguous) && ...),
                "relationships<>: several foreign keys link the two structs' tables; pick one with "
                "sq::via<&table_t::column> (a through<> table needs exactly one to each side)");
  static_assert(((orm::detail::problem_of<Members> != orm::detail::relation_problem::not_unique) && ...),
                "relationships<>: one<T> found the foreign key on T's table, but it is not unique, so there "
                "may be several; make the column unique or use many<T>");
  static_assert(((orm::detail::problem_of<Members> != orm::detail::relation_problem::unmapped_key) && ...),
                "relationships<>: the foreign key's column, or the column it references, has no field in "
                "its struct; add the field");
  static_assert(((orm::detail::problem_of<Members> != orm::detail::relation_problem::misplaced_cascade) && ...),
                "relationships<>: cascade_delete and delete_orphan apply to the children of a one-to-many "
                "many<T>; a one<T> or a many<T, through<...>> takes neither");
  static constexpr bool valid = ((orm::detail::problem_of<Members> == orm::detail::relation_problem::none) && ...);

  template <auto Member>
  static constexpr bool contains =
      (std::is_same_v<std::integral_constant<decltype(Member), Member>,
                      std::integral_constant<decltype(Members), Members>> ||
       ...);

  // f(std::integral_constant<..., Member>{}) for each member.
  template <class F>
  static void each([[maybe_unused]] F&& f) {
    if constexpr (valid) (f(std::integral_constant<decltype(Members), Members>{}), ...);
  }
};

template <auto... Members>
inline constexpr relationships_t<Members...> relationships{};

// Specialize for each struct with relationships:
//   template <> inline constexpr auto sq::relationships_of<User> = sq::relationships<&User::posts>;
template <class T>
inline constexpr relationships_t<> relationships_of{};

namespace orm::detail {

template <class T>
using relations_list = std::remove_cvref_t<decltype(relationships_of<T>)>;

// A key's value as the identity map orders it, nullopt for NULL.
template <class F>
auto key_value(F const& value) {
  if constexpr (is_nullable<F>)
    return value ? std::optional(key_part(*value)) : std::nullopt;
  else
    return std::optional(key_part(value));
}
template <class To, class From>
void assign_key(To& to, From const& from) {
  if constexpr (is_nullable<From> && !is_nullable<To>) {
    if (from) to = *from;
  } else {
    to = from;
  }
}

// The session's side: members, and what the session keeps private (a friend of session).
struct relation_access {
  // The objects given by add(), push_back() or set() since the last commit.
  template <class C, class... O>
  static std::span<C* const> changed(many<C, O...> const& m) {
    return m.added_;
  }
  template <class C, class... O>
  static std::span<C* const> changed(one<C, O...> const& m) {
    return m.set_ && m.item_ ? std::span<C* const>(&m.item_, 1) : std::span<C* const>();
  }
  template <class C, class... O>
  static void settle(many<C, O...>& m) {
    m.added_.clear();
  }
  template <class C, class... O>
  static void settle(one<C, O...>& m) {
    m.set_ = false;
  }
  template <class C, class... O>
  static void attach(many<C, O...>& m, C* child) {
    m.items_.push_back(child);
  }
  template <class C, class... O>
  static void detach(many<C, O...>& m, C* child) {
    std::erase(m.items_, child);
    std::erase(m.added_, child);
  }
  template <class C, class... O>
  static void attach(one<C, O...>& m, C* child) {
    m.item_ = child;
  }
  // Empty and loaded (an object just added, or before an eager load), or empty and to load.
  template <class R>
  static void reset(R& m, bool loaded) {
    if constexpr (requires { m.items_; }) {
      m.items_.clear();
      m.added_.clear();
      m.linked_.clear();
    } else {
      m.item_ = nullptr;
      m.set_ = false;
    }
    m.loaded_ = loaded;
  }
  // Many-to-many: the collection, and the objects whose link rows are in the database.
  template <class C, class... O>
  static std::vector<C*>& items(many<C, O...>& m) {
    return m.items_;
  }
  template <class C, class... O>
  static std::vector<C*>& linked(many<C, O...>& m) {
    return m.linked_;
  }
  template <class R>
  static void bind(R& m, relation_link link) {
    m.link_ = link;
  }

  template <class T, class Session>
  static auto& mapper(Session& s) {
    return s.template mapper_for<T>();
  }
  template <class Session, class F>
  static void with_connection(Session& s, F&& f) {
    s.with_connection(f);
  }
  template <class Session, class S>
  static void echo(Session& s, connection const& db, S const& stmt) {
    s.engine_.echo(db, stmt);
  }
  template <class Session>
  static void autoflush(Session& s) {
    s.autoflush_now();
  }
};

inline constexpr std::size_t key_batch = 500;  // keys per IN list: under every database's parameter limit

// f(keys) for each batch of keys.
template <class Key, class F>
void in_batches(std::vector<Key> const& keys, F&& f) {
  for (std::size_t at = 0; at < keys.size(); at += key_batch)
    f(std::vector<Key>(keys.begin() + static_cast<std::ptrdiff_t>(at),
                       keys.begin() + static_cast<std::ptrdiff_t>(std::min(at + key_batch, keys.size()))));
}

// Loads the objects of C whose Column is in keys, in primary key order; each(C*) for each one not
// remove()d.
template <class C, class Column, class Session, class Key, class Each>
void load_where_in(Session& s, std::vector<Key> const& keys, Each&& each) {
  using target_model = model<C>;
  auto& objects = relation_access::mapper<C>(s);
  in_batches(keys, [&](std::vector<Key> part) {
    auto stmt = [&]<std::size_t... K>(std::index_sequence<K...>) {
      return target_model::select_all()
          .where(Column{}.in(std::move(part)))
          .order_by(typename target_model::template column<target_model::key_fields[K]>{}...);
    }(std::make_index_sequence<target_model::key_count>{});
    relation_access::with_connection(s, [&](connection& db) {
      relation_access::echo(s, db, stmt);
      for (C& row : db.execute(stmt).template as<C>()) {
        C* object = objects.load(std::move(row));
        if (auto known = objects.known(target_model::key_of(*object)); !known || *known) each(object);
      }
      return 0;
    });
  });
}

// Loads the relationship Member of each parent: one SELECT ... WHERE key IN (...) per 500 keys (two
// for a many-to-many: the link rows, then the objects).
template <auto Member, class Session, class P>
void load_relation(Session& s, std::vector<P*> const& parents) {
  using rel = relation<Member>;
  using C = typename rel::target;
  using parent_model = model<P>;
  using target_model = model<C>;
  using key = typename decltype(key_value(parent_model::template field<rel::parent_field>(std::declval<P&>())))::value_type;
  std::map<key, std::vector<P*>> by_key;
  for (P* p : parents) {
    relation_access::reset(p->*Member, true);
    if (auto k = key_value(parent_model::template field<rel::parent_field>(*p))) by_key[*k].push_back(p);
  }
  std::vector<key> keys;
  for (auto const& [k, owners] : by_key) keys.push_back(k);
  if constexpr (!rel::many_to_many) {
    load_where_in<C, typename rel::target_column>(s, keys, [&](C* child) {
      auto k = key_value(target_model::template field<rel::target_field>(*child));
      if (auto found = k ? by_key.find(*k) : by_key.end(); found != by_key.end())
        for (P* p : found->second) relation_access::attach(p->*Member, child);
    });
  } else {
    using A = typename rel::secondary;
    using target_key = typename decltype(key_value(target_model::template field<rel::target_field>(std::declval<C&>())))::value_type;
    std::vector<std::pair<key, target_key>> links;
    in_batches(keys, [&](std::vector<key> part) {
      auto stmt = sequel::select(typename rel::parent_link{}, typename rel::target_link{})
                      .from(A{})
                      .where(typename rel::parent_link{}.in(std::move(part)));
      relation_access::with_connection(s, [&](connection& db) {
        relation_access::echo(s, db, stmt);
        for (auto const& [from, to] : db.execute(stmt)) {
          auto f = key_value(from);
          auto t = key_value(to);
          if (f && t) links.emplace_back(*f, *t);
        }
        return 0;
      });
    });
    std::vector<target_key> wanted;
    for (auto const& link : links) wanted.push_back(link.second);
    std::ranges::sort(wanted);
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::map<target_key, C*> found;
    load_where_in<C, typename rel::target_column>(s, wanted, [&](C* child) {
      if (auto k = key_value(target_model::template field<rel::target_field>(*child))) found.emplace(*k, child);
    });
    std::ranges::sort(links, {}, &std::pair<key, target_key>::second);  // each collection in the targets' order
    for (auto const& [from, to] : links)
      if (auto child = found.find(to); child != found.end())
        for (P* p : by_key[from]) {
          relation_access::items(p->*Member).push_back(child->second);
          relation_access::linked(p->*Member).push_back(child->second);
        }
  }
}

// The functions a bound member calls.
template <auto Member, class Session>
struct relation_functions {
  using rel = relation<Member>;
  using P = typename rel::parent;
  using C = typename rel::target;

  static void load(void* session, void* owner, void* self) {
    auto& s = *static_cast<Session*>(session);
    relation_access::autoflush(s);
    P* parent = static_cast<P*>(owner);
    load_relation<Member>(s, std::vector<P*>{parent});
    auto* member = static_cast<std::remove_cvref_t<decltype(parent->*Member)>*>(self);
    if (member != &(parent->*Member)) *member = parent->*Member;  // a copy of the object's member
  }
  static void* adopt(void* session, void* object) {
    return &static_cast<Session*>(session)->add(std::move(*static_cast<C*>(object)));
  }
  static void orphan(void* session, void* child) {
    auto& object = *static_cast<C*>(child);
    auto& key = model<C>::template field<rel::target_field>(object);
    if constexpr (rel::many_to_many)
      return;  // the link row goes at flush
    else if constexpr (rel::orphans_deleted)
      static_cast<Session*>(session)->remove(object);
    else if constexpr (is_nullable<std::remove_cvref_t<decltype(key)>>)
      key = std::nullopt;
    else
      throw error("erase(): the child's foreign key is NOT NULL, so it cannot be left without a parent; "
                  "declare the relationship with sq::delete_orphan, or remove() the child");
  }
  // The parent the child's key names now, when the key is the parent's primary key.
  static void move_in(void* session, void* owner, void* child) {
    using parent_model = model<P>;
    if constexpr (rel::collection && !rel::many_to_many && parent_model::key_count == 1 && parent_model::key_fields[0] == rel::parent_field) {
      auto& s = *static_cast<Session*>(session);
      auto k = key_value(model<C>::template field<rel::target_field>(*static_cast<C*>(child)));
      if (!k) return;
      auto known = relation_access::mapper<P>(s).known(typename parent_model::key_type{*k});
      if (known && *known && *known != owner) relation_access::detach(**known.*Member, static_cast<C*>(child));
    }
  }
};

// An object entering the session: its members bound, loaded and empty when it is new (but a
// many-to-one member, which loads by the object's own foreign key).
template <class Session, class T>
void bind_relations(Session& s, T& object, bool fresh) {
  relations_list<T>::each([&]<class M>(M) {
    using rel = relation<M::value>;
    using functions = relation_functions<M::value, Session>;
    auto& member = object.*M::value;
    relation_access::bind(member, {&s, &object, &functions::load, &functions::adopt, &functions::orphan, &functions::move_in});
    relation_access::reset(member, fresh && !rel::key_on_parent);
  });
}

// After a rollback (loaded again on next use), or leaving the session (unbound).
template <class T>
void reset_relations(T& object, bool unbind) {
  relations_list<T>::each([&]<class M>(M) {
    relation_access::reset(object.*M::value, false);
    if (unbind) relation_access::bind(object.*M::value, {});
  });
}

// The foreign keys from what the members were given since the last commit: each child added to a
// collection (or set() as a one-to-one) takes its parent's key, and a many-to-one member set() to
// an object gives its own object that one's key (applied after: it wins over a collection).
template <class T>
void sync_relations(T& object) {
  relations_list<T>::each([&]<class M>(M) {
    using rel = relation<M::value>;
    using C = typename rel::target;
    if constexpr (!rel::many_to_many) {
      for (C* target : relation_access::changed(object.*M::value)) {
        if constexpr (rel::key_on_parent)
          assign_key(model<T>::template field<rel::parent_field>(object), model<C>::template field<rel::target_field>(*target));
        else
          assign_key(model<C>::template field<rel::target_field>(*target), model<T>::template field<rel::parent_field>(object));
      }
    }
  });
}

// After a commit: what the members were given is in the database.
template <class T>
void settle_relations(T& object) {
  relations_list<T>::each([&]<class M>(M) { relation_access::settle(object.*M::value); });
}

// remove() of an object removes the children of its cascade_delete relationships.
template <class Session, class T>
void cascade_remove(Session& s, T& object) {
  relations_list<T>::each([&]<class M>(M) {
    using rel = relation<M::value>;
    if constexpr (rel::cascades && rel::collection) {
      auto& member = object.*M::value;
      if (!member.loaded()) relation_functions<M::value, Session>::load(&s, &object, &member);
      std::vector<typename rel::target*> children = relation_access::items(member);
      for (auto* child : children) s.remove(*child);
    }
  });
}

// Whether a many-to-many collection of the object differs from its link rows.
template <class T>
bool links_changed(T& object) {
  bool changed = false;
  relations_list<T>::each([&]<class M>(M) {
    if constexpr (relation<M::value>::many_to_many) {
      auto& member = object.*M::value;
      changed = changed || (member.loaded() && relation_access::items(member) != relation_access::linked(member));
    }
  });
  return changed;
}

// Many-to-many: the link rows of the object's collections, after every INSERT and UPDATE and before
// any DELETE. A removed object loses all its link rows; a removed target leaves the collections.
template <class Session, class Context, class T>
void write_links(Session& s, Context& ctx, T& object, bool removed) {
  relations_list<T>::each([&]<class M>(M) {
    using rel = relation<M::value>;
    if constexpr (rel::many_to_many) {
      using C = typename rel::target;
      using A = typename rel::secondary;
      using parent_link = typename rel::parent_link;
      using target_link = typename rel::target_link;
      auto run = [&](auto const& stmt) {
        ctx.owner.echo(ctx.db, stmt);
        ctx.db.execute(stmt);
      };
      auto& member = object.*M::value;
      auto const& from = model<T>::template field<rel::parent_field>(object);
      if (removed) {
        run(delete_from(A{}).where(parent_link{} == from));
        return;
      }
      if (!member.loaded()) return;
      auto& targets = relation_access::mapper<C>(s);
      auto& items = relation_access::items(member);
      auto& linked = relation_access::linked(member);
      std::erase_if(items, [&](C* c) {
        auto known = targets.known(model<C>::key_of(*c));
        return known && !*known;
      });
      for (C* c : linked)
        if (std::ranges::find(items, c) == items.end())
          run(delete_from(A{}).where(parent_link{} == from &&
                                     target_link{} == model<C>::template field<rel::target_field>(*c)));
      for (C* c : items)
        if (std::ranges::find(linked, c) == linked.end())
          run(insert_into(A{}).values(parent_link{} = from,
                                      target_link{} = model<C>::template field<rel::target_field>(*c)));
      linked = items;
    }
  });
}

}  // namespace orm::detail
}  // namespace sequel
