// "Gọi cán bộ hỗ trợ" as outbox jobs: a row with the screen's name and the time, nothing about
// the citizen, claimed with a lease like a filing and sent once under its client_call_id.
#include <algorithm>

#include "kiosk/outbox/crypto.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "sealed_rows.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

bool isScreenName(const std::string& screen) {
    return !screen.empty() && screen.size() <= 32 &&
           std::all_of(screen.begin(), screen.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

Error notFound() {
    return Error{"outbox.not_found", "Không tìm thấy lời gọi cán bộ trên máy. (No such help call on this kiosk.)",
                 "client_call_id"};
}

// A pending call that will never be sent: `status` failed or stale, with why.
Result<void> endHelpCall(Database& db, const std::string& clientCallId, const char* status,
                         const std::string& errorCode) {
    auto stmt = db.prepare(
        "UPDATE help_call SET status = ?3, last_error = ?2, lease_until = NULL "
        "WHERE client_call_id = ?1 AND status = 'pending'",
        "fail");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientCallId);
    stmt->bind(2, errorCode);
    stmt->bind(3, std::string_view(status));
    return stmt->run();
}

}  // namespace

Result<std::string> Outbox::callStaff(const std::string& screen) {
    if (!isScreenName(screen)) {
        return Error{"outbox.bad_screen", "Tên màn hình không hợp lệ. (Bad screen name.)", "screen"};
    }
    auto id = newUuidV4();
    if (!id) return id.error();
    const std::int64_t unix = now().time_since_epoch().count();
    auto stmt = m_db->prepare(
        "INSERT INTO help_call (client_call_id, screen, raised_at, next_attempt_at) VALUES (?1, ?2, ?3, ?3)", "help");
    if (!stmt) return stmt.error();
    stmt->bind(1, *id);
    stmt->bind(2, screen);
    stmt->bind(3, unix);
    if (auto ok = stmt->run(); !ok) return ok.error();
    return *id;
}

Result<std::optional<ClaimedHelpCall>> Outbox::claimNextHelpCall() {
    const std::int64_t t = now().time_since_epoch().count();
    auto tx = Transaction::begin(*m_db, "claim");
    if (!tx) return tx.error();
    auto stmt = m_db->prepare(
        "UPDATE help_call SET lease_until = ?2 WHERE id = ("
        "  SELECT id FROM help_call WHERE status = 'pending' AND next_attempt_at <= ?1"
        "  AND (lease_until IS NULL OR lease_until <= ?1) ORDER BY next_attempt_at, id LIMIT 1) "
        "RETURNING client_call_id, screen, raised_at, attempts",
        "claim");
    if (!stmt) return stmt.error();
    stmt->bind(1, t);
    stmt->bind(2, t + m_options.claimLease.count());
    auto row = stmt->step();
    if (!row) return row.error();
    std::optional<ClaimedHelpCall> claimed;
    if (*row) {
        claimed = ClaimedHelpCall{stmt->columnText(0), stmt->columnText(1),
                                  Seconds(std::chrono::seconds(stmt->columnInt(2))),
                                  static_cast<int>(stmt->columnInt(3))};
        if (auto done = stmt->run(); !done) return done.error();
    }
    if (auto ok = tx->commit(); !ok) return ok.error();
    return claimed;
}

Result<void> Outbox::markHelpCallDelivered(const std::string& clientCallId, const std::string& helpCallId) {
    auto stmt = m_db->prepare(
        "UPDATE help_call SET status = 'delivered', help_call_id = ?2, delivered_at = ?3, lease_until = NULL, "
        "last_error = NULL WHERE client_call_id = ?1 AND status = 'pending'",
        "deliver");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientCallId);
    stmt->bind(2, helpCallId);
    stmt->bind(3, static_cast<std::int64_t>(now().time_since_epoch().count()));
    return stmt->run();
}

Result<void> Outbox::markHelpCallFailed(const std::string& clientCallId, const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    return endHelpCall(*m_db, clientCallId, "failed", errorCode);
}

Result<void> Outbox::markHelpCallStale(const std::string& clientCallId) {
    return endHelpCall(*m_db, clientCallId, "stale", "stale");
}

Result<int> Outbox::scheduleHelpCallRetry(const std::string& clientCallId, Seconds nextAttemptAt,
                                          const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    auto tx = Transaction::begin(*m_db, "retry");
    if (!tx) return tx.error();
    auto stmt = m_db->prepare(
        "UPDATE help_call SET attempts = attempts + 1, next_attempt_at = ?3, last_error = ?2, lease_until = NULL "
        "WHERE client_call_id = ?1 AND status = 'pending' RETURNING attempts",
        "retry");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientCallId);
    stmt->bind(2, errorCode);
    stmt->bind(3, static_cast<std::int64_t>(nextAttemptAt.time_since_epoch().count()));
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return notFound();
    const int attempts = static_cast<int>(stmt->columnInt(0));
    if (auto done = stmt->run(); !done) return done.error();
    if (auto ok = tx->commit(); !ok) return ok.error();
    return attempts;
}

}  // namespace kiosk::outbox
