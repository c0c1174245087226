#pragma once
// The outbox on the one SQLite layer (kiosk/sqlite): its names here, and its wording of SQLite's
// failures for the citizen and the staff.
#include <string_view>

#include "kiosk/base/result.hpp"
#include "kiosk/sqlite/database.hpp"

namespace kiosk::outbox {

using sqlite::Database;
using sqlite::Statement;
using sqlite::Transaction;

// The error people see for SQLite result code `rc` (extended codes allowed): disk full, busy,
// damaged, I/O, else a storage error; `where` says what was being done. Never includes values
// from the database. Every database the outbox opens words its failures with it.
Error sqliteError(int rc, std::string_view where);

}  // namespace kiosk::outbox
