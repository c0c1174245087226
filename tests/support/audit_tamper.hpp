#pragma once
// What someone with the database file and the sqlite3 tool could do to the audit log: the
// triggers that keep the kiosk's own code from rewriting it are dropped first, as they would be.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "kiosk/sqlite/database.hpp"

namespace kiosk::test {

inline void tamperWithAuditLog(const std::filesystem::path& databasePath, const std::string& sql) {
    auto db = sqlite::Database::open(databasePath);
    REQUIRE(db.ok());
    db->setBusyTimeout(5000);
    const std::string all =
        "DROP TRIGGER IF EXISTS audit_entry_no_update; DROP TRIGGER IF EXISTS audit_entry_no_delete; " + sql;
    REQUIRE(db->exec(all.c_str(), "tamper").ok());
}

// A changed detail in entry `seq`, its stored hash left as it was.
inline void editAuditEntry(const std::filesystem::path& databasePath, std::int64_t seq) {
    tamperWithAuditLog(databasePath, "UPDATE audit_entry SET detail = 'wrong_pin' WHERE seq = " + std::to_string(seq));
}

inline void deleteAuditEntry(const std::filesystem::path& databasePath, std::int64_t seq) {
    tamperWithAuditLog(databasePath, "DELETE FROM audit_entry WHERE seq = " + std::to_string(seq));
}

// Entries `a` and `b` trade places (each keeps its fields and hash, takes the other's seq).
inline void swapAuditEntries(const std::filesystem::path& databasePath, std::int64_t a, std::int64_t b) {
    const std::string sa = std::to_string(a), sb = std::to_string(b);
    tamperWithAuditLog(databasePath, "UPDATE audit_entry SET seq = -1 WHERE seq = " + sa +
                                         "; UPDATE audit_entry SET seq = " + sa + " WHERE seq = " + sb +
                                         "; UPDATE audit_entry SET seq = " + sb + " WHERE seq = -1;");
}

}  // namespace kiosk::test
