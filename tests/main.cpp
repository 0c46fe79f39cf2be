// SPDX-License-Identifier: BSL-1.0
// The one Catch2 main shared by sql_tests and run_tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
