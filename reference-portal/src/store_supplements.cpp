// Supplements a citizen added at a kiosk after staff asked for more (docs/portal-api.md §4.12):
// documents are staged by content hash first, then the supplement names them and is stored
// with its signed answer, so a repeat of the same supplement gets that answer again.
#include "store.hpp"

namespace kiosk::reference_portal {

namespace {

std::int64_t secondsOf(Seconds t) { return t.time_since_epoch().count(); }

constexpr const char* kSupplementColumns =
    "SELECT supplement_id, filing_id, kiosk_id, client_supplement_id, request_json, received_at, event_seq, "
    "answer_json, answer_headers_json FROM supplement ";

SupplementRow readSupplement(const Statement& st) {
    SupplementRow row;
    row.supplementId = st.columnText(0);
    row.filingId = st.columnText(1);
    row.kioskId = st.columnText(2);
    row.clientSupplementId = st.columnText(3);
    row.requestJson = st.columnText(4);
    row.receivedAt = Seconds(std::chrono::seconds(st.columnInt(5)));
    row.eventSeq = st.columnInt(6);
    row.answerJson = st.columnText(7);
    row.answerHeadersJson = st.columnText(8);
    return row;
}

}  // namespace

bool Store::stageSupplementDocument(const std::string& filingId, const std::string& clientSupplementId,
                                    const std::string& sha256, const std::string& bytes, Seconds at) {
    orThrow(m_db.prepare("INSERT OR IGNORE INTO supplement_blob(filing_id, client_supplement_id, sha256, bytes, "
                         "stored_at) VALUES (?, ?, ?, ?, ?)")
                .bind(1, filingId)
                .bind(2, clientSupplementId)
                .bind(3, sha256)
                .bindBlob(4, bytes)
                .bind(5, secondsOf(at))
                .run());
    return m_db.changes() == 1;
}

std::int64_t Store::stagedDocumentCount(const std::string& filingId, const std::string& clientSupplementId) {
    auto st = m_db.prepare("SELECT COUNT(*) FROM supplement_blob WHERE filing_id = ? AND client_supplement_id = ?");
    st.bind(1, filingId).bind(2, clientSupplementId);
    orThrow(st.step());
    return st.columnInt(0);
}

std::optional<std::int64_t> Store::stagedDocumentLength(const std::string& filingId,
                                                        const std::string& clientSupplementId,
                                                        const std::string& sha256) {
    auto st = m_db.prepare(
        "SELECT length(bytes) FROM supplement_blob WHERE filing_id = ? AND client_supplement_id = ? AND sha256 = ?");
    st.bind(1, filingId).bind(2, clientSupplementId).bind(3, sha256);
    if (!orThrow(st.step())) return std::nullopt;
    return st.columnInt(0);
}

std::optional<SupplementRow> Store::supplement(const std::string& filingId, const std::string& clientSupplementId) {
    auto st = m_db.prepare(std::string(kSupplementColumns) + "WHERE filing_id = ? AND client_supplement_id = ?");
    st.bind(1, filingId).bind(2, clientSupplementId);
    if (!orThrow(st.step())) return std::nullopt;
    return readSupplement(st);
}

void Store::insertSupplement(const SupplementRow& row) {
    orThrow(m_db.prepare("INSERT INTO supplement(supplement_id, filing_id, kiosk_id, client_supplement_id, "
                         "request_json, received_at, event_seq, answer_json, answer_headers_json) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, row.supplementId)
                .bind(2, row.filingId)
                .bind(3, row.kioskId)
                .bind(4, row.clientSupplementId)
                .bind(5, row.requestJson)
                .bind(6, secondsOf(row.receivedAt))
                .bind(7, row.eventSeq)
                .bind(8, row.answerJson)
                .bind(9, row.answerHeadersJson)
                .run());
}

std::vector<SupplementRow> Store::supplements(const std::string& filingId) {
    auto st = m_db.prepare(std::string(kSupplementColumns) + "WHERE filing_id = ? ORDER BY event_seq");
    st.bind(1, filingId);
    std::vector<SupplementRow> out;
    while (orThrow(st.step())) out.push_back(readSupplement(st));
    return out;
}

}  // namespace kiosk::reference_portal
