// SPDX-License-Identifier: BSL-1.0
// The mapping checks at compile time (what each misuse is reported as; the messages themselves are
// tests/compile_fail/orm_*.cpp), and the run-time UPDATE texts in each dialect.
#include "models.hpp"

using namespace orm_test;

namespace bad {
struct ExtraField {  // email: no such column
  std::int64_t id = 0;
  std::string name;
  std::string email;
};
struct WrongKind {  // name is text
  std::int64_t id = 0;
  int name = 0;
};
struct NotOptional {  // age is nullable
  std::int64_t id = 0;
  std::string name;
  int age = 0;
};
struct OptionalForNotNull {  // name is NOT NULL
  std::int64_t id = 0;
  std::optional<std::string> name;
};
struct NoName {  // name is NOT NULL without a default
  std::int64_t id = 0;
  std::optional<int> age;
};
struct NoKey {
  std::string name;
  std::optional<int> age;
};
struct NotAdapted {
  std::int64_t id = 0;
};
struct NoTable {
  std::int64_t id = 0;
};
}  // namespace bad

BOOST_HANA_ADAPT_STRUCT(bad::ExtraField, id, name, email);
BOOST_HANA_ADAPT_STRUCT(bad::WrongKind, id, name);
BOOST_HANA_ADAPT_STRUCT(bad::NotOptional, id, name, age);
BOOST_HANA_ADAPT_STRUCT(bad::OptionalForNotNull, id, name);
BOOST_HANA_ADAPT_STRUCT(bad::NoName, id, age);
BOOST_HANA_ADAPT_STRUCT(bad::NoKey, name, age);
BOOST_HANA_ADAPT_STRUCT(bad::NoTable, id);
template <>
inline constexpr auto sequel::table_for<bad::ExtraField> = orm_test::users;
template <>
inline constexpr auto sequel::table_for<bad::WrongKind> = orm_test::users;
template <>
inline constexpr auto sequel::table_for<bad::NotOptional> = orm_test::users;
template <>
inline constexpr auto sequel::table_for<bad::OptionalForNotNull> = orm_test::users;
template <>
inline constexpr auto sequel::table_for<bad::NoName> = orm_test::users;
template <>
inline constexpr auto sequel::table_for<bad::NoKey> = orm_test::users;
template <>
inline constexpr auto sequel::table_for<bad::NotAdapted> = orm_test::users;

namespace {
namespace hana = boost::hana;
template <class T>
using info = sq::orm::detail::model_info<T>;
template <char... C>
using field = sq::orm::field_named<hana::string<C...>>;

// Good models.
static_assert(sq::orm::session_ready<User>);
static_assert(sq::orm::session_ready<Post>);  // leaves out views, which has a default
static_assert(sq::orm::session_ready<Tag>);
static_assert(sq::orm::session_ready<Membership>);
static_assert(sq::orm::has_table<User> && !sq::orm::has_table<bad::NoTable>);

// Each misuse, and how the check's condition names it.
static_assert(std::is_same_v<info<bad::ExtraField>::unnamed_field, field<'e', 'm', 'a', 'i', 'l'>>);
static_assert(std::is_same_v<info<bad::WrongKind>::misfit_field, field<'n', 'a', 'm', 'e'>>);
static_assert(std::is_same_v<info<bad::NotOptional>::misfit_field, field<'a', 'g', 'e'>>);
static_assert(std::is_same_v<info<bad::OptionalForNotNull>::misfit_field, field<'n', 'a', 'm', 'e'>>);
static_assert(std::is_same_v<info<bad::NoName>::unfilled_column,
                             sq::orm::column_without_field<std::remove_cv_t<decltype(users.name)>>>);
static_assert(std::is_same_v<info<bad::NoKey>::missing_key, sq::orm::key_without_field<users_t>>);
static_assert(!sq::orm::session_ready<bad::ExtraField> && !sq::orm::session_ready<bad::WrongKind> &&
              !sq::orm::session_ready<bad::NotOptional> && !sq::orm::session_ready<bad::NoName> &&
              !sq::orm::session_ready<bad::NoKey> && !sq::orm::session_ready<bad::NotAdapted> &&
              !sq::orm::session_ready<bad::NoTable>);
// Only the first problem is reported: a struct with no table has none of the others.
static_assert(sq::orm::fine<info<bad::NoTable>::unnamed_field>);

// Field types against column types: the kind, and std::optional exactly for nullable columns.
static_assert(sq::orm::field_fits<std::int64_t, std::int64_t>());
static_assert(sq::orm::field_fits<int, std::int64_t>());  // narrower: range-checked when read
static_assert(sq::orm::field_fits<std::optional<int>, std::optional<int>>());
static_assert(!sq::orm::field_fits<int, std::optional<int>>());
static_assert(!sq::orm::field_fits<std::optional<int>, int>());
static_assert(!sq::orm::field_fits<double, int>());  // a real cannot be written into an integer
static_assert(!sq::orm::field_fits<int, double>());  // nor read from a real
static_assert(!sq::orm::field_fits<std::string, int>());
static_assert(!sq::orm::field_fits<char const*, std::string>());

// The model's key and statements.
using user_model = sq::orm::model<User>;
static_assert(user_model::key_count == 1 && user_model::generated_field == 0);
static_assert(std::is_same_v<user_model::key_type, std::tuple<std::int64_t>>);
static_assert(sq::orm::model<Tag>::generated_field == 2);  // none: a text key
static_assert(std::is_same_v<sq::orm::model<Membership>::key_type, std::tuple<std::int64_t, std::string>>);
static_assert(sq::sql_of<sq::sqlite, decltype(user_model::select_all())> ==
              R"(SELECT "orm_users"."id", "orm_users"."name", "orm_users"."age" FROM "orm_users")");
static_assert(sq::sql_of<sq::sqlite, decltype(user_model::insert<false>(User{}))> ==
              R"(INSERT INTO "orm_users" ("name", "age") VALUES (?, ?))");
static_assert(sq::sql_of<sq::postgres, decltype(user_model::insert<true>(User{}))> ==
              R"(INSERT INTO "orm_users" ("id", "name", "age") VALUES ($1, $2, $3) RETURNING "id")");
static_assert(sq::sql_of<sq::mysql, decltype(sq::orm::model<Post>::insert<false>(Post{}))> ==
              "INSERT INTO `orm_posts` (`user_id`, `title`) VALUES (?, ?)");
// A query's SELECT is a Core statement, its text built at compile time.
using query_statement = decltype(std::declval<sq::session&>()
                                     .query<User>()
                                     .filter(users.age > 28)
                                     .filter(users.name.like("A%"))
                                     .order_by(users.age.desc(), users.name)
                                     .limit(10)
                                     .offset(20)
                                     .statement());
static_assert(sq::sql_of<sq::sqlite, query_statement> ==
              R"(SELECT "orm_users"."id", "orm_users"."name", "orm_users"."age" FROM "orm_users" )"
              R"(WHERE "orm_users"."age" > ? AND "orm_users"."name" LIKE ? )"
              R"(ORDER BY "orm_users"."age" DESC, "orm_users"."name" LIMIT ? OFFSET ?)");
}  // namespace

TEST_CASE("the UPDATE of the changed columns, in each dialect", "[orm][mapping]") {
  using sq::dialect_id;
  CHECK(sq::orm::update_sql<User>(dialect_id::sqlite, 0b100) ==
        R"(UPDATE "orm_users" SET "age" = ? WHERE "orm_users"."id" = ?)");
  CHECK(sq::orm::update_sql<User>(dialect_id::postgres, 0b110) ==
        R"(UPDATE "orm_users" SET "name" = $1, "age" = $2 WHERE "orm_users"."id" = $3)");
  CHECK(sq::orm::update_sql<User>(dialect_id::mysql, 0b010) ==
        "UPDATE `orm_users` SET `name` = ? WHERE `orm_users`.`id` = ?");
  CHECK(sq::orm::update_sql<Membership>(dialect_id::postgres, 0b100) ==
        R"(UPDATE "orm_memberships" SET "role" = $1 WHERE "orm_memberships"."user_id" = $2 AND )"
        R"("orm_memberships"."group_name" = $3)");
  // Built once: the same text, at the same address, every time.
  auto first = sq::orm::update_sql<User>(dialect_id::sqlite, 0b100);
  CHECK(sq::orm::update_sql<User>(dialect_id::sqlite, 0b100).data() == first.data());
}

TEST_CASE("changes() finds the fields that differ", "[orm][mapping]") {
  User a{.id = 1, .name = "Alice", .age = 30};
  User b = a;
  CHECK(user_model::changes(a, b) == 0);
  b.age = std::nullopt;
  CHECK(user_model::changes(b, a) == 0b100);
  b.name = "Alicia";
  CHECK(user_model::changes(b, a) == 0b110);
  CHECK(user_model::key_of(b) == std::tuple<std::int64_t>{1});
  CHECK(user_model::key_unset(User{}));
  CHECK_FALSE(user_model::key_unset(a));
}

TEST_CASE("object_list iterates and indexes as references", "[orm][mapping]") {
  User a{.name = "A"};
  User b{.name = "B"};
  sq::object_list<User> list(std::vector<User*>{&a, &b});
  names seen;
  for (User& u : list) seen.push_back(u.name);
  CHECK(seen == names{"A", "B"});
  CHECK(&list[1] == &b);
  CHECK(&list.front() == &a);
  CHECK(list.size() == 2);
  static_assert(std::forward_iterator<sq::object_list<User>::iterator>);
}
