// SPDX-License-Identifier: BSL-1.0
// sequel: tables as types, statements checked by the compiler, SQL text built at compile time.
// This header needs no database library; include <sequel/sqlite.hpp> (or postgres, mysql) to run.
#pragma once

#include "clause/dynamic_order_by.hpp"
#include "clause/dynamic_where.hpp"
#include "expr/aggregate.hpp"
#include "expr/arithmetic.hpp"
#include "expr/case_when.hpp"
#include "expr/compare.hpp"
#include "expr/function.hpp"
#include "expr/in_list.hpp"
#include "expr/label.hpp"
#include "expr/logic.hpp"
#include "expr/order.hpp"
#include "expr/subquery.hpp"
#include "render/dialect.hpp"
#include "render/sql_of.hpp"
#include "schema/table.hpp"
#include "stmt/compound.hpp"
#include "stmt/derived.hpp"
#include "stmt/insert_rows.hpp"
#include "stmt/raw.hpp"
#include "stmt/schema.hpp"
#include "stmt/select.hpp"
#include "stmt/with.hpp"
#include "stmt/write.hpp"
