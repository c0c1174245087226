// The receipt PDFs kept for staff when no printer printed them (docs/receipt.md), the filing's
// and each supplement's: sealed under the filing's own data key, so crypto-shredding the filing
// destroys them too.
#include <span>

#include "envelope.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "reference.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

constexpr const char* kReceiptName = "receipt";

Error noFiling() {
    return Error{"outbox.not_found",
                 "Không có hồ sơ nào mang mã này trên máy. (No filing with this reference on this kiosk.)", "reference"};
}

Error shredded() {
    return Error{"outbox.shredded",
                 "Nội dung hồ sơ, cả giấy tiếp nhận, đã được xóa sau thời hạn lưu giữ. (The filing's content and "
                 "its receipt were destroyed after the retention period.)",
                 "reference"};
}

Error noReceipt() {
    return Error{"outbox.no_receipt",
                 "Máy không giữ giấy tiếp nhận của hồ sơ này (đã in được lúc nộp, hoặc chưa kịp lưu). Có thể tra cứu "
                 "hồ sơ bằng mã. (No receipt is kept for this filing: it was printed, or never kept.)",
                 "reference"};
}

Error noSupplement() {
    return Error{"outbox.not_found", "Không tìm thấy phần bổ sung trên máy. (No such supplement on this kiosk.)",
                 "client_supplement_id"};
}

Error noSupplementReceipt() {
    return Error{"outbox.no_receipt",
                 "Máy không giữ giấy tiếp nhận bổ sung nào của hồ sơ này (đã in được, hoặc chưa kịp lưu). (No "
                 "supplement receipt is kept for this filing: it was printed, or never kept.)",
                 "reference"};
}

// The name a supplement's receipt is sealed under, beside the filing's "receipt": the AAD
// ties the copy to its supplement, so it cannot pass for another one.
std::string supplementReceiptName(const std::string& clientSupplementId) {
    return "supplement/" + clientSupplementId + "/" + kReceiptName;
}

Error wrongMasterKey() {
    return Error{"outbox.wrong_master_key",
                 "Hồ sơ được mã hóa bằng khóa chính khác với khóa của máy này. Vui lòng báo cán bộ. "
                 "(The filing was encrypted under a different master key.)",
                 "reference"};
}

std::span<const unsigned char> bytesOf(const std::string& s) {
    return {reinterpret_cast<const unsigned char*>(s.data()), s.size()};
}

// A kept copy's two statements: `findOwner` selects, by ?1, (the owner's row id, the filing's
// client id, shredded_at, and the filing's master_key_id, iv, wrapped, tag); `upsert` writes
// (?1 owner, ?2 iv, ?3 ciphertext, ?4 tag, ?5 kept_at).
struct KeptCopy {
    const char* findOwner;
    const char* upsert;
    Error (*missing)();
};

// Seals `pdf` under the data key of the filing `id` belongs to, as `name` (the AAD), and keeps
// it, replacing an earlier copy: one transaction.
Result<void> keepSealedCopy(Database& db, const SecretKey& masterKey, const std::string& masterKeyId,
                            std::int64_t keptAt, const KeptCopy& copy, const std::string& id, const std::string& name,
                            const std::string& pdf) {
    auto tx = Transaction::begin(db, "keep_receipt");
    if (!tx) return tx.error();
    auto head = db.prepare(copy.findOwner, "keep_receipt");
    if (!head) return head.error();
    head->bind(1, id);
    auto found = head->step();
    if (!found) return found.error();
    if (!*found) return copy.missing();
    if (!head->columnIsNull(2) || head->columnIsNull(3)) return shredded();
    if (head->columnText(3) != masterKeyId) return wrongMasterKey();
    const std::int64_t owner = head->columnInt(0);
    const Sealed wrappedKey{head->columnBlob(4), head->columnBlob(5), head->columnBlob(6)};
    auto sealed = sealUnderFilingKey(masterKey, head->columnText(1), wrappedKey, bytesOf(pdf), name);
    if (!sealed) return sealed.error();
    auto upsert = db.prepare(copy.upsert, "keep_receipt");
    if (!upsert) return upsert.error();
    upsert->bind(1, owner);
    upsert->bindBlob(2, sealed->iv);
    upsert->bindBlob(3, sealed->ciphertext);
    upsert->bindBlob(4, sealed->tag);
    upsert->bind(5, keptAt);
    if (auto ok = upsert->run(); !ok) return ok.error();
    return tx->commit();
}

// The kept copy a reader's row holds: the filing's client id in column 0, its shredded_at in 1,
// its master_key_id, iv, wrapped, tag in 2-5, and the copy's iv, ciphertext, tag from column
// `at` (NULL: none kept, `none`), sealed as `name`.
Result<std::string> openKeptCopy(Statement& head, int at, const SecretKey& masterKey, const std::string& masterKeyId,
                                 const std::string& name, Error (*none)()) {
    if (!head.columnIsNull(1) || head.columnIsNull(2)) return shredded();
    if (head.columnIsNull(at)) return none();
    if (head.columnText(2) != masterKeyId) return wrongMasterKey();
    const Sealed wrappedKey{head.columnBlob(3), head.columnBlob(4), head.columnBlob(5)};
    const Sealed sealed{head.columnBlob(at), head.columnBlob(at + 1), head.columnBlob(at + 2)};
    auto bytes = openUnderFilingKey(masterKey, head.columnText(0), wrappedKey, sealed, name);
    if (!bytes) return bytes.error();
    std::string pdf(bytes->begin(), bytes->end());
    secureWipe(*bytes);
    return pdf;
}

}  // namespace

Result<void> Outbox::keepReceipt(const std::string& localReference, const std::string& pdf) {
    static constexpr KeptCopy kFilingReceipt{
        "SELECT f.id, f.client_filing_id, f.shredded_at, k.master_key_id, k.iv, k.wrapped, k.tag "
        "FROM filing f LEFT JOIN filing_key k ON k.filing_id = f.id WHERE f.local_reference = ?1",
        "INSERT INTO filing_receipt (filing_id, iv, ciphertext, tag, kept_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (filing_id) DO UPDATE SET iv = ?2, ciphertext = ?3, tag = ?4, kept_at = ?5",
        noFiling};
    return keepSealedCopy(*m_db, *m_masterKey, m_masterKeyId, now().time_since_epoch().count(), kFilingReceipt,
                          localReference, kReceiptName, pdf);
}

Result<std::string> Outbox::keptReceipt(std::string_view reference) {
    auto tx = Transaction::beginRead(*m_db, "kept_receipt");
    if (!tx) return tx.error();
    auto head = m_db->prepare(
        "SELECT f.client_filing_id, f.shredded_at, k.master_key_id, k.iv, k.wrapped, k.tag, "
        "r.iv, r.ciphertext, r.tag FROM filing f LEFT JOIN filing_key k ON k.filing_id = f.id "
        "LEFT JOIN filing_receipt r ON r.filing_id = f.id WHERE f.local_reference = ?1 OR f.ma_ho_so = ?1 LIMIT 1",
        "kept_receipt");
    if (!head) return head.error();
    auto found = stepOnTypedReference(*head, reference);
    if (!found) return found.error();
    if (!*found) return noFiling();
    return openKeptCopy(*head, 6, *m_masterKey, m_masterKeyId, kReceiptName, noReceipt);
}

Result<void> Outbox::keepSupplementReceipt(const std::string& clientSupplementId, const std::string& pdf) {
    static constexpr KeptCopy kSupplementReceipt{
        "SELECT s.id, f.client_filing_id, f.shredded_at, k.master_key_id, k.iv, k.wrapped, k.tag "
        "FROM supplement s JOIN filing f ON f.id = s.filing_id LEFT JOIN filing_key k ON k.filing_id = f.id "
        "WHERE s.client_supplement_id = ?1",
        "INSERT INTO supplement_receipt (supplement_id, iv, ciphertext, tag, kept_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (supplement_id) DO UPDATE SET iv = ?2, ciphertext = ?3, tag = ?4, kept_at = ?5",
        noSupplement};
    return keepSealedCopy(*m_db, *m_masterKey, m_masterKeyId, now().time_since_epoch().count(), kSupplementReceipt,
                          clientSupplementId, supplementReceiptName(clientSupplementId), pdf);
}

Result<std::string> Outbox::keptSupplementReceipt(std::string_view reference) {
    auto tx = Transaction::beginRead(*m_db, "kept_receipt");
    if (!tx) return tx.error();
    // The filing first (an unknown code and a filing with no kept copy say different things),
    // then its most recently kept supplement receipt, if any.
    auto head = m_db->prepare(
        "SELECT f.client_filing_id, f.shredded_at, k.master_key_id, k.iv, k.wrapped, k.tag, "
        "s.client_supplement_id, r.iv, r.ciphertext, r.tag FROM filing f "
        "LEFT JOIN filing_key k ON k.filing_id = f.id "
        "LEFT JOIN supplement_receipt r ON r.supplement_id IN (SELECT id FROM supplement WHERE filing_id = f.id) "
        "LEFT JOIN supplement s ON s.id = r.supplement_id "
        "WHERE f.local_reference = ?1 OR f.ma_ho_so = ?1 ORDER BY r.kept_at DESC, r.supplement_id DESC LIMIT 1",
        "kept_receipt");
    if (!head) return head.error();
    auto found = stepOnTypedReference(*head, reference);
    if (!found) return found.error();
    if (!*found) return noFiling();
    return openKeptCopy(*head, 7, *m_masterKey, m_masterKeyId,
                        head->columnIsNull(6) ? std::string() : supplementReceiptName(head->columnText(6)),
                        noSupplementReceipt);
}

}  // namespace kiosk::outbox
