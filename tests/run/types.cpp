// SPDX-License-Identifier: BSL-1.0
// Every column type stored and read back unchanged: integers at their limits, bool, float, double,
// text (empty, Unicode, quotes, injection attempts), blobs with zero bytes, dates and times (before
// 1970 too), and a user type; each also as std::optional, with NULL and with a value.
#include <algorithm>
#include <limits>

#include "support.hpp"

using namespace run_test;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// One table per C++ type: run_values (id, v NOT NULL, maybe nullable).
template <class T>
struct values_t : sq::table<values_t<T>, "run_values"> {
  sq::column_t<values_t, "id", std::int64_t, sq::primary_key> id;
  sq::column_t<values_t, "v", T> v;
  sq::column_t<values_t, "maybe", std::optional<T>> maybe;
};

// Stores each value in a row of its own: in v, and in maybe as well in even rows (NULL in odd
// ones). Reads both columns back in insertion order, checks maybe here and returns v. Each value is
// also looked up with a bound `v = value` (`maybe = value`), which must find exactly its rows;
// floating-point values are left out of the lookup, as exact equality is not portable there.
template <class T>
std::vector<T> round_trip(sq::connection& db, std::vector<T> const& values) {
  static constexpr values_t<T> t{};
  recreate(db, t);
  std::vector<std::optional<T>> maybes;
  for (std::size_t i = 0; i != values.size(); ++i) {
    maybes.push_back(i % 2 == 0 ? std::optional<T>(values[i]) : std::nullopt);
    CHECK(db.execute(sq::insert_into(t).values(t.v = values[i], t.maybe = maybes[i])).rows_affected == 1);
  }

  std::vector<T> out;
  std::vector<std::optional<T>> maybes_out;
  for (auto const& [v, maybe] : db.execute(sq::select(t.v, t.maybe).from(t).order_by(t.id))) {
    out.push_back(v);
    maybes_out.push_back(maybe);
  }
  CHECK(maybes_out == maybes);

  auto count = [&db](auto const& condition) {
    return db.execute(sq::select(sq::count()).from(t).where(condition)).scalar();
  };
  CHECK(count(t.maybe.is_null()) == static_cast<std::int64_t>(values.size() / 2));
  if constexpr (!std::is_floating_point_v<T>) {
    for (auto const& value : values) {
      CHECK(count(t.v == value) == std::count(values.begin(), values.end(), value));
      CHECK(count(t.maybe == value) == std::count(maybes.begin(), maybes.end(), value));
    }
  }
  return out;
}

template <class T>
std::vector<T> limits_of() {
  using L = std::numeric_limits<T>;
  if constexpr (std::is_signed_v<T>)
    return {L::min(), T(-1), T(0), T(1), L::max()};
  else
    return {T(0), T(1), L::max()};
}

sq::blob bytes(std::initializer_list<int> list) {
  sq::blob out;
  for (int b : list) out.push_back(static_cast<std::byte>(b));
  return out;
}

sys_days date(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / day{d}}; }

// A user type: an amount of money stored as integer cents.
struct cents {
  std::int64_t value = 0;
  friend bool operator==(cents, cents) = default;
};

}  // namespace

template <>
struct sequel::type_traits<cents> {
  using storage_type = std::int64_t;
  static storage_type to_storage(cents c) { return c.value; }
  static cents from_storage(storage_type v) { return cents{v}; }
};

namespace {
// Every kind in one row: the parameters are bound in the order the SQL names them.
struct wide_t : sq::table<wide_t, "run_wide"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"i8", std::int8_t> i8;
  column<"u16", std::uint16_t> u16;
  column<"i64", std::int64_t> i64;
  column<"flag", bool> flag;
  column<"f", float> f;
  column<"d", double> d;
  column<"text", std::string> text;
  column<"data", sq::blob> data;
  column<"day", sys_days> day;
  column<"at", sys_seconds> at;
  column<"at_us", sq::timestamp_us> at_us;
  column<"price", cents> price;
  column<"maybe_int", std::optional<int>> maybe_int;
  column<"maybe_text", std::optional<std::string>> maybe_text;
};
inline constexpr wide_t wide{};
}  // namespace

TEST_CASE("integers round-trip at their limits", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);

  CHECK(round_trip(db, limits_of<std::int8_t>()) == limits_of<std::int8_t>());
  CHECK(round_trip(db, limits_of<std::uint8_t>()) == limits_of<std::uint8_t>());
  CHECK(round_trip(db, limits_of<std::int16_t>()) == limits_of<std::int16_t>());
  CHECK(round_trip(db, limits_of<std::uint16_t>()) == limits_of<std::uint16_t>());
  CHECK(round_trip(db, limits_of<std::int32_t>()) == limits_of<std::int32_t>());
  CHECK(round_trip(db, limits_of<std::uint32_t>()) == limits_of<std::uint32_t>());
  CHECK(round_trip(db, limits_of<std::int64_t>()) == limits_of<std::int64_t>());

  auto const int64_max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  std::vector<std::uint64_t> const u64{0, 1, std::uint64_t{1} << 32, 7, int64_max};
  CHECK(round_trip(db, u64) == u64);

  // Above INT64_MAX a uint64 cannot be stored: an error before anything runs, and the same
  // statement works again afterwards.
  static constexpr values_t<std::uint64_t> t{};
  CHECK_THROWS_AS(db.execute(sq::insert_into(t).values(t.v = int64_max + 1)), sq::error);
  CHECK(db.execute(sq::insert_into(t).values(t.v = int64_max)).rows_affected == 1);
  CHECK(db.execute(sq::select(sq::count()).from(t).where(t.v == int64_max)).scalar() == 2);
}

TEST_CASE("bool, float and double round-trip exactly", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);

  std::vector<bool> const flags{true, false, false};
  CHECK(round_trip(db, flags) == flags);

  using F = std::numeric_limits<float>;
  std::vector<float> const floats{0.0f, 0.1f, -3.5f, 1e-30f, 3.4e38f, F::min(), F::max(), F::lowest()};
  CHECK(round_trip(db, floats) == floats);

  using D = std::numeric_limits<double>;
  std::vector<double> const doubles{
      0.0, 0.1, -2.75, 1.0 / 3.0, -1e-300, 1e-300, 123456789.123456789, 1e300, -1e300, 9007199254740993.0};
  CHECK(round_trip(db, doubles) == doubles);
  std::vector<double> const limits{D::min(), D::max(), D::lowest(), D::epsilon()};
  CHECK(round_trip(db, limits) == limits);
}

TEST_CASE("text round-trips verbatim", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);

  std::vector<std::string> const texts{
      "",
      "a",
      "zażółć 日本語 🎉",
      "it's \"quoted\" `back` 'single'",
      "back\\slash \\' \\\"",
      "two\nlines\tand a tab\r\n",
      "%_ like wildcards ?  $1 :name",
      "'; DROP TABLE run_values; --",
      "Robert'); DROP TABLE students;--",
      std::string(100000, 'x'),
  };
  CHECK(round_trip(db, texts) == texts);
}

TEST_CASE("injection strings are stored as data and the table stays intact", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);

  std::string const drop_users = "'; DROP TABLE run_users; --";
  std::string const bobby = "Robert'); DROP TABLE students;--";
  std::string const always_true = "x' OR '1'='1";
  for (auto const& name : {drop_users, bobby, always_true})
    db.execute(sq::insert_into(users).values(users.name = name, users.age = 1));

  CHECK(count_users(db) == 8);
  CHECK(names_where(db, users.name == drop_users) == names{drop_users});
  CHECK(names_where(db, users.name == bobby) == names{bobby});
  CHECK(names_where(db, users.name == always_true) == names{always_true});  // not every row
  CHECK(names_where(db, users.name.like(always_true)) == names{always_true});
  auto either = names_where(db, users.name.in(drop_users, "Alice"));
  std::sort(either.begin(), either.end());  // sorted by bytes: collations differ on punctuation
  CHECK(either == names{drop_users, "Alice"});

  db.execute(sq::update(users).set(users.name = bobby + "2").where(users.name == bobby));
  db.execute(sq::delete_from(users).where(users.name == always_true));
  auto rest = all_names(db);
  std::sort(rest.begin(), rest.end());
  CHECK(rest == names{drop_users, "Alice", "Bob", "Carol", "Dave", "Eve", bobby + "2"});
}

TEST_CASE("blobs round-trip, zero bytes and empty included", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);

  sq::blob every_byte;
  for (int b = 0; b != 256; ++b) every_byte.push_back(static_cast<std::byte>(b));
  std::vector<sq::blob> const blobs{sq::blob{},
                                    bytes({0}),
                                    bytes({0, 1, 0, 2, 0}),
                                    bytes({0xff, 0x00, 0x27}),
                                    every_byte,
                                    sq::blob(70000, std::byte{0x5a})};
  CHECK(round_trip(db, blobs) == blobs);
}

TEST_CASE("dates and times round-trip, before 1970 too", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);

  std::vector<sys_days> const days{date(1970, 1, 1), date(2024, 2, 29), date(1969, 12, 31),
                                   date(1900, 3, 1), date(1000, 1, 1),  date(9999, 12, 31)};
  CHECK(round_trip(db, days) == days);

  std::vector<sys_seconds> const seconds{
      sys_seconds{},
      sys_days{date(2024, 5, 1)} + 12h + 30min + 45s,
      sys_days{date(1969, 12, 31)} + 23h + 59min + 59s,
      sys_days{date(1900, 1, 1)},
      sys_days{date(2038, 1, 19)} + 3h + 14min + 8s,
  };
  CHECK(round_trip(db, seconds) == seconds);

  std::vector<sq::timestamp_us> const micros{
      sq::timestamp_us{},
      sys_days{date(2024, 5, 1)} + 12h + 30min + 45s + 123456us,
      sys_days{date(1969, 12, 31)} + 23h + 59min + 59s + 999999us,
      sys_days{date(1950, 6, 15)} + 8h + 500000us,
      sys_days{date(2000, 1, 1)} + 1us,
      sq::timestamp_us{} - 1us,
  };
  CHECK(round_trip(db, micros) == micros);
}

TEST_CASE("a user type with sq::type_traits round-trips through its storage type", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  std::vector<cents> const amounts{cents{0}, cents{199}, cents{-5}, cents{INT64_MAX}};
  CHECK(round_trip(db, amounts) == amounts);
}

TEST_CASE("a row with every kind of column binds and reads each in its place", "[run][types]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  recreate(db, wide);

  auto const day = date(1969, 12, 31);
  auto const at = sys_days{day} + 23h + 59min + 58s;
  auto const at_us = sys_days{date(2024, 2, 29)} + 1h + 2min + 3s + 456789us;
  sq::blob const data = bytes({0, 255, 0});
  auto const id =
      db.execute(sq::insert_into(wide).values(
                     wide.maybe_text = "maybe", wide.at_us = at_us, wide.i8 = std::int8_t{-128},
                     wide.u16 = std::uint16_t{65535}, wide.i64 = INT64_MIN, wide.flag = true, wide.f = 1.5f,
                     wide.d = -0.125, wide.text = "text", wide.data = data, wide.day = day, wide.at = at,
                     wide.price = cents{250}, wide.maybe_int = std::nullopt))
          .last_insert_id;

  auto const row = db.execute(sq::select(sq::all_of(wide)).from(wide).where(wide.id == id)).one();
  CHECK(row[wide.id] == id);
  CHECK(row[wide.i8] == -128);
  CHECK(row[wide.u16] == 65535);
  CHECK(row[wide.i64] == INT64_MIN);
  CHECK(row[wide.flag] == true);
  CHECK(row[wide.f] == 1.5f);
  CHECK(row[wide.d] == -0.125);
  CHECK(row[wide.text] == "text");
  CHECK(row[wide.data] == data);
  CHECK(row[wide.day] == day);
  CHECK(row[wide.at] == at);
  CHECK(row[wide.at_us] == at_us);
  CHECK(row[wide.price] == cents{250});
  CHECK(row[wide.maybe_int] == std::nullopt);
  CHECK(row[wide.maybe_text] == "maybe");

  // Filters over each kind find the row.
  auto found = [&db](auto const& condition) {
    return db.execute(sq::select(sq::count()).from(wide).where(condition)).scalar();
  };
  CHECK(found(wide.day < date(1970, 1, 1)) == 1);
  CHECK(found(wide.day.between(date(1969, 1, 1), date(1969, 12, 31))) == 1);
  CHECK(found(wide.at_us > sq::timestamp_us{sys_days{date(2024, 2, 29)} + 1h}) == 1);
  CHECK(found(wide.at == at) == 1);
  CHECK(found(wide.flag == false) == 0);
  CHECK(found(wide.data == data) == 1);
  CHECK(found(wide.price == cents{250}) == 1);
  CHECK(found(wide.maybe_int.is_null() && wide.maybe_text.is_not_null()) == 1);
}
