// SPDX-License-Identifier: BSL-1.0
// A thread-safe pool of connections to one URL: at most `size` of them, opened when first needed,
// handed back when the caller's handle goes; a checkout waits for a free connection, and fails with
// sq::connection_error after the timeout. Idle connections are pinged before reuse and replaced when
// dead, and recycled after a configurable age.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../run/connection.hpp"

namespace sequel {

class connection_pool;

// A connection checked out of a pool; it goes back when the handle is destroyed or release()d.
// Rows still being read from it when the handle goes (engine.connect()->execute(query) in a
// range-for) keep it checked out until they are read or dropped.
class pooled_connection {
 public:
  pooled_connection() = default;
  pooled_connection(pooled_connection&& other) noexcept
      : pool_(std::move(other.pool_)),
        connection_(std::move(other.connection_)),
        opened_(other.opened_),
        broken_(other.broken_) {}
  pooled_connection& operator=(pooled_connection&& other) noexcept {
    if (this != &other) {
      release();
      pool_ = std::move(other.pool_);
      connection_ = std::move(other.connection_);
      opened_ = other.opened_;
      broken_ = other.broken_;
    }
    return *this;
  }
  ~pooled_connection() { release(); }

  connection& operator*() const noexcept { return *connection_; }
  connection* operator->() const noexcept { return connection_.get(); }
  connection* get() const noexcept { return connection_.get(); }
  explicit operator bool() const noexcept { return connection_ != nullptr; }

  // The connection is not returned but closed (after a lost connection, say): the pool opens a
  // new one in its place when needed.
  void invalidate() noexcept { broken_ = true; }
  // Hands the connection back now, or once the rows still being read from it are done.
  inline void release() noexcept;

 private:
  friend class connection_pool;
  using clock = std::chrono::steady_clock;
  pooled_connection(std::shared_ptr<connection_pool> pool, std::unique_ptr<connection> c,
                    clock::time_point opened)
      : pool_(std::move(pool)), connection_(std::move(c)), opened_(opened) {}

  std::shared_ptr<connection_pool> pool_;
  std::unique_ptr<connection> connection_;
  clock::time_point opened_{};
  bool broken_ = false;
};

struct pool_options {
  std::size_t size = 5;                       // connections open at most
  std::chrono::milliseconds timeout{30'000};  // how long a checkout waits for one
  // A connection that sat idle at least this long is pinged (one round trip) before it is handed
  // out, and replaced if the server no longer answers: after a server restart or a terminated
  // backend, callers get a working connection instead of an error. 0 pings at every checkout.
  std::chrono::milliseconds ping_after{0};
  // A connection open longer than this is closed when it comes back or is checked out, and a new
  // one opened in its place (for servers or proxies that end old sessions); 0 keeps them.
  std::chrono::milliseconds recycle_after{0};
};

class connection_pool : public std::enable_shared_from_this<connection_pool> {
 public:
  // Opens nothing yet. Use std::make_shared: handles keep the pool alive.
  connection_pool(std::string url, pool_options options)
      : url_(std::move(url)), options_(options) {
    if (options_.size == 0) throw error("connection_pool: the size must be at least 1");
  }
  connection_pool(connection_pool const&) = delete;
  connection_pool& operator=(connection_pool const&) = delete;

  // An idle connection that is still alive, a new one while fewer than size() are open, or the
  // first one handed back within the timeout. A dead idle connection is closed and replaced
  // without an error; connection_error only when no new connection can be opened.
  pooled_connection acquire() {
    auto const deadline = clock::now() + options_.timeout;
    for (;;) {
      std::unique_lock lock(mutex_);
      while (idle_.empty() && open_ == options_.size) {
        if (returned_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
            open_ == options_.size)
          throw connection_error("connection pool: all " + std::to_string(options_.size) +
                                 " connections are in use and none was returned within " +
                                 std::to_string(options_.timeout.count()) +
                                 " ms; raise pool_size, or end sessions (commit, rollback, close) sooner");
      }
      if (idle_.empty()) break;
      idle_entry entry = std::move(idle_.back());
      idle_.pop_back();
      lock.unlock();
      // The checks run outside the lock (a ping is a round trip); the slot stays counted meanwhile.
      auto const now = clock::now();
      if (!expired(entry.opened, now) &&
          (now - entry.returned < options_.ping_after || entry.held->ping()))
        return {shared_from_this(), std::move(entry.held), entry.opened};
      ++replaced_;
      close_slot(std::move(entry.held));  // dead or too old: try the next one, or open anew
    }
    return open_new();
  }

  std::size_t max_size() const noexcept { return options_.size; }
  std::chrono::milliseconds timeout() const noexcept { return options_.timeout; }
  pool_options const& options() const noexcept { return options_; }
  // Connections open now, idle or checked out.
  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return open_;
  }
  std::size_t idle() const {
    std::lock_guard lock(mutex_);
    return idle_.size();
  }
  std::size_t checked_out() const {
    std::lock_guard lock(mutex_);
    return open_ - idle_.size();
  }
  // Connections opened since the pool was made (more than size() when some were replaced).
  std::size_t opened() const noexcept { return opened_total_; }
  // Idle connections closed at checkout because they no longer answered or were too old.
  std::size_t replaced() const noexcept { return replaced_; }
  // Closes the idle connections; those checked out close when they come back broken, or stay.
  void dispose_idle() {
    std::vector<idle_entry> closing;
    {
      std::lock_guard lock(mutex_);
      closing.swap(idle_);
      open_ -= closing.size();
    }
    returned_.notify_all();
  }

 private:
  friend class pooled_connection;
  using clock = std::chrono::steady_clock;

  struct idle_entry {
    std::unique_ptr<connection> held;
    clock::time_point opened, returned;
  };

  bool expired(clock::time_point opened, clock::time_point now) const noexcept {
    return options_.recycle_after.count() != 0 && now - opened >= options_.recycle_after;
  }

  pooled_connection open_new() {
    {
      std::lock_guard lock(mutex_);
      ++open_;  // the slot is taken while the connection opens, outside the lock
    }
    try {
      auto c = std::make_unique<connection>(connect(url_));
      ++opened_total_;
      return {shared_from_this(), std::move(c), clock::now()};
    } catch (...) {
      close_slot(nullptr);
      throw;
    }
  }

  // Frees a slot; the connection, if any, closes outside the lock.
  void close_slot(std::unique_ptr<connection> c) noexcept {
    {
      std::lock_guard lock(mutex_);
      --open_;
    }
    c.reset();
    returned_.notify_one();
  }

  void give_back(std::unique_ptr<connection> c, clock::time_point opened, bool broken) noexcept {
    // A connection left inside a transaction (a COMMIT or ROLLBACK that failed) is not reused.
    if (broken || expired(opened, clock::now()) || c->in_transaction()) return close_slot(std::move(c));
    {
      std::lock_guard lock(mutex_);
      try {
        idle_.push_back({std::move(c), opened, clock::now()});
      } catch (...) {  // no memory for the slot: close the connection instead
        --open_;
      }
    }
    c.reset();
    returned_.notify_one();
  }

  std::string url_;
  pool_options options_;
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<idle_entry> idle_;  // the most recently returned last: reused first
  std::size_t open_ = 0;
  std::atomic<std::size_t> opened_total_{0};
  std::atomic<std::size_t> replaced_{0};
};

inline void pooled_connection::release() noexcept {
  if (connection_) {
    if (connection_->open_results() == 0) {
      pool_->give_back(std::move(connection_), opened_, broken_);
    } else {
      // Rows are still being read (through a temporary handle): the last of them hands it back.
      connection* c = connection_.release();
      try {
        c->when_results_done([pool = pool_, c, opened = opened_, broken = broken_]() noexcept {
          pool->give_back(std::unique_ptr<connection>(c), opened, broken);
        });
      } catch (...) {  // no memory for the hand-back: the rows' statements stay valid, not reused
        pool_->give_back(std::unique_ptr<connection>(c), opened_, true);
      }
    }
  }
  pool_.reset();
  broken_ = false;
}

}  // namespace sequel
