// SPDX-License-Identifier: BSL-1.0
// INSERT ... SELECT executed on every database.
#include "support.hpp"

using namespace run_test;

namespace {
struct archive_t : sq::table<archive_t, "run_archive"> {
  column<"id", std::int64_t, sq::primary_key> id;
  column<"name", std::string> name;
  column<"age", std::optional<int>> age;
  column<"note", std::string, sq::default_value<"copied">> note;
};
inline constexpr archive_t archive{};
}  // namespace

TEST_CASE("insert_into().columns().select() copies the selected rows", "[run][insert_select]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  recreate(db, archive);
  auto const copied = db.execute(sq::insert_into(archive)
                                     .columns(archive.name, archive.age)
                                     .select(sq::select(users.name, users.age)
                                                 .from(users)
                                                 .where(users.age > 27)
                                                 .order_by(users.id.asc())));
  CHECK(copied.rows_affected == 3);
  std::vector<std::tuple<std::string, std::optional<int>, std::string>> rows;
  for (auto const& [name, age, note] :
       db.execute(sq::select(archive.name, archive.age, archive.note).from(archive).order_by(archive.id.asc())))
    rows.emplace_back(name, age, note);
  using row_t = std::tuple<std::string, std::optional<int>, std::string>;
  CHECK(rows == std::vector<row_t>{{"Alice", 30, "copied"}, {"Carol", 35, "copied"}, {"Eve", 28, "copied"}});

  // Expressions and values in the select list, each bound in order.
  db.execute(sq::insert_into(archive)
                 .columns(archive.name, archive.note)
                 .select(sq::select(sq::upper(users.name), sq::concat("no age: ", users.name))
                             .from(users)
                             .where(users.age.is_null())));
  auto const [age, note] =
      db.execute(sq::select(archive.age, archive.note).from(archive).where(archive.name == "DAVE")).one();
  CHECK(age == std::nullopt);
  CHECK(note == "no age: Dave");
}

TEST_CASE("insert ... select into the table it reads", "[run][insert_select]") {
  RUN_TEST_DATABASES(url);
  auto db = sq::connect(url);
  seed_users(db);
  db.execute(sq::insert_into(users)
                 .columns(users.name, users.age)
                 .select(sq::select(sq::concat(users.name, " II"), users.age + 1)
                             .from(users)
                             .where(users.name == "Bob")));
  CHECK(count_users(db) == 6);
  CHECK(names_where(db, users.age == 26) == names{"Bob II"});
}
