// SPDX-License-Identifier: BSL-1.0
// session.query<User>().filter(users.age > 28).order_by(users.name.asc()).limit(10).offset(20)
//   .all()    every matching object (object_list<User>: iterates as User&)
//   .first()  User*, nullptr if none          .one()    User&, or sq::result_error unless exactly one
//   .count()  how many rows match
//   .with<&User::posts>()  loads that relationship of every object found, with one more SELECT
// Each call returns a new query whose type records its clauses, so the SELECT's text is still built
// at compile time. Rows become the session's objects: one per primary key (the identity map).
#pragma once
#include <algorithm>
#include <concepts>
#include <cstdint>
#include <tuple>
#include <type_traits>
#include <utility>

#include "../expr/logic.hpp"
#include "../expr/order.hpp"
#include "session.hpp"

namespace sequel::orm {

template <class T, class Where, class Order, bool Limit, bool Offset, class With>
class query {
 public:
  query(session& s, Where where, Order order, std::int64_t limit, std::int64_t offset)
      : session_(&s), where_(std::move(where)), order_(std::move(order)), limit_(limit), offset_(offset) {}

  // Keeps the rows for which the condition holds; filters add up with AND.
  template <class Condition>
  auto filter(Condition const& condition) const {
    static_assert(expression<Condition>,
                  "filter(): the condition must be a sequel expression such as users.age > 28");
    if constexpr (!expression<Condition>) {
      return *this;  // reported above
    } else {
      static_assert(is_boolean<Condition>,
                    "filter(): the condition must be boolean; compare the column with a value");
      static_assert(sequel::detail::is_subset<tables_of<Condition>, sequel::detail::type_list<table>>,
                    "filter(): the condition uses a column of another table than table_for<T>; "
                    "filter on the columns of T's own table");
      if constexpr (std::is_same_v<Where, no_filter>)
        return query<T, Condition, Order, Limit, Offset, With>(*session_, condition, order_, limit_, offset_);
      else
        return make(where_ && condition, order_, limit_, offset_);
    }
  }

  // Sort keys: columns, expressions, expr.asc(), expr.desc(); added after those given before.
  template <class... Keys>
  auto order_by(Keys const&... keys) const {
    static_assert(sizeof...(Keys) != 0, "order_by(): name at least one sort key");
    constexpr bool keys_ok = ((expression<Keys> || is_order_item<Keys>) && ...);
    static_assert(keys_ok, "order_by(): every key must be an expression, expr.asc() or expr.desc()");
    if constexpr (!keys_ok) {
      return *this;  // reported above
    } else {
      static_assert((sequel::detail::is_subset<typename Keys::tables, sequel::detail::type_list<table>> && ...),
                    "order_by(): a sort key uses a column of another table than table_for<T>");
      return make(where_, std::tuple_cat(order_, std::tuple{as_order_item(keys)...}), limit_, offset_);
    }
  }

  template <class N>
  auto limit(N count) const {
    static_assert(std::is_integral_v<N> && !std::is_same_v<N, bool>, "limit(): the row count must be an integer");
    static_assert(!Limit, "limit(): the query has a limit already");
    return query<T, Where, Order, true, Offset, With>(*session_, where_, order_, row_count(count).value, offset_);
  }
  template <class N>
  auto offset(N count) const {
    static_assert(std::is_integral_v<N> && !std::is_same_v<N, bool>, "offset(): the row count must be an integer");
    static_assert(!Offset, "offset(): the query has an offset already");
    return query<T, Where, Order, Limit, true, With>(*session_, where_, order_, limit_, row_count(count).value);
  }

  // Loads the relationship Member (&User::posts) of the objects found eagerly: one more SELECT ...
  // WHERE key IN (...) for all of them, instead of one per object on first access.
  template <auto Member>
  auto with() const {
    constexpr bool registered = detail::relations_list<T>::template contains<Member>;
    static_assert(registered,
                  "with<>(): the member is not a relationship of T; name a member registered in "
                  "sq::relationships_of<T>");
    if constexpr (!registered)
      return *this;  // reported above
    else
      return query<T, Where, Order, Limit, Offset, add_relation<With, Member>>(*session_, where_, order_, limit_, offset_);
  }

  // Every matching object, in the database's order unless order_by() says otherwise.
  object_list<T> all() const {
    object_list<T> out;
    if constexpr (session_ready<T>)
      run(statement(), [&out](T* object) {
        out.push_back(object);
        return true;
      });
    return out;
  }

  // The first matching object (the query gets LIMIT 1), or nullptr.
  T* first() const {
    T* found = nullptr;
    auto take = [&found](T* object) {
      found = object;
      return false;
    };
    if constexpr (session_ready<T> && Limit)
      run(statement(), take);
    else if constexpr (session_ready<T>)
      run(statement().limit(1), take);
    return found;
  }

  // The only matching object; sq::result_error if there is none or more than one.
  T& one() const {
    object_list<T> found;
    auto take = [&found](T* object) {
      found.push_back(object);
      return found.size() < 2;
    };
    if constexpr (session_ready<T> && Limit)
      run(statement(), take);
    else if constexpr (session_ready<T>)
      run(statement().limit(2), take);
    if (found.empty()) throw result_error("one(): the query matched no row");
    if (found.size() > 1) throw result_error("one(): the query matched more than one row");
    return found.front();
  }

  // How many objects all() would return: SELECT COUNT(*) with the filters, then limit and offset.
  std::int64_t count() const {
    std::int64_t n = 0;
    if constexpr (session_ready<T>) {
      session_->autoflush_now();
      auto stmt = with_where(sequel::select(sequel::count()).from(table_for<T>));
      n = session_->with_connection([&](connection& db) {
        session_->engine_.echo(db, stmt);
        return db.execute(stmt).scalar();
      });
    }
    if constexpr (Offset) n = std::max<std::int64_t>(0, n - offset_);
    if constexpr (Limit) n = std::min(n, limit_);
    return n;
  }

  // The Core SELECT this query runs, with every clause given so far.
  auto statement() const {
    auto filtered = with_where(model<T>::select_all());
    auto sorted = [&] {
      if constexpr (std::tuple_size_v<Order> == 0)
        return filtered;
      else
        return std::apply([&](auto const&... keys) { return filtered.order_by(keys...); }, order_);
    }();
    if constexpr (Limit && Offset)
      return sorted.limit(limit_).offset(offset_);
    else if constexpr (Limit)
      return sorted.limit(limit_);
    else if constexpr (Offset)
      return sorted.offset(offset_);
    else
      return sorted;
  }

 private:
  using table = table_of<T>;

  template <class List, auto Member>
  struct add_relation_impl;
  template <auto... Members, auto Member>
  struct add_relation_impl<relationships_t<Members...>, Member> {
    using type = relationships_t<Members..., Member>;
  };
  template <class List, auto Member>
  using add_relation = typename add_relation_impl<List, Member>::type;

  template <class W, class O>
  query<T, W, O, Limit, Offset, With> make(W where, O order, std::int64_t limit, std::int64_t offset) const {
    return {*session_, std::move(where), std::move(order), limit, offset};
  }

  template <class S>
  auto with_where(S const& stmt) const {
    if constexpr (std::is_same_v<Where, no_filter>)
      return stmt;
    else
      return stmt.where(where_);
  }

  // Flushes (autoflush), runs the SELECT and hands each row's object to each(object) until it
  // returns false.
  template <class S, class Each>
  void run(S const& stmt, Each&& each) const {
    if constexpr (session_ready<T>) {
      session_->autoflush_now();
      auto& objects = session_->template mapper_for<T>();
      constexpr bool eager = !std::is_same_v<With, relationships_t<>>;
      std::vector<T*> found;  // for with<>()
      session_->with_connection([&](connection& db) {
        session_->engine_.echo(db, stmt);
        for (T& row : db.execute(stmt).template as<T>()) {
          T* object = objects.load(std::move(row));
          if constexpr (eager) found.push_back(object);
          if (!each(object)) break;
        }
        return 0;
      });
      if (!found.empty())
        With::each([&]<class M>(M) { detail::load_relation<M::value>(*session_, found); });
    }
  }

  session* session_;
  Where where_;
  Order order_;
  std::int64_t limit_;
  std::int64_t offset_;
};

}  // namespace sequel::orm

namespace sequel {

template <class T>
auto session::query() {
  SEQUEL_ORM_CHECK_MODEL(T, "query<T>()");
  return orm::query<T>(*this, {}, {}, 0, 0);
}

}  // namespace sequel
