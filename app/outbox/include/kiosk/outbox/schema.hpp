#pragma once
// The outbox's tables and how a database file of any older version is brought up to date.
#include "kiosk/base/result.hpp"
#include "kiosk/sqlite/database.hpp"

namespace kiosk::outbox {

inline constexpr int kSchemaVersion = 10;

// Brings the database to `upTo` (PRAGMA user_version; kSchemaVersion but in the tests of an
// upgrade), one version per transaction, so a crash mid-way leaves a whole earlier version.
// Refuses a file from a newer program.
Result<void> migrate(sqlite::Database& db, int upTo = kSchemaVersion);

}  // namespace kiosk::outbox
