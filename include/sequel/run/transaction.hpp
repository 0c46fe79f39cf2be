// SPDX-License-Identifier: BSL-1.0
// auto tx = db.begin(); ...; tx.commit();  Destroyed uncommitted, it rolls back.
// tx.savepoint() nests the same way with SAVEPOINT / RELEASE / ROLLBACK TO.
#pragma once
#include <string>
#include <utility>

namespace sequel {

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

  void commit() { end("COMMIT"); }
  void rollback() { end("ROLLBACK"); }
  bool active() const noexcept { return db_ != nullptr; }

  sequel::savepoint<Connection> savepoint() { return sequel::savepoint<Connection>(*db_); }

 private:
  void end(char const* sql) {
    auto* db = std::exchange(db_, nullptr);
    db->execute_simple(sql);
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
  void commit() { std::exchange(db_, nullptr)->execute_simple("RELEASE SAVEPOINT " + name_); }
  // Undoes the changes since the savepoint.
  void rollback() {
    auto* db = std::exchange(db_, nullptr);
    db->execute_simple("ROLLBACK TO SAVEPOINT " + name_);
    db->execute_simple("RELEASE SAVEPOINT " + name_);
  }
  bool active() const noexcept { return db_ != nullptr; }
  savepoint nested() { return savepoint(*db_); }

 private:
  Connection* db_;
  std::string name_;
};

}  // namespace sequel
