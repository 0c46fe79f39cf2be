// SPDX-License-Identifier: BSL-1.0
// A thread-safe pool of connections to one URL: at most `size` of them, opened when first needed,
// handed back when the caller's handle goes; a checkout waits for a free connection, and fails with
// sq::connection_error after the timeout.
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
class pooled_connection {
 public:
  pooled_connection() = default;
  pooled_connection(pooled_connection&& other) noexcept
      : pool_(std::move(other.pool_)), connection_(std::move(other.connection_)), broken_(other.broken_) {}
  pooled_connection& operator=(pooled_connection&& other) noexcept {
    if (this != &other) {
      release();
      pool_ = std::move(other.pool_);
      connection_ = std::move(other.connection_);
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
  // Hands the connection back now.
  inline void release() noexcept;

 private:
  friend class connection_pool;
  pooled_connection(std::shared_ptr<connection_pool> pool, std::unique_ptr<connection> c)
      : pool_(std::move(pool)), connection_(std::move(c)) {}

  std::shared_ptr<connection_pool> pool_;
  std::unique_ptr<connection> connection_;
  bool broken_ = false;
};

struct pool_options {
  std::size_t size = 5;                                // connections open at most
  std::chrono::milliseconds timeout{30'000};           // how long a checkout waits for one
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

  // An idle connection, a new one while fewer than size() are open, or the first one handed back
  // within the timeout.
  pooled_connection acquire() {
    std::unique_lock lock(mutex_);
    auto const deadline = std::chrono::steady_clock::now() + options_.timeout;
    while (idle_.empty() && open_ == options_.size) {
      if (returned_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
          open_ == options_.size)
        throw connection_error("connection pool: all " + std::to_string(options_.size) +
                               " connections are in use and none was returned within " +
                               std::to_string(options_.timeout.count()) +
                               " ms; raise pool_size, or end sessions (commit, rollback, close) sooner");
    }
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return {shared_from_this(), std::move(c)};
    }
    ++open_;  // the slot is taken while the connection opens, outside the lock
    lock.unlock();
    try {
      auto c = std::make_unique<connection>(connect(url_));
      ++opened_total_;
      return {shared_from_this(), std::move(c)};
    } catch (...) {
      lock.lock();
      --open_;
      returned_.notify_one();
      throw;
    }
  }

  std::size_t max_size() const noexcept { return options_.size; }
  std::chrono::milliseconds timeout() const noexcept { return options_.timeout; }
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
  // Connections opened since the pool was made (more than size() when some were invalidated).
  std::size_t opened() const noexcept { return opened_total_; }
  // Closes the idle connections; those checked out close when they come back broken, or stay.
  void dispose_idle() {
    std::vector<std::unique_ptr<connection>> closing;
    {
      std::lock_guard lock(mutex_);
      closing.swap(idle_);
      open_ -= closing.size();
    }
    returned_.notify_all();
  }

 private:
  friend class pooled_connection;

  void give_back(std::unique_ptr<connection> c, bool broken) noexcept {
    {
      std::lock_guard lock(mutex_);
      if (broken) {
        --open_;
      } else {
        try {
          idle_.push_back(std::move(c));
        } catch (...) {  // no memory for the slot: close the connection instead
          --open_;
        }
      }
    }
    c.reset();  // a broken one closes outside the lock
    returned_.notify_one();
  }

  std::string url_;
  pool_options options_;
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<connection>> idle_;  // the most recently returned last: reused first
  std::size_t open_ = 0;
  std::atomic<std::size_t> opened_total_{0};
};

inline void pooled_connection::release() noexcept {
  if (connection_) pool_->give_back(std::move(connection_), broken_);
  pool_.reset();
  broken_ = false;
}

}  // namespace sequel
