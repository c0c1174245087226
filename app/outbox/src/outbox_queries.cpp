// Read-only views of the outbox: counts, the list staff and kiosk-admin show, status lookup.
#include <algorithm>

#include "kiosk/outbox/outbox.hpp"
#include "reference.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

constexpr const char* kSummaryColumns =
    "client_filing_id, local_reference, service_id, service_code, status, created_at, attempts, "
    "next_attempt_at, delivered_at, ma_ho_so, last_error, shredded_at";

FilingStatus parseStatus(const std::string& s) {
    if (s == "delivered") return FilingStatus::Delivered;
    if (s == "failed") return FilingStatus::Failed;
    return FilingStatus::Pending;
}

Seconds toSeconds(std::int64_t unix) { return Seconds(std::chrono::seconds(unix)); }

FilingSummary readSummary(const Statement& s) {
    FilingSummary out;
    out.clientFilingId = s.columnText(0);
    out.localReference = s.columnText(1);
    out.serviceId = s.columnText(2);
    out.serviceCode = s.columnText(3);
    out.status = parseStatus(s.columnText(4));
    out.createdAt = toSeconds(s.columnInt(5));
    out.attempts = static_cast<int>(s.columnInt(6));
    out.nextAttemptAt = toSeconds(s.columnInt(7));
    if (!s.columnIsNull(8)) out.deliveredAt = toSeconds(s.columnInt(8));
    out.maHoSo = s.columnText(9);
    out.lastError = s.columnText(10);
    out.shredded = !s.columnIsNull(11);
    return out;
}

}  // namespace

Result<StatusCounts> Outbox::statusCounts() {
    auto stmt = m_db->prepare("SELECT status, COUNT(*) FROM filing GROUP BY status", "counts");
    if (!stmt) return stmt.error();
    StatusCounts counts;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const auto status = parseStatus(stmt->columnText(0));
        const std::int64_t n = stmt->columnInt(1);
        if (status == FilingStatus::Delivered) counts.delivered = n;
        else if (status == FilingStatus::Failed) counts.failed = n;
        else counts.pending = n;
    }
    auto supplements = m_db->queryInt("SELECT COUNT(*) FROM supplement WHERE status = 'pending'", "counts");
    if (!supplements) return supplements.error();
    counts.supplementsPending = *supplements;
    auto helpCalls = m_db->queryInt("SELECT COUNT(*) FROM help_call WHERE status = 'pending'", "counts");
    if (!helpCalls) return helpCalls.error();
    counts.helpCallsPending = *helpCalls;
    if (counts.pending > 0) {
        // The heartbeat's oldest_pending_age_s: how long the queue has been stuck, if it is.
        auto oldest = m_db->queryInt("SELECT MIN(created_at) FROM filing WHERE status = 'pending'", "counts");
        if (!oldest) return oldest.error();
        counts.oldestPendingAt = toSeconds(*oldest);
    }
    return counts;
}

Result<std::vector<FilingSummary>> Outbox::list(int limit, int offset) {
    const std::string sql =
        std::string("SELECT ") + kSummaryColumns + " FROM filing ORDER BY created_at DESC, id DESC LIMIT ?1 OFFSET ?2";
    auto stmt = m_db->prepare(sql.c_str(), "list");
    if (!stmt) return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(limit));
    stmt->bind(2, static_cast<std::int64_t>(offset));
    std::vector<FilingSummary> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(readSummary(*stmt));
    }
    return out;
}

Result<std::optional<FilingSummary>> Outbox::findByReference(std::string_view reference) {
    const std::string sql =
        std::string("SELECT ") + kSummaryColumns + " FROM filing WHERE local_reference = ?1 OR ma_ho_so = ?1 LIMIT 1";
    auto stmt = m_db->prepare(sql.c_str(), "find");
    if (!stmt) return stmt.error();
    auto row = stepOnTypedReference(*stmt, reference);
    if (!row) return row.error();
    if (!*row) return std::optional<FilingSummary>();
    return std::optional<FilingSummary>(readSummary(*stmt));
}

Result<std::vector<std::string>> Outbox::referencesEndingWith(std::string_view key, int limit) {
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (!plain) {
        return Error{"outbox.bad_key", "Mã tìm kiếm chỉ gồm chữ in hoa và chữ số. (A search key is capital letters and digits.)",
                     "key"};
    }
    // The key holds no LIKE wildcards (checked above). The codes hold letters, digits, '.' and
    // '-' (reference.hpp, the portal's format); both columns are compared without the last two.
    auto stmt = m_db->prepare(
        "SELECT local_reference FROM filing "
        "WHERE replace(replace(upper(local_reference), '-', ''), '.', '') LIKE '%' || ?1 "
        "OR replace(replace(upper(coalesce(ma_ho_so, '')), '-', ''), '.', '') LIKE '%' || ?1 "
        "ORDER BY id LIMIT ?2",
        "find");
    if (!stmt) return stmt.error();
    stmt->bind(1, key);
    stmt->bind(2, static_cast<std::int64_t>(limit));
    std::vector<std::string> found;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return found;
        found.push_back(stmt->columnText(0));
    }
}

Result<void> Outbox::checkIntegrity() {
    auto result = m_db->queryText("PRAGMA integrity_check", "integrity");
    if (!result) return result.error();
    if (*result != "ok") {
        return Error{"outbox.corrupt",
                     "Dữ liệu hồ sơ trên máy bị hỏng. Vui lòng báo cán bộ. "
                     "(The kiosk's filing database is damaged. Please tell the staff.)",
                     *result};
    }
    return {};
}

}  // namespace kiosk::outbox
