// "Gọi cán bộ hỗ trợ" as outbox jobs: a row with the screen's name and the time, nothing about
// the citizen, claimed with a lease like a filing and sent once under its client_call_id.
#include <algorithm>

#include "job_steps.hpp"
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
    return claimNextDue<ClaimedHelpCall>(
        *m_db, kHelpCallJobs, t, t + m_options.claimLease.count(),
        "SELECT client_call_id, screen, raised_at, attempts FROM help_call WHERE id = ?1", [](Statement& row) {
            return ClaimedHelpCall{row.columnText(0), row.columnText(1),
                                   Seconds(std::chrono::seconds(row.columnInt(2))), static_cast<int>(row.columnInt(3))};
        });
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

// A call that will never be sent is ended once; ending it again, or a call this kiosk does
// not have, changes nothing.
Result<void> Outbox::markHelpCallFailed(const std::string& clientCallId, const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    auto ended = endPending(*m_db, kHelpCallJobs, clientCallId, "failed", errorCode);
    if (!ended) return ended.error();
    return {};
}

Result<void> Outbox::markHelpCallStale(const std::string& clientCallId) {
    auto ended = endPending(*m_db, kHelpCallJobs, clientCallId, "stale", "stale");
    if (!ended) return ended.error();
    return {};
}

Result<int> Outbox::scheduleHelpCallRetry(const std::string& clientCallId, Seconds nextAttemptAt,
                                          const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    auto tx = Transaction::begin(*m_db, "retry");
    if (!tx) return tx.error();
    auto attempts = countAttempt(*m_db, kHelpCallJobs, clientCallId, nextAttemptAt.time_since_epoch().count(),
                                 errorCode);
    if (!attempts) return attempts.error();
    if (!*attempts) return notFound();
    if (auto ok = tx->commit(); !ok) return ok.error();
    return **attempts;
}

}  // namespace kiosk::outbox
