// SPDX-License-Identifier: BSL-1.0
// sq::session: the unit of work over an engine. It owns the objects it hands out (one per primary
// key, at a stable address until close() or expunge()), finds what changed by comparing each object
// with the row it was loaded from, and writes it all in one transaction at flush(), parents first.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <memory>
#include <optional>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../run/transaction.hpp"
#include "engine.hpp"
#include "mapping.hpp"
#include "object_list.hpp"
#include "unit_of_work.hpp"

namespace sequel {

namespace orm {
struct no_filter {};
template <class T, class Where = no_filter, class Order = std::tuple<>, bool Limit = false, bool Offset = false,
          class With = relationships_t<>>
class query;
}  // namespace orm

class session {
 public:
  explicit session(engine const& e) : engine_(e) {}
  session(session const&) = delete;
  session& operator=(session const&) = delete;
  // Rolls back what was not committed, like close().
  ~session() { close(); }

  // Takes the object into the session (it is INSERTed at the next flush) and returns the session's
  // own, whose generated key is filled in then.
  template <class Object>
  std::remove_cvref_t<Object>& add(Object&& object) {
    using T = std::remove_cvref_t<Object>;
    SEQUEL_ORM_CHECK_MODEL(T, "add()");
    static_assert(!std::is_lvalue_reference_v<Object>,
                  "add(): the session takes the object over; pass a temporary or std::move(object), "
                  "and use the reference add() returns");
    if constexpr (orm::session_ready<T> && !std::is_lvalue_reference_v<Object>) {
      auto& m = mapper_for<T>();
      if (m.find(&object)) throw error("add(): the object is in this session already");
      return m.add(std::move(object));
    } else {
      std::terminate();  // reported above
    }
  }

  // add() for each; braces copy their objects, a range given as an rvalue is moved from.
  template <class T>
  object_list<T> add_all(std::initializer_list<T> objects) {
    SEQUEL_ORM_CHECK_MODEL(T, "add_all()");
    object_list<T> out;
    if constexpr (orm::session_ready<T>)
      for (T const& object : objects) out.push_back(&mapper_for<T>().add(T(object)));
    return out;
  }
  template <std::ranges::input_range Range>
  auto add_all(Range&& objects) {
    using T = std::ranges::range_value_t<Range>;
    SEQUEL_ORM_CHECK_MODEL(T, "add_all()");
    static_assert(!std::is_lvalue_reference_v<Range>,
                  "add_all(): the session takes the objects over; pass a temporary range or "
                  "std::move(range)");
    object_list<T> out;
    if constexpr (orm::session_ready<T> && !std::is_lvalue_reference_v<Range>)
      for (auto&& object : objects) out.push_back(&mapper_for<T>().add(T(std::move(object))));
    return out;
  }

  // Marks an object of the session for DELETE at the next flush; one not inserted yet just leaves.
  template <class T>
  void remove(T const& object) {
    SEQUEL_ORM_CHECK_MODEL(T, "remove()");
    if constexpr (orm::session_ready<T>) {
      auto& m = mapper_for<T>();
      orm::detail::cascade_remove(*this, m.find_or_throw(object, "remove()").object);
      m.remove(object);
    }
  }

  // Takes an object out of the session and returns it; the reference is no longer valid.
  template <class T>
  T expunge(T& object) {
    SEQUEL_ORM_CHECK_MODEL(T, "expunge()");
    if constexpr (orm::session_ready<T>)
      return mapper_for<T>().expunge(object);
    else
      return T(std::move(object));  // reported above
  }

  // Reads the object's row again, over any change not flushed yet.
  template <class T>
  void refresh(T& object) {
    SEQUEL_ORM_CHECK_MODEL(T, "refresh()");
    if constexpr (orm::session_ready<T>) {
      using model = orm::model<T>;
      auto& m = mapper_for<T>();
      auto& e = m.find_or_throw(object, "refresh()");
      if (e.state == orm::detail::object_state::pending)
        throw error("refresh(): the object has no row yet; flush() or commit() first");
      auto stmt = model::select_all().where(model::key_condition(model::key_of(e.snapshot)));
      auto row = with_connection([&](connection& db) {
        engine_.echo(db, stmt);
        return db.execute(stmt).template as<T>().first();
      });
      if (!row) throw result_error("refresh(): the object's row is no longer in the database");
      m.refreshed(object, std::move(*row));
    }
  }

  // The object with this primary key (one value per key column): from the identity map without SQL
  // when the session has it, else loaded; nullptr if there is no such row (or it was remove()d).
  template <class T, class... Key>
  T* get(Key const&... key) {
    SEQUEL_ORM_CHECK_MODEL(T, "get<T>()");
    if constexpr (orm::session_ready<T>) {
      using model = orm::model<T>;
      static_assert(sizeof...(Key) == model::key_count,
                    "get<T>(): give one value for each column of the primary key, in their order");
      if constexpr (sizeof...(Key) == model::key_count) {
        typename model::key_type k(key...);
        auto& m = mapper_for<T>();
        if (auto known = m.known(k)) return *known;
        autoflush_now();
        if (auto known = m.known(k)) return *known;
        auto stmt = model::select_all().where(model::key_condition(k));
        return with_connection([&](connection& db) -> T* {
          engine_.echo(db, stmt);
          auto row = db.execute(stmt).template as<T>().first();
          return row ? m.load(std::move(*row)) : nullptr;
        });
      } else {
        return nullptr;  // reported above
      }
    } else {
      return nullptr;
    }
  }

  // session.query<User>().filter(users.age > 28).order_by(users.name).all(): see orm/query.hpp.
  template <class T>
  auto query();

  // Writes every change in one transaction (begun here if none is open), parents before children,
  // deletes children first. On failure the transaction is rolled back, every change stays pending
  // (inserted objects lose their generated key again), and the error is rethrown.
  void flush() {
    for (auto const& m : mappers_) m->sync_relations();
    bool any = false;
    for (auto const& m : mappers_) any = any || m->has_changes();
    if (!any) return;
    begin();
    orm::detail::flush_context ctx{**connection_, engine_};
    try {
      for (auto const& m : mappers_) m->flush_saves(ctx);
      for (auto const& m : mappers_) m->flush_links(ctx);
      for (auto it = mappers_.rbegin(); it != mappers_.rend(); ++it) (*it)->flush_deletes(ctx);
    } catch (...) {
      abandon_transaction();
      throw;
    }
  }

  // flush(), then COMMIT. On failure, as flush(): rolled back, changes pending, error rethrown.
  void commit() {
    flush();
    if (transaction_) {
      try {
        engine_.echo("COMMIT");
        transaction_->commit();
      } catch (...) {
        abandon_transaction();
        throw;
      }
      transaction_.reset();
    }
    for (auto const& m : mappers_) m->after_commit();
    release_connection(false);
  }

  // Rolls the transaction back and undoes every change in memory: new objects leave the session
  // (alive until close()), loaded ones get their committed values back, removed ones return.
  void rollback() {
    std::exception_ptr failure;
    bool broken = false;
    if (transaction_) {
      try {
        engine_.echo("ROLLBACK");
        transaction_->rollback();
      } catch (connection_error const&) {
        broken = true;
        failure = std::current_exception();
      } catch (...) {
        failure = std::current_exception();
      }
      transaction_.reset();
    }
    for (auto const& m : mappers_) m->after_rollback();
    release_connection(broken);
    if (failure) std::rethrow_exception(failure);
  }

  // Rolls back what was not committed and lets every object go. The session can be used again.
  void close() noexcept {
    release_connection(roll_back_quietly());
    for (auto const& m : mappers_) m->clear();
    mappers_.clear();
    by_type_.clear();
  }

  template <class T>
  bool contains(T const& object) const {
    auto* m = find_mapper<T>();
    return m && m->find(&object) != nullptr;
  }
  // Whether the object has something to write: new, removed, or changed since loaded.
  template <class T>
  bool is_modified(T const& object) const {
    auto* m = find_mapper<T>();
    return m && m->is_modified(object);
  }
  bool in_transaction() const noexcept { return transaction_.has_value(); }

  // Queries and get() flush first (on by default), so that they see the session's changes.
  bool autoflush() const noexcept { return autoflush_; }
  void set_autoflush(bool on) noexcept { autoflush_ = on; }

  engine const& get_engine() const noexcept { return engine_; }

 private:
  template <class T, class Where, class Order, bool Limit, bool Offset, class With>
  friend class orm::query;
  friend struct orm::detail::relation_access;

  template <class T>
  orm::detail::mapper<T>* find_mapper() const {
    auto found = by_type_.find(orm::detail::type_id<T>);
    return found == by_type_.end() ? nullptr : static_cast<orm::detail::mapper<T>*>(found->second);
  }
  template <class T>
  orm::detail::mapper<T>& mapper_for() {
    if (auto* m = find_mapper<T>()) return *m;
    auto owned = std::make_unique<orm::detail::mapper<T>>(*this);
    auto* m = owned.get();
    mappers_.push_back(std::move(owned));
    by_type_.emplace(orm::detail::type_id<T>, m);
    sort_mappers();
    return *m;
  }

  // Parents first: each mapper after those whose tables its table references, else as registered.
  void sort_mappers() {
    std::vector<std::unique_ptr<orm::detail::mapper_base>> sorted;
    auto waits = [this](orm::detail::mapper_base const& m) {
      for (void const* table : m.referenced_tables())
        for (auto const& other : mappers_)
          if (other && other.get() != &m && other->table_id() == table) return true;
      return false;
    };
    while (!mappers_.empty()) {
      auto ready = std::ranges::find_if(mappers_, [&](auto const& m) { return !waits(*m); });
      if (ready == mappers_.end()) ready = mappers_.begin();  // a cycle: keep the given order
      sorted.push_back(std::move(*ready));
      mappers_.erase(ready);
    }
    mappers_ = std::move(sorted);
  }

  void autoflush_now() {
    if (autoflush_) flush();
  }

  // Runs f(connection&) on the transaction's connection, or on one from the pool for this call.
  template <class F>
  decltype(auto) with_connection(F&& f) {
    if (connection_) return f(**connection_);
    pooled_connection db = engine_.connect();
    try {
      return f(*db);
    } catch (connection_error const&) {
      db.invalidate();
      throw;
    }
  }

  void begin() {
    if (transaction_) return;
    if (!connection_) connection_.emplace(engine_.connect());
    try {
      engine_.echo("BEGIN");
      transaction_.emplace(**connection_);
    } catch (...) {
      release_connection(true);
      throw;
    }
  }

  // After a failed flush or COMMIT, inside the handler: roll back, and make every change pending.
  void abandon_transaction() noexcept {
    bool broken = false;
    try {
      throw;
    } catch (connection_error const&) {
      broken = true;
    } catch (...) {
    }
    broken = roll_back_quietly() || broken;
    for (auto const& m : mappers_) m->after_failed_flush();
    release_connection(broken);
  }

  // Ends an open transaction with ROLLBACK, for paths that must not throw; true when that failed,
  // so the connection cannot be trusted back in the pool.
  bool roll_back_quietly() noexcept {
    if (!transaction_) return false;
    bool failed = false;
    try {
      transaction_->rollback();
    } catch (...) {
      failed = true;
    }
    transaction_.reset();
    return failed;
  }

  void release_connection(bool broken) noexcept {
    if (!connection_) return;
    if (broken) connection_->invalidate();
    connection_.reset();
  }

  engine engine_;
  std::optional<pooled_connection> connection_;  // held while a transaction is open
  std::optional<transaction<connection>> transaction_;
  std::vector<std::unique_ptr<orm::detail::mapper_base>> mappers_;  // parents first
  std::unordered_map<void const*, orm::detail::mapper_base*> by_type_;
  bool autoflush_ = true;
};

}  // namespace sequel
