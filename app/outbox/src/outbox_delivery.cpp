// The delivery agent's side of the outbox: claim, record the outcome, and shred after retention.
#include "job_steps.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "sealed_rows.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

Error notFound() {
    return Error{"outbox.not_found", "Không tìm thấy hồ sơ trên máy. (No such filing on this kiosk.)", "client_filing_id"};
}

Error badTransition(const std::string& status, const char* action) {
    return Error{"outbox.bad_transition",
                 std::string("Hồ sơ đang ở trạng thái \"") + status + "\", không thể " + action +
                     ". (The filing is not in a state that allows this.)",
                 status};
}

struct Row {
    std::int64_t id = 0;
    std::string status;
    std::string maHoSo;
    bool shredded = false;
};

Result<Row> findRow(Database& db, const std::string& clientFilingId, std::string_view where) {
    auto stmt = db.prepare("SELECT id, status, ma_ho_so, shredded_at FROM filing WHERE client_filing_id = ?1", where);
    if (!stmt) return stmt.error();
    stmt->bind(1, clientFilingId);
    auto found = stmt->step();
    if (!found) return found.error();
    if (!*found) return notFound();
    return Row{stmt->columnInt(0), stmt->columnText(1), stmt->columnText(2), !stmt->columnIsNull(3)};
}

}  // namespace

Result<std::optional<ClaimedFiling>> Outbox::claimNextPending() {
    const std::int64_t t = now().time_since_epoch().count();
    return claimNextDue<ClaimedFiling>(
        *m_db, kFilingJobs, t, t + m_options.claimLease.count(),
        "SELECT client_filing_id, local_reference, service_id, service_code, created_at, attempts "
        "FROM filing WHERE id = ?1",
        [](Statement& row) {
            return ClaimedFiling{row.columnText(0),
                                 row.columnText(1),
                                 row.columnText(2),
                                 row.columnText(3),
                                 Seconds(std::chrono::seconds(row.columnInt(4))),
                                 static_cast<int>(row.columnInt(5))};
        });
}

Result<void> Outbox::markDelivered(const std::string& clientFilingId, const Acknowledgement& ack) {
    if (ack.maHoSo.empty()) {
        return Error{"outbox.bad_receipt", "Biên nhận thiếu mã hồ sơ. (The receipt has no filing code.)", "ma_ho_so"};
    }
    auto tx = Transaction::begin(*m_db, "deliver");
    if (!tx) return tx.error();
    auto row = findRow(*m_db, clientFilingId, "deliver");
    if (!row) return row.error();
    // The agent may crash after recording and then record again: the same code is not an error.
    if (row->status == "delivered" && row->maHoSo == ack.maHoSo) return {};
    if (row->status != "pending") return badTransition(row->status, "ghi nhận đã gửi");
    auto stmt = m_db->prepare(
        "UPDATE filing SET status = 'delivered', ma_ho_so = ?2, delivered_at = ?3, "
        "lease_until = NULL, last_error = NULL WHERE id = ?1",
        "deliver");
    if (!stmt) return stmt.error();
    stmt->bind(1, row->id);
    stmt->bind(2, ack.maHoSo);
    stmt->bind(3, static_cast<std::int64_t>(now().time_since_epoch().count()));
    if (auto ok = stmt->run(); !ok) return ok.error();
    if (ack.status) {
        if (auto ok = applyStatusUpdate(*ack.status, now().time_since_epoch().count()); !ok) return ok.error();
    }
    if (auto ok = storeAcknowledgement(row->id, clientFilingId, ack); !ok) return ok.error();
    return tx->commit();
}

Result<void> Outbox::markFailed(const std::string& clientFilingId, const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    auto tx = Transaction::begin(*m_db, "fail");
    if (!tx) return tx.error();
    auto ended = endPending(*m_db, kFilingJobs, clientFilingId, "failed", errorCode);
    if (!ended) return ended.error();
    if (!*ended) {
        auto row = findRow(*m_db, clientFilingId, "fail");
        if (!row) return row.error();
        if (row->status != "failed") return badTransition(row->status, "ghi nhận lỗi");
    }
    return tx->commit();
}

Result<int> Outbox::scheduleRetry(const std::string& clientFilingId, Seconds nextAttemptAt,
                                  const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    auto tx = Transaction::begin(*m_db, "retry");
    if (!tx) return tx.error();
    auto attempts = countAttempt(*m_db, kFilingJobs, clientFilingId, nextAttemptAt.time_since_epoch().count(),
                                 errorCode);
    if (!attempts) return attempts.error();
    if (!*attempts) {
        auto row = findRow(*m_db, clientFilingId, "retry");
        if (!row) return row.error();
        return badTransition(row->status, "hẹn gửi lại");
    }
    if (auto ok = tx->commit(); !ok) return ok.error();
    return **attempts;
}

Result<void> Outbox::releaseClaims() {
    auto tx = Transaction::begin(*m_db, "release");
    if (!tx) return tx.error();
    if (auto ok = releaseLeases(*m_db); !ok) return ok.error();
    return tx->commit();
}

Result<void> Outbox::destroyKey(const std::string& clientFilingId) {
    {
        auto tx = Transaction::begin(*m_db, "shred");
        if (!tx) return tx.error();
        auto row = findRow(*m_db, clientFilingId, "shred");
        if (!row) return row.error();
        if (row->shredded) return {};
        // A filing still waiting to be sent must never lose its content (design.md, "Errors").
        if (row->status == "pending") return badTransition(row->status, "xóa nội dung");
        // Nor a supplement waiting to be sent.
        auto waiting = m_db->prepare("SELECT 1 FROM supplement WHERE filing_id = ?1 AND status = 'pending'", "shred");
        if (!waiting) return waiting.error();
        waiting->bind(1, row->id);
        auto anyWaiting = waiting->step();
        if (!anyWaiting) return anyWaiting.error();
        if (*anyWaiting) return badTransition("pending", "xóa nội dung");
        for (const char* sql : {"DELETE FROM filing_key WHERE filing_id = ?1", "DELETE FROM part WHERE filing_id = ?1",
                                "DELETE FROM filing_receipt WHERE filing_id = ?1",
                                "DELETE FROM supplement_receipt WHERE supplement_id IN "
                                "(SELECT id FROM supplement WHERE filing_id = ?1)",
                                "DELETE FROM supplement_key WHERE supplement_id IN "
                                "(SELECT id FROM supplement WHERE filing_id = ?1)",
                                "DELETE FROM supplement_part WHERE supplement_id IN "
                                "(SELECT id FROM supplement WHERE filing_id = ?1)",
                                "UPDATE supplement SET shredded_at = unixepoch() WHERE filing_id = ?1"}) {
            auto stmt = m_db->prepare(sql, "shred");
            if (!stmt) return stmt.error();
            stmt->bind(1, row->id);
            if (auto ok = stmt->run(); !ok) return ok.error();
        }
        auto mark = m_db->prepare("UPDATE filing SET shredded_at = ?2 WHERE id = ?1", "shred");
        if (!mark) return mark.error();
        mark->bind(1, row->id);
        mark->bind(2, static_cast<std::int64_t>(now().time_since_epoch().count()));
        if (auto ok = mark->run(); !ok) return ok.error();
        if (auto ok = tx->commit(); !ok) return ok.error();
    }
    // secure_delete zeroed the freed cells, but older copies of those pages remain in the WAL
    // until a checkpoint; truncate it now. Best effort: a reader holding a snapshot (kiosk-sync)
    // can stop the checkpoint, and the next one finishes the job.
    (void)m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)", "shred");
    return {};
}

}  // namespace kiosk::outbox
