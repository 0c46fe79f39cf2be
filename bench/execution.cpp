// SPDX-License-Identifier: BSL-1.0
// Execution overhead: the same workloads through sequel and through hand-written code on the raw C
// API of each database, with the same prepared statements (the raw code prepares the very SQL text
// sequel renders, so the databases do identical work). Benchmarks are named
//   <backend>/<workload>/<variant>
// backend:  sqlite (in memory), postgres, mysql (MariaDB)
// workload: insert     N rows in one transaction, generated ids read back into the structs
//           get_by_pk  N selects by primary key, each row into a struct
//           load       all N rows into a std::vector of structs
//           join       N posts with their author's name (posts JOIN users along the foreign key)
//           update     N updates by primary key in one transaction
// variant:  raw        sqlite3 / libpq / MariaDB Connector/C, written by hand
//           core       the typed connection (sq::sqlite_connection, ...)
//           core_url   sq::connect(url): the dialect chosen at run time
//           orm        sq::session (insert: add_all + commit; load: query<User>().all())
// N is SEQUEL_BENCH_ROWS (10000 by default). PostgreSQL and MariaDB are measured when
// SEQUEL_BENCH_URLS (else SEQUEL_TEST_URLS) names a postgresql:// or mysql:// URL, skipped otherwise.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "schema.hpp"
#include <sequel/orm.hpp>
#include <sequel/sqlite.hpp>
#if defined(SEQUEL_WITH_POSTGRES) && __has_include(<sequel/postgres.hpp>)
#include <sequel/postgres.hpp>
#define BENCH_POSTGRES 1
#else
#define BENCH_POSTGRES 0
#endif
#if defined(SEQUEL_WITH_MYSQL) && __has_include(<sequel/mysql.hpp>)
#include <sequel/mysql.hpp>
#define BENCH_MYSQL 1
#else
#define BENCH_MYSQL 0
#endif

namespace bench {

struct User {
  std::int64_t id = 0;
  std::string name;
  std::optional<int> age;
};
struct post_row {  // mapped by position
  std::int64_t id = 0;
  std::string title;
  std::string author;
};

}  // namespace bench
BOOST_HANA_ADAPT_STRUCT(bench::User, id, name, age);
template <>
inline constexpr auto sequel::table_for<bench::User> = bench::users;

namespace bench {
namespace {

// --- The statements, and the workloads' data ---------------------------------------------------------
auto insert_user(User const& u) { return sq::insert_into(users).values(users.name = u.name, users.age = u.age); }
auto get_user(std::int64_t id) { return sq::select(users.id, users.name, users.age).from(users).where(users.id == id); }
auto all_users() { return sq::select(users.id, users.name, users.age).from(users); }
auto posts_with_authors() {
  return sq::select(posts.id, posts.title, users.name).from(posts).join(users);
}
auto set_age(std::int64_t id, int age) { return sq::update(users).set(users.age = age).where(users.id == id); }

template <class D, auto Make>
std::string sql() {
  return std::string(sq::sql_of<D, decltype(Make())>);
}
User some_user() { return {}; }
auto insert_sample() { return insert_user(some_user()); }
auto get_sample() { return get_user(1); }
auto update_sample() { return set_age(1, 1); }

std::optional<int> age_of(std::int64_t i) {
  if (i % 10 == 0) return std::nullopt;
  return static_cast<int>(i % 90);
}
std::vector<User> new_users(int n) {
  std::vector<User> out;
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 1; i <= n; ++i) out.push_back({0, "user" + std::to_string(i), age_of(i)});
  return out;
}

// Emptying the tables, in plain SQL (not measured). PostgreSQL truncates: DELETE leaves dead rows
// behind until a vacuum, which later repetitions would pay for, whichever variant they measure.
std::vector<std::string> clear_sql(std::string const& backend) {
  if (backend == "postgres") return {"TRUNCATE bench_posts, bench_users"};
  return {"DELETE FROM bench_posts", "DELETE FROM bench_users"};
}

// Seeding, in plain SQL (not measured): users 1..n, post i by user i.
std::vector<std::string> seed_sql(int n) {
  std::vector<std::string> out;
  for (int table = 0; table != 2; ++table) {
    for (int from = 1; from <= n; from += 500) {
      std::string s = table == 0 ? "INSERT INTO bench_users (id, name, age) VALUES "
                                 : "INSERT INTO bench_posts (id, user_id, title) VALUES ";
      for (int i = from; i < from + 500 && i <= n; ++i) {
        if (i != from) s += ", ";
        auto const id = std::to_string(i);
        if (table == 0) {
          auto age = age_of(i);
          s += "(" + id + ", 'user" + id + "', " + (age ? std::to_string(*age) : "NULL") + ")";
        } else {
          s += "(" + id + ", " + id + ", 'post " + id + "')";
        }
      }
      out.push_back(std::move(s));
    }
  }
  return out;
}

template <class D>
std::vector<std::string> create_sql() {
  return {sq::to_sql<D>(sq::create_table(users).if_not_exists()),
          sq::to_sql<D>(sq::create_table(posts).if_not_exists())};
}

[[noreturn]] void fail(std::string const& what) { throw std::runtime_error(what); }

// --- A variant's workloads, type-erased once per benchmark iteration (never per row) ---------------------
struct side {
  std::function<void(std::string const&)> exec;
  std::function<std::int64_t(std::vector<User>&&)> insert;
  std::function<std::int64_t(int)> get_by_pk;
  std::function<std::int64_t()> load;
  std::function<std::int64_t()> join;
  std::function<std::int64_t(int, int)> update;
};

std::int64_t checksum(User const& u) {
  return u.id + static_cast<std::int64_t>(u.name.size()) + u.age.value_or(0);
}

// --- sequel Core: a typed connection or sq::connection ---------------------------------------------------
template <class Connection>
side core_side(std::shared_ptr<Connection> db, std::vector<std::string> const& create) {
  for (auto const& s : create) db->execute_simple(s);
  side out;
  out.exec = [db](std::string const& s) { db->execute_simple(s); };
  out.insert = [db](std::vector<User>&& batch) {
    std::int64_t sum = 0;
    auto tx = db->begin();
    for (User& u : batch) sum += u.id = db->execute(insert_user(u)).last_insert_id;
    tx.commit();
    return sum;
  };
  out.get_by_pk = [db](int n) {
    std::int64_t sum = 0;
    for (std::int64_t id = 1; id <= n; ++id)
      if (std::optional<User> u = db->execute(get_user(id)).template as<User>().first()) sum += checksum(*u);
    return sum;
  };
  out.load = [db] {
    std::vector<User> all = db->execute(all_users()).template as<User>().all();
    return static_cast<std::int64_t>(all.size()) + checksum(all.back());
  };
  out.join = [db] {
    std::vector<post_row> all = db->execute(posts_with_authors()).template as<post_row>().all();
    return static_cast<std::int64_t>(all.size() + all.back().author.size());
  };
  out.update = [db](int n, int round) {
    std::int64_t sum = 0;
    auto tx = db->begin();
    for (std::int64_t id = 1; id <= n; ++id)
      sum += db->execute(set_age(id, static_cast<int>((id + round) % 90))).rows_affected;
    tx.commit();
    return sum;
  };
  return out;
}

// --- sequel ORM ----------------------------------------------------------------------------------------
side orm_side(std::string const& url, std::vector<std::string> const& create) {
  auto engine = std::make_shared<sq::engine>(sq::create_engine(url));
  for (auto const& s : create) engine->connect()->execute_simple(s);
  side out;
  out.exec = [engine](std::string const& s) { engine->connect()->execute_simple(s); };
  out.insert = [engine](std::vector<User>&& batch) {
    sq::session session{*engine};
    auto added = session.add_all(std::move(batch));
    session.commit();
    std::int64_t sum = 0;
    for (User& u : added) sum += u.id;
    return sum;
  };
  out.load = [engine] {
    sq::session session{*engine};
    auto all = session.query<User>().all();
    std::int64_t sum = 0;
    for (User& u : all) sum += u.id;
    return sum;
  };
  return out;
}

// --- Raw SQLite -----------------------------------------------------------------------------------------
struct raw_sqlite {
  sqlite3* db = nullptr;
  sqlite3_stmt *ins = nullptr, *get = nullptr, *all = nullptr, *join = nullptr, *upd = nullptr;

  explicit raw_sqlite(std::vector<std::string> const& create) {
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
      fail("sqlite3_open_v2 failed");
    exec("PRAGMA foreign_keys = ON");  // as sequel does
    for (auto const& s : create) exec(s);
    ins = prepare(sql<sq::sqlite, &insert_sample>());
    get = prepare(sql<sq::sqlite, &get_sample>());
    all = prepare(sql<sq::sqlite, &all_users>());
    join = prepare(sql<sq::sqlite, &posts_with_authors>());
    upd = prepare(sql<sq::sqlite, &update_sample>());
  }
  ~raw_sqlite() {
    for (auto* s : {ins, get, all, join, upd}) sqlite3_finalize(s);
    sqlite3_close(db);
  }
  raw_sqlite(raw_sqlite const&) = delete;
  raw_sqlite& operator=(raw_sqlite const&) = delete;

  sqlite3_stmt* prepare(std::string const& text) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v3(db, text.c_str(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT, &s,
                           nullptr) != SQLITE_OK)
      fail(std::string("sqlite3_prepare_v3: ") + sqlite3_errmsg(db));
    return s;
  }
  void exec(std::string const& text) {
    if (sqlite3_exec(db, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
      fail(std::string("sqlite3_exec: ") + sqlite3_errmsg(db));
  }
  void done(sqlite3_stmt* s) {
    if (sqlite3_step(s) != SQLITE_DONE) fail(std::string("sqlite3_step: ") + sqlite3_errmsg(db));
    sqlite3_reset(s);
  }
  static User read_user(sqlite3_stmt* s) {
    User u;
    u.id = sqlite3_column_int64(s, 0);
    u.name.assign(reinterpret_cast<char const*>(sqlite3_column_text(s, 1)),
                  static_cast<std::size_t>(sqlite3_column_bytes(s, 1)));
    if (sqlite3_column_type(s, 2) != SQLITE_NULL) u.age = sqlite3_column_int(s, 2);
    return u;
  }

  std::int64_t insert(std::vector<User>&& batch) {
    std::int64_t sum = 0;
    exec("BEGIN");
    for (User& u : batch) {
      sqlite3_bind_text(ins, 1, u.name.data(), static_cast<int>(u.name.size()), SQLITE_STATIC);
      if (u.age) sqlite3_bind_int(ins, 2, *u.age);
      else sqlite3_bind_null(ins, 2);
      done(ins);
      sum += u.id = sqlite3_last_insert_rowid(db);
    }
    exec("COMMIT");
    return sum;
  }
  std::int64_t get_by_pk(int n) {
    std::int64_t sum = 0;
    for (std::int64_t id = 1; id <= n; ++id) {
      sqlite3_bind_int64(get, 1, id);
      int rc = sqlite3_step(get);
      if (rc == SQLITE_ROW) sum += checksum(read_user(get));
      else if (rc != SQLITE_DONE) fail(sqlite3_errmsg(db));
      sqlite3_reset(get);
    }
    return sum;
  }
  std::int64_t load() {
    std::vector<User> out;
    int rc;
    while ((rc = sqlite3_step(all)) == SQLITE_ROW) out.push_back(read_user(all));
    if (rc != SQLITE_DONE) fail(sqlite3_errmsg(db));
    sqlite3_reset(all);
    return static_cast<std::int64_t>(out.size()) + checksum(out.back());
  }
  std::int64_t join_rows() {
    std::vector<post_row> out;
    int rc;
    while ((rc = sqlite3_step(join)) == SQLITE_ROW) {
      post_row r;
      r.id = sqlite3_column_int64(join, 0);
      r.title.assign(reinterpret_cast<char const*>(sqlite3_column_text(join, 1)),
                     static_cast<std::size_t>(sqlite3_column_bytes(join, 1)));
      r.author.assign(reinterpret_cast<char const*>(sqlite3_column_text(join, 2)),
                      static_cast<std::size_t>(sqlite3_column_bytes(join, 2)));
      out.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) fail(sqlite3_errmsg(db));
    sqlite3_reset(join);
    return static_cast<std::int64_t>(out.size() + out.back().author.size());
  }
  std::int64_t update(int n, int round) {
    std::int64_t sum = 0;
    exec("BEGIN");
    for (std::int64_t id = 1; id <= n; ++id) {
      sqlite3_bind_int(upd, 1, static_cast<int>((id + round) % 90));
      sqlite3_bind_int64(upd, 2, id);
      done(upd);
      sum += sqlite3_changes(db);
    }
    exec("COMMIT");
    return sum;
  }
};

template <class Raw>
side raw_side(std::shared_ptr<Raw> r) {
  side out;
  out.exec = [r](std::string const& s) { r->exec(s); };
  out.insert = [r](std::vector<User>&& batch) { return r->insert(std::move(batch)); };
  out.get_by_pk = [r](int n) { return r->get_by_pk(n); };
  out.load = [r] { return r->load(); };
  out.join = [r] { return r->join_rows(); };
  out.update = [r](int n, int round) { return r->update(n, round); };
  return out;
}

// --- Raw libpq --------------------------------------------------------------------------------------------
#if BENCH_POSTGRES
struct raw_postgres {
  PGconn* conn = nullptr;
  static constexpr Oid text_oid = 25, int8_oid = 20;

  raw_postgres(std::string const& url, std::vector<std::string> const& create) {
    conn = PQconnectdb(url.c_str());
    if (PQstatus(conn) != CONNECTION_OK) fail(std::string("PQconnectdb: ") + PQerrorMessage(conn));
    exec("SET client_encoding = 'UTF8'");
    exec("DROP TABLE IF EXISTS bench_posts");
    exec("DROP TABLE IF EXISTS bench_users");
    for (auto const& s : create) exec(s);
    prepare("ins", sql<sq::postgres, &insert_sample>(), {text_oid, int8_oid});
    prepare("get", sql<sq::postgres, &get_sample>(), {int8_oid});
    prepare("all", sql<sq::postgres, &all_users>(), {});
    prepare("join", sql<sq::postgres, &posts_with_authors>(), {});
    prepare("upd", sql<sq::postgres, &update_sample>(), {int8_oid, int8_oid});
  }
  ~raw_postgres() { PQfinish(conn); }
  raw_postgres(raw_postgres const&) = delete;
  raw_postgres& operator=(raw_postgres const&) = delete;

  static PGresult* check(PGconn* c, PGresult* r) {
    auto st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      std::string message = PQerrorMessage(c);
      PQclear(r);
      fail("libpq: " + message);
    }
    return r;
  }
  void prepare(char const* name, std::string const& text, std::vector<Oid> types) {
    PQclear(check(conn, PQprepare(conn, name, text.c_str(), static_cast<int>(types.size()), types.data())));
  }
  void exec(std::string const& text) { PQclear(check(conn, PQexec(conn, text.c_str()))); }
  PGresult* run(char const* name, int n, char const* const* values, int const* lengths) {
    static int const formats[2] = {1, 1};
    return check(conn, PQexecPrepared(conn, name, n, values, lengths, formats, 1));
  }
  static std::int64_t be64(char const* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return static_cast<std::int64_t>(__builtin_bswap64(v));
  }
  static int be32(char const* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return static_cast<int>(__builtin_bswap32(v));
  }
  static void put64(char* out, std::int64_t v) {
    std::uint64_t b = __builtin_bswap64(static_cast<std::uint64_t>(v));
    std::memcpy(out, &b, 8);
  }
  static User read_user(PGresult* r, int row) {
    User u;
    u.id = be64(PQgetvalue(r, row, 0));
    u.name.assign(PQgetvalue(r, row, 1), static_cast<std::size_t>(PQgetlength(r, row, 1)));
    if (!PQgetisnull(r, row, 2)) u.age = be32(PQgetvalue(r, row, 2));
    return u;
  }

  std::int64_t insert(std::vector<User>&& batch) {
    std::int64_t sum = 0;
    exec("BEGIN");
    char age[8];
    for (User& u : batch) {
      if (u.age) put64(age, *u.age);
      char const* values[2] = {u.name.data(), u.age ? age : nullptr};
      int const lengths[2] = {static_cast<int>(u.name.size()), 8};
      PGresult* r = run("ins", 2, values, lengths);
      sum += u.id = be64(PQgetvalue(r, 0, 0));
      PQclear(r);
    }
    exec("COMMIT");
    return sum;
  }
  std::int64_t get_by_pk(int n) {
    std::int64_t sum = 0;
    char key[8];
    for (std::int64_t id = 1; id <= n; ++id) {
      put64(key, id);
      char const* values[1] = {key};
      int const lengths[1] = {8};
      PGresult* r = run("get", 1, values, lengths);
      if (PQntuples(r) == 1) sum += checksum(read_user(r, 0));
      PQclear(r);
    }
    return sum;
  }
  std::int64_t load() {
    PGresult* r = run("all", 0, nullptr, nullptr);
    std::vector<User> out;
    for (int i = 0, n = PQntuples(r); i != n; ++i) out.push_back(read_user(r, i));
    PQclear(r);
    return static_cast<std::int64_t>(out.size()) + checksum(out.back());
  }
  std::int64_t join_rows() {
    PGresult* r = run("join", 0, nullptr, nullptr);
    std::vector<post_row> out;
    for (int i = 0, n = PQntuples(r); i != n; ++i) {
      post_row p;
      p.id = be64(PQgetvalue(r, i, 0));
      p.title.assign(PQgetvalue(r, i, 1), static_cast<std::size_t>(PQgetlength(r, i, 1)));
      p.author.assign(PQgetvalue(r, i, 2), static_cast<std::size_t>(PQgetlength(r, i, 2)));
      out.push_back(std::move(p));
    }
    PQclear(r);
    return static_cast<std::int64_t>(out.size() + out.back().author.size());
  }
  std::int64_t update(int n, int round) {
    std::int64_t sum = 0;
    exec("BEGIN");
    char age[8], key[8];
    for (std::int64_t id = 1; id <= n; ++id) {
      put64(age, (id + round) % 90);
      put64(key, id);
      char const* values[2] = {age, key};
      int const lengths[2] = {8, 8};
      PGresult* r = run("upd", 2, values, lengths);
      sum += std::atoll(PQcmdTuples(r));
      PQclear(r);
    }
    exec("COMMIT");
    return sum;
  }
};
#endif

// --- Raw MariaDB Connector/C ------------------------------------------------------------------------------
#if BENCH_MYSQL
struct raw_mysql {
  MYSQL* db = nullptr;
  MYSQL_STMT *ins = nullptr, *get = nullptr, *all = nullptr, *join = nullptr, *upd = nullptr;

  raw_mysql(std::string const& url, std::vector<std::string> const& create) {
    // mysql://user:password@host:port/database (the test servers' URLs: nothing percent-encoded)
    std::string rest = url.substr(url.find("://") + 3);
    auto at = rest.rfind('@');
    std::string cred = rest.substr(0, at), where = rest.substr(at + 1);
    std::string user = cred.substr(0, cred.find(':'));
    std::string password = cred.find(':') == std::string::npos ? "" : cred.substr(cred.find(':') + 1);
    std::string hostport = where.substr(0, where.find('/'));
    std::string database = where.find('/') == std::string::npos ? "" : where.substr(where.find('/') + 1);
    database = database.substr(0, database.find('?'));
    std::string host = hostport.substr(0, hostport.find(':'));
    unsigned port = hostport.find(':') == std::string::npos
                        ? 3306
                        : static_cast<unsigned>(std::stoul(hostport.substr(hostport.find(':') + 1)));
    db = mysql_init(nullptr);
    mysql_options(db, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    if (!mysql_real_connect(db, host.c_str(), user.c_str(), password.c_str(), database.c_str(), port, nullptr, 0))
      fail(std::string("mysql_real_connect: ") + mysql_error(db));
    exec("DROP TABLE IF EXISTS bench_posts");
    exec("DROP TABLE IF EXISTS bench_users");
    for (auto const& s : create) exec(s);
    ins = prepare(sql<sq::mysql, &insert_sample>());
    get = prepare(sql<sq::mysql, &get_sample>());
    all = prepare(sql<sq::mysql, &all_users>());
    join = prepare(sql<sq::mysql, &posts_with_authors>());
    upd = prepare(sql<sq::mysql, &update_sample>());
  }
  ~raw_mysql() {
    for (auto* s : {ins, get, all, join, upd}) mysql_stmt_close(s);
    mysql_close(db);
  }
  raw_mysql(raw_mysql const&) = delete;
  raw_mysql& operator=(raw_mysql const&) = delete;

  MYSQL_STMT* prepare(std::string const& text) {
    MYSQL_STMT* s = mysql_stmt_init(db);
    if (!s || mysql_stmt_prepare(s, text.data(), text.size())) fail(std::string("mysql_stmt_prepare: ") + mysql_error(db));
    return s;
  }
  void exec(std::string const& text) {
    if (mysql_real_query(db, text.data(), text.size())) fail(std::string("mysql_real_query: ") + mysql_error(db));
  }
  void check(MYSQL_STMT* s, bool failed) {
    if (failed) fail(std::string("mysql_stmt: ") + mysql_stmt_error(s));
  }

  // Result buffers for a row of (BIGINT, text, INT NULL) or (BIGINT, text, text).
  struct row_buffers {
    MYSQL_BIND bind[3];
    long long id = 0;
    char text1[256], text2[256];
    unsigned long len1 = 0, len2 = 0;
    int age = 0;
    my_bool null2 = 0;
    explicit row_buffers(bool third_is_text) {
      std::memset(bind, 0, sizeof bind);
      bind[0].buffer_type = MYSQL_TYPE_LONGLONG;
      bind[0].buffer = &id;
      bind[1].buffer_type = MYSQL_TYPE_STRING;
      bind[1].buffer = text1;
      bind[1].buffer_length = sizeof text1;
      bind[1].length = &len1;
      if (third_is_text) {
        bind[2].buffer_type = MYSQL_TYPE_STRING;
        bind[2].buffer = text2;
        bind[2].buffer_length = sizeof text2;
        bind[2].length = &len2;
      } else {
        bind[2].buffer_type = MYSQL_TYPE_LONG;
        bind[2].buffer = &age;
        bind[2].is_null = &null2;
      }
    }
    User user() const {
      User u;
      u.id = id;
      u.name.assign(text1, len1);
      if (!null2) u.age = age;
      return u;
    }
  };

  std::int64_t insert(std::vector<User>&& batch) {
    std::int64_t sum = 0;
    exec("BEGIN");
    MYSQL_BIND params[2];
    long long age = 0;
    unsigned long name_length = 0;
    for (User& u : batch) {
      std::memset(params, 0, sizeof params);
      name_length = u.name.size();
      params[0].buffer_type = MYSQL_TYPE_STRING;
      params[0].buffer = u.name.data();
      params[0].buffer_length = name_length;
      params[0].length = &name_length;
      if (u.age) {
        age = *u.age;
        params[1].buffer_type = MYSQL_TYPE_LONGLONG;
        params[1].buffer = &age;
      } else {
        params[1].buffer_type = MYSQL_TYPE_NULL;
      }
      check(ins, mysql_stmt_bind_param(ins, params));
      check(ins, mysql_stmt_execute(ins));
      sum += u.id = static_cast<std::int64_t>(mysql_stmt_insert_id(ins));
    }
    exec("COMMIT");
    return sum;
  }
  std::int64_t get_by_pk(int n) {
    std::int64_t sum = 0;
    MYSQL_BIND param;
    std::memset(&param, 0, sizeof param);
    long long key = 0;
    param.buffer_type = MYSQL_TYPE_LONGLONG;
    param.buffer = &key;
    check(get, mysql_stmt_bind_param(get, &param));
    row_buffers row(false);
    check(get, mysql_stmt_bind_result(get, row.bind));
    for (std::int64_t id = 1; id <= n; ++id) {
      key = id;
      check(get, mysql_stmt_execute(get));
      int rc;
      while ((rc = mysql_stmt_fetch(get)) == 0) sum += checksum(row.user());
      check(get, rc != MYSQL_NO_DATA);
    }
    return sum;
  }
  std::int64_t load() {
    row_buffers row(false);
    check(all, mysql_stmt_execute(all));
    check(all, mysql_stmt_bind_result(all, row.bind));
    std::vector<User> out;
    int rc;
    while ((rc = mysql_stmt_fetch(all)) == 0) out.push_back(row.user());
    check(all, rc != MYSQL_NO_DATA);
    return static_cast<std::int64_t>(out.size()) + checksum(out.back());
  }
  std::int64_t join_rows() {
    row_buffers row(true);
    check(join, mysql_stmt_execute(join));
    check(join, mysql_stmt_bind_result(join, row.bind));
    std::vector<post_row> out;
    int rc;
    while ((rc = mysql_stmt_fetch(join)) == 0)
      out.push_back({row.id, std::string(row.text1, row.len1), std::string(row.text2, row.len2)});
    check(join, rc != MYSQL_NO_DATA);
    return static_cast<std::int64_t>(out.size() + out.back().author.size());
  }
  std::int64_t update(int n, int round) {
    std::int64_t sum = 0;
    exec("BEGIN");
    MYSQL_BIND params[2];
    std::memset(params, 0, sizeof params);
    long long age = 0, key = 0;
    params[0].buffer_type = MYSQL_TYPE_LONGLONG;
    params[0].buffer = &age;
    params[1].buffer_type = MYSQL_TYPE_LONGLONG;
    params[1].buffer = &key;
    check(upd, mysql_stmt_bind_param(upd, params));
    for (std::int64_t id = 1; id <= n; ++id) {
      age = (id + round) % 90;
      key = id;
      check(upd, mysql_stmt_execute(upd));
      sum += static_cast<std::int64_t>(mysql_stmt_affected_rows(upd));
    }
    exec("COMMIT");
    return sum;
  }
};
#endif

// --- Registration ---------------------------------------------------------------------------------------------
int failures = 0;  // benchmarks that threw: main() then fails, for scripts/test's smoke run

struct variant {
  std::string name;
  side ops;
};

void run_all(side const& s, std::vector<std::string> const& statements) {
  for (auto const& q : statements) s.exec(q);
}

void add_backend(std::string const& backend, std::vector<variant> const& variants) {
  auto const n = rows();
  auto const clear = clear_sql(backend);
  auto seed = [clear, fill = seed_sql(n)](side const& s) {
    run_all(s, clear);
    run_all(s, fill);
  };
  auto reg = [&](std::string const& workload, variant const& v, auto body) {
    benchmark::RegisterBenchmark((backend + "/" + workload + "/" + v.name).c_str(),
                                 [ops = v.ops, body, n](benchmark::State& state) {
                                   try {
                                     body(state, ops);
                                   } catch (std::exception const& e) {
                                     ++failures;
                                     std::fprintf(stderr, "bench_execution: %s\n", e.what());
                                     state.SkipWithError(e.what());
                                   }
                                   state.SetItemsProcessed(state.iterations() * n);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();  // wall time: the server's share counts, as it does for the user
  };
  for (auto const& v : variants)
    if (v.ops.insert)
      reg("insert", v, [n, clear](benchmark::State& state, side const& ops) {
        for (auto _ : state) {
          state.PauseTiming();
          run_all(ops, clear);
          auto batch = new_users(n);
          state.ResumeTiming();
          benchmark::DoNotOptimize(ops.insert(std::move(batch)));
        }
      });
  for (auto const& v : variants)
    if (v.ops.get_by_pk)
      reg("get_by_pk", v, [n, seed](benchmark::State& state, side const& ops) {
        seed(ops);
        for (auto _ : state) benchmark::DoNotOptimize(ops.get_by_pk(n));
      });
  for (auto const& v : variants)
    if (v.ops.load)
      reg("load", v, [seed](benchmark::State& state, side const& ops) {
        seed(ops);
        for (auto _ : state) benchmark::DoNotOptimize(ops.load());
      });
  for (auto const& v : variants)
    if (v.ops.join)
      reg("join", v, [seed](benchmark::State& state, side const& ops) {
        seed(ops);
        for (auto _ : state) benchmark::DoNotOptimize(ops.join());
      });
  for (auto const& v : variants)
    if (v.ops.update)
      reg("update", v, [n, seed](benchmark::State& state, side const& ops) {
        seed(ops);
        int round = 0;
        for (auto _ : state) benchmark::DoNotOptimize(ops.update(n, ++round));
      });
}

std::vector<std::string> bench_urls() {
  char const* text = std::getenv("SEQUEL_BENCH_URLS");
  if (!text || !*text) text = std::getenv("SEQUEL_TEST_URLS");
  std::vector<std::string> out;
  std::istringstream in(text ? text : "");
  for (std::string url; in >> url;) out.push_back(url);
  return out;
}
std::string first_url(std::vector<std::string> const& urls, std::initializer_list<std::string_view> schemes) {
  for (auto const& url : urls)
    for (auto scheme : schemes)
      if (url.starts_with(std::string(scheme) + "://")) return url;
  return {};
}

}  // namespace
}  // namespace bench

int main(int argc, char** argv) try {
  using namespace bench;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  std::fprintf(stderr, "bench_execution: %d rows per workload (SEQUEL_BENCH_ROWS)\n", rows());

  {
    auto const create = create_sql<sq::sqlite>();
    add_backend("sqlite",
                {{"raw", raw_side(std::make_shared<raw_sqlite>(create))},
                 {"core", core_side(std::make_shared<sq::sqlite_connection>(":memory:"), create)},
                 {"core_url", core_side(std::make_shared<sq::connection>(sq::connect("sqlite://:memory:")), create)},
                 {"orm", orm_side("sqlite://:memory:", create)}});
  }

  auto const urls = bench_urls();
  std::string const pg = first_url(urls, {"postgresql", "postgres"});
#if BENCH_POSTGRES
  if (!pg.empty()) {
    auto const create = create_sql<sq::postgres>();
    auto raw = std::make_shared<raw_postgres>(pg, create);  // drops and creates the tables first
    add_backend("postgres", {{"raw", raw_side(raw)},
                             {"core", core_side(std::make_shared<sq::postgres_connection>(pg), create)},
                             {"core_url", core_side(std::make_shared<sq::connection>(sq::connect(pg)), create)},
                             {"orm", orm_side(pg, create)}});
  } else {
    std::fprintf(stderr, "bench_execution: skipping PostgreSQL: no postgresql:// URL in SEQUEL_BENCH_URLS "
                         "(or SEQUEL_TEST_URLS)\n");
  }
#else
  std::fprintf(stderr, "bench_execution: skipping PostgreSQL: built without the PostgreSQL connector\n");
#endif
  std::string const my = first_url(urls, {"mysql", "mariadb"});
#if BENCH_MYSQL
  if (!my.empty()) {
    auto const create = create_sql<sq::mysql>();
    auto raw = std::make_shared<raw_mysql>(my, create);
    add_backend("mysql", {{"raw", raw_side(raw)},
                          {"core", core_side(std::make_shared<sq::mysql_connection>(my), create)},
                          {"core_url", core_side(std::make_shared<sq::connection>(sq::connect(my)), create)},
                          {"orm", orm_side(my, create)}});
  } else {
    std::fprintf(stderr, "bench_execution: skipping MariaDB: no mysql:// URL in SEQUEL_BENCH_URLS "
                         "(or SEQUEL_TEST_URLS)\n");
  }
#else
  std::fprintf(stderr, "bench_execution: skipping MariaDB: built without the MySQL connector\n");
#endif

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return failures == 0 ? 0 : 1;
} catch (std::exception const& e) {
  std::fprintf(stderr, "bench_execution: %s\n", e.what());
  return 1;
}
