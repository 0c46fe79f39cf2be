// SPDX-License-Identifier: BSL-1.0
// SEQUEL_ORM_CHECK_MODEL, alone in a header that the compilers treat as a system header: g++ then
// reports a failed check at the macro's use, in the session function the user called, without the
// two "in expansion of macro" traces (six lines) it prints for a macro of an ordinary header. The
// header holds nothing else, so no warning of the library's own code is hidden by it.
#pragma once
#pragma GCC system_header

// The checks of a model type T, written into each session function so that the message is on the
// first lines of the compiler's output. WHAT names the function ("add()"). The condition shown with a
// failed check names the culprit: field_named<boost::hana::string<'a', 'g', 'e'>> is the field "age".
#define SEQUEL_ORM_CHECK_MODEL(T, WHAT)                                                                 \
  static_assert(::sequel::hana_adapted<T>,                                                              \
                WHAT ": the struct is not Boost.Hana-adapted; add BOOST_HANA_ADAPT_STRUCT(T, field...) " \
                     "after its definition");                                                           \
  static_assert(::sequel::orm::has_table<T>,                                                            \
                WHAT ": the struct has no table; declare template <> inline constexpr auto "            \
                     "sq::table_for<T> = table;");                                                      \
  static_assert(::sequel::orm::fine<typename ::sequel::orm::detail::model_info<T>::unnamed_field>,      \
                WHAT ": a field of the struct has no column of the same name in table_for<T> (the "     \
                     "field_named<...> in the condition); rename the field or add the column");         \
  static_assert(::sequel::orm::fine<typename ::sequel::orm::detail::model_info<T>::misfit_field>,       \
                WHAT ": a field's type does not fit its column (the field_named<...> in the "           \
                     "condition); use the column's kind of value, std::optional exactly when the "      \
                     "column is nullable");                                                             \
  static_assert(::sequel::orm::fine<typename ::sequel::orm::detail::model_info<T>::unfilled_column>,    \
                WHAT ": a NOT NULL column without a default has no field, so the struct could not be "  \
                     "inserted (the column_without_field<...> in the condition); add a field for it");  \
  static_assert(::sequel::orm::fine<typename ::sequel::orm::detail::model_info<T>::missing_key>,        \
                WHAT ": the session tracks objects by primary key, and the struct has no field for "    \
                     "its table's primary key (or the table has none); add the key's field")
