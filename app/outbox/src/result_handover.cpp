// Electronic results (docs/portal-api.md §4.16): what the status cache knows of the returned
// documents a kiosk may print, and the hand-overs kiosk-sync tells the portal about, each once
// under a key that never changes.
#include <algorithm>

#include "kiosk/outbox/outbox.hpp"
#include "sealed_text.hpp"
#include "storage.hpp"

namespace kiosk::outbox {

// filing_status.result_sha256 holds the returned documents' digests in the order the portal
// named them, separated by single spaces (64 lower-case hex digits each, so no digest holds one).
namespace {

std::string joined(const std::vector<std::string>& digests) {
    std::string out;
    for (const auto& digest : digests) out += (out.empty() ? "" : " ") + digest;
    return out;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t space = std::min(text.find(' ', from), text.size());
        if (space > from) out.push_back(text.substr(from, space - from));
        from = space + 1;
    }
    return out;
}

}  // namespace

Result<void> Outbox::applyResultUpdate(std::int64_t filingRowId, const PortalStatusUpdate& u) {
    if (u.resultDelivery.empty() && u.resultDigests.empty()) return {};
    auto stmt = m_db->prepare(
        "UPDATE filing_status SET result_delivery = COALESCE(NULLIF(?2, ''), result_delivery), "
        "result_sha256 = COALESCE(NULLIF(?3, ''), result_sha256) WHERE filing_id = ?1",
        "apply_status");
    if (!stmt) return stmt.error();
    stmt->bind(1, filingRowId).bind(2, u.resultDelivery).bind(3, joined(u.resultDigests));
    return stmt->run();
}

Result<void> Outbox::readResultState(std::int64_t filingRowId, FilingStatusView& view) {
    auto stmt = m_db->prepare(
        "SELECT COALESCE(s.result_delivery, ''), COALESCE(s.result_sha256, ''), COALESCE(s.portal_filing_id, '') "
        "FROM filing_status s WHERE s.filing_id = ?1",
        "status");
    if (!stmt) return stmt.error();
    stmt->bind(1, filingRowId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return {};
    view.resultDelivery = stmt->columnText(0);
    view.resultDigests = split(stmt->columnText(1));
    view.portalFilingId = stmt->columnText(2);
    // Handed over once every returned document was printed here.
    auto printed = m_db->prepare("SELECT sha256 FROM handover WHERE filing_id = ?1", "status");
    if (!printed) return printed.error();
    printed->bind(1, filingRowId);
    std::vector<std::string> handed;
    for (;;) {
        auto next = printed->step();
        if (!next) return next.error();
        if (!*next) break;
        handed.push_back(printed->columnText(0));
    }
    view.handedOver = !view.resultDigests.empty() &&
                      std::all_of(view.resultDigests.begin(), view.resultDigests.end(), [&handed](const auto& d) {
                          return std::find(handed.begin(), handed.end(), d) != handed.end();
                      });
    return {};
}

Result<bool> Outbox::recordHandover(const std::string& localReference, const std::string& sha256) {
    auto insert = m_db->prepare(
        "INSERT OR IGNORE INTO handover (filing_id, sha256, created_at) "
        "SELECT id, ?2, ?3 FROM filing WHERE local_reference = ?1",
        "handover");
    if (!insert) return insert.error();
    insert->bind(1, localReference)
        .bind(2, sha256)
        .bind(3, static_cast<std::int64_t>(now().time_since_epoch().count()));
    if (auto ok = insert->run(); !ok) return ok.error();
    if (m_db->changes() > 0) return true;
    auto known = m_db->prepare("SELECT 1 FROM filing WHERE local_reference = ?1", "handover");
    if (!known) return known.error();
    known->bind(1, localReference);
    auto row = known->step();
    if (!row) return row.error();
    if (!*row) {
        return Error{"outbox.not_found", "Không tìm thấy hồ sơ để ghi việc trả kết quả. (No such filing.)", "handover"};
    }
    return false;
}

Result<std::vector<HandoverWork>> Outbox::handoversToSync() {
    auto stmt = m_db->prepare(
        "SELECT h.id, f.client_filing_id, s.portal_filing_id, h.sha256, s.lookup_iv, s.lookup_code, s.lookup_tag "
        "FROM handover h JOIN filing f ON f.id = h.filing_id JOIN filing_status s ON s.filing_id = f.id "
        "WHERE h.delivered_at IS NULL AND h.last_error IS NULL AND s.portal_filing_id IS NOT NULL ORDER BY h.id",
        "handovers_to_sync");
    if (!stmt) return stmt.error();
    std::vector<HandoverWork> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        HandoverWork work;
        work.id = stmt->columnInt(0);
        work.clientFilingId = stmt->columnText(1);
        work.portalFilingId = stmt->columnText(2);
        work.sha256 = stmt->columnText(3);
        work.lookupCode = readSealedText(*stmt, 4, *m_masterKey, work.clientFilingId + "/lookup");
        out.push_back(std::move(work));
    }
    return out;
}

Result<void> Outbox::markHandoverDelivered(std::int64_t id) {
    auto stmt = m_db->prepare("UPDATE handover SET delivered_at = ?2 WHERE id = ?1", "handover_delivered");
    if (!stmt) return stmt.error();
    stmt->bind(1, id).bind(2, static_cast<std::int64_t>(now().time_since_epoch().count()));
    return stmt->run();
}

Result<void> Outbox::markHandoverFailed(std::int64_t id, const std::string& errorCode) {
    auto stmt = m_db->prepare("UPDATE handover SET last_error = ?2 WHERE id = ?1", "handover_failed");
    if (!stmt) return stmt.error();
    stmt->bind(1, id).bind(2, errorCode);
    return stmt->run();
}

}  // namespace kiosk::outbox
