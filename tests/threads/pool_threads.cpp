// SPDX-License-Identifier: BSL-1.0
// Eight threads on one engine: sessions, pooled connections, rows read through temporary handles
// and idle connections disposed of while others work. Built also with ThreadSanitizer by
// scripts/test (the "threads" label), which reports any data race in the pool or the session.
#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "../orm/models.hpp"

using namespace orm_test;
using namespace std::chrono_literals;

namespace {
constexpr int thread_count = 8;

// Runs body(t) on thread_count threads and reports their exceptions after joining (Catch's
// assertions are not thread-safe).
template <class Body>
void on_threads(Body body) {
  std::vector<std::string> errors(thread_count);
  std::vector<std::thread> workers;
  for (int t = 0; t != thread_count; ++t)
    workers.emplace_back([&, t] {
      try {
        body(t);
      } catch (std::exception const& e) {
        errors[t] = e.what();
      }
    });
  for (auto& w : workers) w.join();
  for (auto const& e : errors) CHECK(e == "");
}
}  // namespace

TEST_CASE("eight threads share one engine: sessions and pooled connections", "[threads]") {
  RUN_TEST_DATABASES(url);
  auto engine = fresh_engine(url, {.pool_size = 4, .pool_timeout = 60s});
  constexpr int each = 12;
  std::atomic<int> wrong{0};
  on_threads([&](int t) {
    for (int i = 0; i != each; ++i) {
      std::string const name = "t" + std::to_string(t) + "_" + std::to_string(i);
      sq::session session{engine};
      session.add(User{.name = name, .age = i});
      session.commit();
      User* back = session.query<User>().filter(users.name == name).first();
      if (!back || back->age != i) {
        ++wrong;
        continue;
      }
      back->age = i + 100;
      session.commit();
      // Rows read through a handle that is already gone, and a connection used directly.
      int seen = 0;
      for (auto const& [age] : engine.connect()->execute(sq::select(users.age).from(users).where(users.name == name)))
        seen += age == i + 100 ? 1 : 0;
      if (seen != 1) ++wrong;
      auto db = engine.connect();
      if (!db->ping()) ++wrong;
      if (i % 5 == 4) engine.pool().dispose_idle();  // while other threads check out and return
    }
  });
  CHECK(wrong == 0);
  sq::session session{engine};
  CHECK(session.query<User>().count() == thread_count * each);
  CHECK(session.query<User>().filter(users.age < 100).count() == 0);
  CHECK(engine.pool().size() <= 4);
}

TEST_CASE("eight threads, each with its own connection, on one database", "[threads]") {
  RUN_TEST_DATABASES(url);
  if (!run_test::shared_database(url)) return;  // :memory: is one connection's own
  auto engine = fresh_engine(url);
  on_threads([&](int t) {
    auto db = sq::connect(url);
    for (int i = 0; i != 10; ++i) {
      auto tx = db.begin();
      db.execute(sq::insert_into(users).values(users.name = "c" + std::to_string(t) + "_" + std::to_string(i)));
      tx.commit();
    }
  });
  sq::session session{engine};
  CHECK(session.query<User>().count() == thread_count * 10);
}
