// What the kiosk keeps to check that a citizen owns a filing they look up (core/ownership.hpp):
// the look-up code the portal issued with its acknowledgement, and the applicant's ID number in
// the filing's sealed content. The acknowledgement carries the code, so it is sealed too.
#include <openssl/crypto.h>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "sealed_text.hpp"

namespace kiosk::outbox {

Result<void> Outbox::storeAcknowledgement(std::int64_t filingRowId, const std::string& clientFilingId,
                                          const Acknowledgement& ack) {
    auto proof = m_db->prepare(
        "UPDATE filing SET receipt = NULL, receipt_iv = ?2, receipt_sealed = ?3, receipt_tag = ?4 WHERE id = ?1",
        "deliver");
    if (!proof) return proof.error();
    proof->bind(1, filingRowId);
    if (auto ok = bindSealedText(*proof, 2, *m_masterKey, ack.proofJson, clientFilingId + "/acknowledgement"); !ok) {
        return ok.error();
    }
    if (auto ok = proof->run(); !ok) return ok.error();
    if (ack.lookupSecret.empty()) return {};
    auto code = m_db->prepare(
        "INSERT INTO filing_status (filing_id, lookup_iv, lookup_code, lookup_tag, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (filing_id) DO UPDATE SET lookup_iv = excluded.lookup_iv, "
        "lookup_code = excluded.lookup_code, lookup_tag = excluded.lookup_tag",
        "deliver");
    if (!code) return code.error();
    code->bind(1, filingRowId);
    if (auto ok = bindSealedText(*code, 2, *m_masterKey, ack.lookupSecret, clientFilingId + "/lookup"); !ok) {
        return ok.error();
    }
    code->bind(5, static_cast<std::int64_t>(now().time_since_epoch().count()));
    return code->run();
}

Result<std::string> Outbox::acknowledgementProof(const std::string& clientFilingId) {
    auto stmt = m_db->prepare(
        "SELECT receipt_iv, receipt_sealed, receipt_tag, receipt FROM filing WHERE client_filing_id = ?1", "proof");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientFilingId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) {
        return Error{"outbox.not_found", "Không tìm thấy hồ sơ trên máy. (No such filing on this kiosk.)",
                     "client_filing_id"};
    }
    // Stored before schema v6 in the clear (those held no look-up code), sealed since.
    if (stmt->columnIsNull(1)) return stmt->columnText(3);
    return readSealedText(*stmt, 0, *m_masterKey, clientFilingId + "/acknowledgement");
}

Result<bool> Outbox::applicantIs(std::string_view reference, std::string_view idNumber) {
    auto found = findByReference(reference);
    if (!found) return found.error();
    if (!*found || (*found)->shredded || idNumber.empty()) return false;
    auto opened = decryptPayload((*found)->clientFilingId);
    if (!opened) return opened.error();
    const std::string& stored = opened->filing.applicantIdNumber;
    return stored.size() == idNumber.size() && CRYPTO_memcmp(stored.data(), idNumber.data(), stored.size()) == 0;
}

}  // namespace kiosk::outbox
