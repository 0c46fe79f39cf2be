// SPDX-License-Identifier: BSL-1.0
// auto tx = db.begin(); ...; tx.commit();  Destroyed uncommitted, it rolls back.
// tx.savepoint() nests the same way with SAVEPOINT / RELEASE / ROLLBACK TO.
#pragma once
#include <string>
#include <utility>

#include "error.hpp"

namespace sequel {

namespace detail {
// commit(), rollback() or savepoint() after the transaction ended: an error, not a null dereference.
template <class Connection>
Connection& still_open(Connection* db, char const* what) {
  if (!db) throw error(std::string(what) + ": the transaction or savepoint has already ended");
  return *db;
}
}  // namespace detail

template <class Connection>
class savepoint;

template <class Connection>
class transaction {
 public:
  explicit transaction(Connection& db) : db_(&db) { db.execute_simple("BEGIN"); }
  transaction(transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
  transaction& operator=(transaction&&) = delete;
  ~transaction() {
    if (db_) try {
        db_->execute_simple("ROLLBACK");
      } catch (...) {  // a destructor must not throw; the server ends the transaction anyway
      }
  }

  void commit() { end("COMMIT", "commit()"); }
  void rollback() { end("ROLLBACK", "rollback()"); }
  bool active() const noexcept { return db_ != nullptr; }

  sequel::savepoint<Connection> savepoint() {
    return sequel::savepoint<Connection>(detail::still_open(db_, "savepoint()"));
  }

 private:
  // Ends only once the database agreed: after a failed COMMIT the transaction is still open, and
  // rollback() or the destructor ends it.
  void end(char const* sql, char const* what) {
    detail::still_open(db_, what).execute_simple(sql);
    db_ = nullptr;
  }
  Connection* db_;
};

template <class Connection>
class savepoint {
 public:
  explicit savepoint(Connection& db)
      : db_(&db), name_("sequel_sp" + std::to_string(db.next_savepoint())) {
    db.execute_simple("SAVEPOINT " + name_);
  }
  savepoint(savepoint&& other) noexcept
      : db_(std::exchange(other.db_, nullptr)), name_(std::move(other.name_)) {}
  savepoint& operator=(savepoint&&) = delete;
  ~savepoint() {
    if (db_) try {
        rollback();
      } catch (...) {
      }
  }

  // Keeps the savepoint's changes in the enclosing transaction.
  void commit() {
    detail::still_open(db_, "savepoint commit()").execute_simple("RELEASE SAVEPOINT " + name_);
    db_ = nullptr;
  }
  // Undoes the changes since the savepoint.
  void rollback() {
    auto& db = detail::still_open(db_, "savepoint rollback()");
    db_ = nullptr;  // tried once: the destructor does not repeat a failed rollback
    db.execute_simple("ROLLBACK TO SAVEPOINT " + name_);
    db.execute_simple("RELEASE SAVEPOINT " + name_);
  }
  bool active() const noexcept { return db_ != nullptr; }
  savepoint nested() { return savepoint(detail::still_open(db_, "nested()")); }

 private:
  Connection* db_;
  std::string name_;
};

}  // namespace sequel
