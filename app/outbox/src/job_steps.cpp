#include "job_steps.hpp"

namespace kiosk::outbox {
namespace {

std::string pendingRow(const JobTable& jobs) {
    return std::string(" WHERE ") + jobs.clientIdColumn + " = ?1 AND status = 'pending'";
}

}  // namespace

Result<std::optional<std::int64_t>> leaseNextDue(Database& db, const JobTable& jobs, std::int64_t now,
                                                 std::int64_t leaseUntil) {
    const std::string table = jobs.table;
    const std::string ready = *jobs.readyWhen ? std::string(" AND ") + jobs.readyWhen : std::string();
    auto stmt = db.prepare("UPDATE " + table + " SET lease_until = ?2 WHERE id = (SELECT id FROM " + table +
                               " WHERE status = 'pending' AND next_attempt_at <= ?1"
                               " AND (lease_until IS NULL OR lease_until <= ?1)" +
                               ready + " ORDER BY next_attempt_at, id LIMIT 1) RETURNING id",
                           "claim");
    if (!stmt) return stmt.error();
    stmt->bind(1, now);
    stmt->bind(2, leaseUntil);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<std::int64_t>();
    const std::int64_t id = stmt->columnInt(0);
    if (auto done = stmt->run(); !done) return done.error();
    return std::optional<std::int64_t>(id);
}

Result<std::optional<int>> countAttempt(Database& db, const JobTable& jobs, const std::string& clientId,
                                        std::int64_t nextAttemptAt, const std::string& errorCode) {
    auto stmt = db.prepare(std::string("UPDATE ") + jobs.table +
                               " SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3,"
                               " lease_until = NULL" +
                               pendingRow(jobs) + " RETURNING attempts",
                           "retry");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientId);
    stmt->bind(2, nextAttemptAt);
    stmt->bind(3, errorCode);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<int>();
    const int attempts = static_cast<int>(stmt->columnInt(0));
    if (auto done = stmt->run(); !done) return done.error();
    return std::optional<int>(attempts);
}

Result<bool> endPending(Database& db, const JobTable& jobs, const std::string& clientId, const char* status,
                        const std::string& errorCode) {
    auto stmt = db.prepare(std::string("UPDATE ") + jobs.table +
                               " SET status = ?2, last_error = ?3, lease_until = NULL" + pendingRow(jobs),
                           "fail");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientId);
    stmt->bind(2, std::string_view(status));
    stmt->bind(3, errorCode);
    if (auto ok = stmt->run(); !ok) return ok.error();
    return db.changes() > 0;
}

Result<void> releaseLeases(Database& db) {
    for (const JobTable* jobs : kAllJobTables) {
        if (auto ok = db.exec(std::string("UPDATE ") + jobs->table +
                                  " SET lease_until = NULL WHERE lease_until IS NOT NULL",
                              "release");
            !ok) {
            return ok.error();
        }
    }
    return {};
}

}  // namespace kiosk::outbox
