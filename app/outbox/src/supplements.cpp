// Supplements as outbox jobs (supplement.hpp): stored in one transaction, sealed like a filing
// under a data key of their own (AAD "supplement:<client_supplement_id>/..."), claimed only once
// the portal knows their filing (job_steps.hpp), and delivered once under their client_supplement_id.
#include "envelope.hpp"
#include "job_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/outbox/crypto.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "sealed_rows.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

// The AAD id of a supplement's sealed objects: never the same as any filing's.
std::string aadId(const std::string& clientSupplementId) { return "supplement:" + clientSupplementId; }

Error notFound() {
    return Error{"outbox.not_found", "Không tìm thấy phần bổ sung trên máy. (No such supplement on this kiosk.)",
                 "client_supplement_id"};
}

Error nothingToSend() {
    return Error{"outbox.bad_supplement",
                 "Phần bổ sung chưa có giấy tờ hay câu trả lời nào. (The supplement holds nothing to send.)",
                 "supplement"};
}

Result<std::int64_t> idOf(Database& db, const std::string& clientSupplementId, std::string& status) {
    auto stmt = db.prepare("SELECT id, status FROM supplement WHERE client_supplement_id = ?1", "supplement");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientSupplementId);
    auto found = stmt->step();
    if (!found) return found.error();
    if (!*found) return notFound();
    status = stmt->columnText(1);
    return stmt->columnInt(0);
}

}  // namespace

OpenedSupplement::~OpenedSupplement() {
    secureWipe(content.answers);
    for (auto& a : content.attachments) {
        secureWipe(a.bytes);
        secureWipe(a.name);
    }
}

Result<std::string> Outbox::submitSupplement(std::string_view reference, const core::Filing& content) {
    if (content.attachments.empty() && content.answers.empty()) return nothingToSend();
    auto filing = findByReference(reference);
    if (!filing) return filing.error();
    if (!*filing) {
        return Error{"outbox.not_found", "Không tìm thấy hồ sơ trên máy. (No such filing on this kiosk.)", "reference"};
    }
    // Staff can only have asked for more about a filing the portal has.
    if ((*filing)->status != FilingStatus::Delivered) {
        return Error{"outbox.bad_transition",
                     "Hồ sơ chưa được gửi tới cổng dịch vụ công, nên chưa thể bổ sung. (The filing has not reached "
                     "the portal yet.)",
                     "status"};
    }
    auto id = newUuidV4();
    if (!id) return id.error();
    // Encrypted before the write lock is taken, as a filing is.
    auto sealed = sealFiling(*m_masterKey, aadId(*id), content);
    if (!sealed) return sealed.error();
    const std::int64_t unix = now().time_since_epoch().count();

    auto tx = Transaction::begin(*m_db, "supplement");
    if (!tx) return tx.error();
    auto insert = m_db->prepare(
        "INSERT INTO supplement (client_supplement_id, filing_id, created_at, next_attempt_at) "
        "SELECT ?1, id, ?2, ?2 FROM filing WHERE client_filing_id = ?3 RETURNING id",
        "supplement");
    if (!insert) return insert.error();
    insert->bind(1, *id);
    insert->bind(2, unix);
    insert->bind(3, (*filing)->clientFilingId);
    auto inserted = insert->step();
    if (!inserted) return inserted.error();
    if (!*inserted) return notFound();
    const std::int64_t rowId = insert->columnInt(0);
    if (auto done = insert->run(); !done) return done.error();

    if (auto ok = storeSealed(*m_db, kSupplementTables, rowId, m_masterKeyId, *sealed, "supplement"); !ok) {
        return ok.error();
    }
    if (auto ok = tx->commit(); !ok) return ok.error();
    return *id;
}

Result<std::optional<ClaimedSupplement>> Outbox::claimNextSupplement() {
    const std::int64_t t = now().time_since_epoch().count();
    return claimNextDue<ClaimedSupplement>(
        *m_db, kSupplementJobs, t, t + m_options.claimLease.count(),
        "SELECT s.client_supplement_id, f.client_filing_id, f.local_reference, st.portal_filing_id, "
        "s.created_at, s.attempts FROM supplement s JOIN filing f ON f.id = s.filing_id "
        "JOIN filing_status st ON st.filing_id = f.id WHERE s.id = ?1",
        [](Statement& row) {
            return ClaimedSupplement{row.columnText(0),
                                     row.columnText(1),
                                     row.columnText(2),
                                     row.columnText(3),
                                     Seconds(std::chrono::seconds(row.columnInt(4))),
                                     static_cast<int>(row.columnInt(5))};
        });
}

Result<OpenedSupplement> Outbox::decryptSupplement(const std::string& clientSupplementId) {
    auto tx = Transaction::beginRead(*m_db, "decrypt");
    if (!tx) return tx.error();
    auto head = m_db->prepare("SELECT id, created_at FROM supplement WHERE client_supplement_id = ?1", "decrypt");
    if (!head) return head.error();
    head->bind(1, clientSupplementId);
    auto found = head->step();
    if (!found) return found.error();
    if (!*found) return notFound();
    auto sealed = loadSealed(*m_db, kSupplementTables, head->columnInt(0), m_masterKeyId, clientSupplementId,
                             "decrypt");
    if (!sealed) return sealed.error();
    OpenedSupplement out;
    out.clientSupplementId = clientSupplementId;
    out.createdAt = Seconds(std::chrono::seconds(head->columnInt(1)));
    OpenedFiling opened;
    if (auto ok = openFiling(*m_masterKey, aadId(clientSupplementId), *sealed, opened); !ok) return ok.error();
    std::swap(out.content, opened.filing);
    std::swap(out.attachmentSha256, opened.attachmentSha256);
    return out;
}

Result<void> Outbox::markSupplementDelivered(const std::string& clientSupplementId, const std::string& proofJson) {
    auto tx = Transaction::begin(*m_db, "deliver");
    if (!tx) return tx.error();
    std::string status;
    auto id = idOf(*m_db, clientSupplementId, status);
    if (!id) return id.error();
    if (status == "delivered") return {};
    auto stmt = m_db->prepare(
        "UPDATE supplement SET status = 'delivered', acknowledgement = ?2, delivered_at = ?3, lease_until = NULL, "
        "last_error = NULL WHERE id = ?1",
        "deliver");
    if (!stmt) return stmt.error();
    stmt->bind(1, *id);
    stmt->bind(2, proofJson);
    stmt->bind(3, static_cast<std::int64_t>(now().time_since_epoch().count()));
    if (auto ok = stmt->run(); !ok) return ok.error();
    return tx->commit();
}

Result<void> Outbox::markSupplementFailed(const std::string& clientSupplementId, const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    auto tx = Transaction::begin(*m_db, "fail");
    if (!tx) return tx.error();
    auto ended = endPending(*m_db, kSupplementJobs, clientSupplementId, "failed", errorCode);
    if (!ended) return ended.error();
    if (!*ended) {
        std::string status;  // already ended: nothing to do, unless there is no such supplement
        if (auto id = idOf(*m_db, clientSupplementId, status); !id) return id.error();
    }
    return tx->commit();
}

Result<int> Outbox::scheduleSupplementRetry(const std::string& clientSupplementId, Seconds nextAttemptAt,
                                            const std::string& errorCode) {
    if (!isErrorCode(errorCode)) return badErrorCode();
    auto tx = Transaction::begin(*m_db, "retry");
    if (!tx) return tx.error();
    auto attempts = countAttempt(*m_db, kSupplementJobs, clientSupplementId, nextAttemptAt.time_since_epoch().count(),
                                 errorCode);
    if (!attempts) return attempts.error();
    if (!*attempts) return notFound();
    if (auto ok = tx->commit(); !ok) return ok.error();
    return **attempts;
}

Result<std::vector<SupplementView>> Outbox::supplementsOf(std::string_view reference) {
    auto filing = findByReference(reference);
    if (!filing) return filing.error();
    std::vector<SupplementView> out;
    if (!*filing) return out;
    auto stmt = m_db->prepare(
        "SELECT s.client_supplement_id, s.status, COALESCE(s.last_error, ''), COALESCE(s.acknowledgement, ''), "
        "s.created_at FROM supplement s JOIN filing f ON f.id = s.filing_id WHERE f.client_filing_id = ?1 "
        "ORDER BY s.id",
        "supplements");
    if (!stmt) return stmt.error();
    stmt->bind(1, (*filing)->clientFilingId);
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back({stmt->columnText(0), stmt->columnText(1), stmt->columnText(2), stmt->columnText(3),
                       Seconds(std::chrono::seconds(stmt->columnInt(4)))});
    }
    return out;
}

}  // namespace kiosk::outbox
