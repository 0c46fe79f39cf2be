// SPDX-License-Identifier: BSL-1.0
// The ORM: structs mapped to tables, an engine with a connection pool, and sessions (identity map,
// unit of work, queries of objects). Needs no connector itself: include <sequel/sqlite.hpp> (or
// postgres, mysql) too, so that create_engine() accepts that database's URLs.
#pragma once

#include "orm/engine.hpp"
#include "orm/mapping.hpp"
#include "orm/model.hpp"
#include "orm/object_list.hpp"
#include "orm/pool.hpp"
#include "orm/query.hpp"
#include "orm/relationship.hpp"
#include "orm/session.hpp"
#include "orm/unit_of_work.hpp"
#include "sequel.hpp"
