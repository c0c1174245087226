#include <cstdio>

#include "kiosk/signing/digest.hpp"
#include "store.hpp"

namespace kiosk::reference_portal {

namespace {

constexpr const char* kFilingColumns =
    "filing_id, kiosk_id, client_filing_id, ma_ho_so, service_code, service_id, status, "
    "request_json, manifest_sha256, created_at, received_at, due_at, returned_at, fee_total, "
    "results_json, receipt_json, receipt_headers_json, last_seq";

std::int64_t secondsOf(Seconds t) { return t.time_since_epoch().count(); }

std::optional<Seconds> optionalTime(const Statement& st, int column) {
    auto value = st.columnOptionalInt(column);
    if (!value) return std::nullopt;
    return Seconds(std::chrono::seconds(*value));
}

EventRow readEvent(const Statement& st) {
    return EventRow{st.columnInt(0),  st.columnText(1), Seconds(std::chrono::seconds(st.columnInt(2))),
                    st.columnText(3), st.columnText(4), st.columnText(5),
                    st.columnText(6), st.columnText(7), st.columnText(8)};
}

constexpr const char* kEventColumns =
    "seq, filing_id, at, action, from_status, to_status, operator_id, note, documents_json";

}  // namespace

FilingRow Store::readFiling(Statement& st) {
    FilingRow row;
    row.filingId = st.columnText(0);
    row.kioskId = st.columnText(1);
    row.clientFilingId = st.columnText(2);
    row.maHoSo = st.columnText(3);
    row.serviceCode = st.columnText(4);
    row.serviceId = st.columnText(5);
    row.status = st.columnText(6);
    row.requestJson = st.columnText(7);
    row.manifestSha256 = st.columnText(8);
    row.createdAt = Seconds(std::chrono::seconds(st.columnInt(9)));
    row.receivedAt = optionalTime(st, 10);
    row.dueAt = optionalTime(st, 11);
    row.returnedAt = optionalTime(st, 12);
    row.feeTotal = st.columnInt(13);
    row.resultsJson = st.columnText(14);
    row.acknowledgementJson = st.columnOptionalText(15);
    row.acknowledgementHeadersJson = st.columnOptionalText(16);
    row.lastSeq = st.columnInt(17);
    return row;
}

FilingRow Store::createFiling(const std::string& kioskId, const CreateFilingRequest& request,
                              const std::string& rawBody, const std::string& agency, Seconds at) {
    const std::string day = vietnamDay(at);
    char sequence[24];
    std::snprintf(sequence, sizeof sequence, "%04lld",
                  static_cast<long long>(nextSequence(agency, day)));
    FilingRow row;
    row.filingId = randomId("f-");
    row.kioskId = kioskId;
    row.clientFilingId = request.clientFilingId;
    row.maHoSo = agency + "-" + day + "-" + sequence;
    row.serviceCode = request.serviceCode;
    row.serviceId = request.serviceId;
    row.status = "draft";
    row.requestJson = dumpJson(request.kept);
    row.manifestSha256 = signing::sha256Hex(rawBody);
    row.createdAt = at;
    row.feeTotal = request.feeTotal;
    row.resultsJson = "[]";
    orThrow(m_db.prepare("INSERT INTO filing(filing_id, kiosk_id, client_filing_id, ma_ho_so, service_code, "
                         "service_id, status, request_json, manifest_sha256, created_at, fee_total) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, row.filingId)
                .bind(2, row.kioskId)
                .bind(3, row.clientFilingId)
                .bind(4, row.maHoSo)
                .bind(5, row.serviceCode)
                .bind(6, row.serviceId)
                .bind(7, row.status)
                .bind(8, row.requestJson)
                .bind(9, row.manifestSha256)
                .bind(10, secondsOf(at))
                .bind(11, row.feeTotal)
                .run());
    int position = 0;
    for (const auto& doc : request.documents) {
        orThrow(m_db.prepare("INSERT INTO document(filing_id, position, part_id, component_code, name, "
                             "media_type, length, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(1, row.filingId)
                    .bind(2, std::int64_t{position++})
                    .bind(3, doc.partId)
                    .bind(4, doc.componentCode)
                    .bind(5, doc.name)
                    .bind(6, doc.mediaType)
                    .bind(7, doc.length)
                    .bind(8, doc.sha256)
                    .run());
    }
    return row;
}

std::optional<FilingRow> Store::filing(const std::string& filingId) {
    auto st = m_db.prepare(std::string("SELECT ") + kFilingColumns +
                           " FROM filing WHERE filing_id = ?");
    st.bind(1, filingId);
    if (!orThrow(st.step())) return std::nullopt;
    return readFiling(st);
}

std::vector<DocumentRow> Store::documents(const std::string& filingId) {
    auto st = m_db.prepare(
        "SELECT d.position, d.part_id, d.component_code, d.name, d.media_type, d.length, "
        "d.sha256, EXISTS (SELECT 1 FROM blob b WHERE b.filing_id = d.filing_id AND "
        "b.sha256 = d.sha256) FROM document d WHERE d.filing_id = ? ORDER BY d.position");
    st.bind(1, filingId);
    std::vector<DocumentRow> out;
    while (orThrow(st.step())) {
        out.push_back(DocumentRow{static_cast<int>(st.columnInt(0)), st.columnText(1), st.columnText(2),
                                  st.columnText(3), st.columnText(4), st.columnInt(5), st.columnText(6),
                                  st.columnInt(7) != 0});
    }
    return out;
}

std::vector<std::string> Store::missingDocuments(const std::string& filingId) {
    auto st = m_db.prepare(
        "SELECT DISTINCT d.sha256 FROM document d WHERE d.filing_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM blob b WHERE b.filing_id = d.filing_id AND b.sha256 = d.sha256) "
        "ORDER BY d.sha256");
    st.bind(1, filingId);
    std::vector<std::string> out;
    while (orThrow(st.step())) out.push_back(st.columnText(0));
    return out;
}

bool Store::hasBlob(const std::string& filingId, const std::string& sha256) {
    auto st = m_db.prepare("SELECT 1 FROM blob WHERE filing_id = ? AND sha256 = ?");
    st.bind(1, filingId).bind(2, sha256);
    return orThrow(st.step());
}

bool Store::storeDocument(const std::string& filingId, const std::string& sha256,
                          const std::string& bytes, Seconds at) {
    orThrow(m_db.prepare("INSERT OR IGNORE INTO blob(filing_id, sha256, bytes, stored_at) VALUES (?, ?, ?, ?)")
                .bind(1, filingId)
                .bind(2, sha256)
                .bindBlob(3, bytes)
                .bind(4, secondsOf(at))
                .run());
    return m_db.changes() == 1;
}

void Store::markSubmitted(const std::string& filingId, Seconds at, Seconds dueAt,
                          const std::string& acknowledgementJson, const std::string& acknowledgementHeadersJson) {
    orThrow(m_db.prepare("UPDATE filing SET received_at = ?, due_at = ?, receipt_json = ?, "
                         "receipt_headers_json = ? WHERE filing_id = ?")
                .bind(1, secondsOf(at))
                .bind(2, secondsOf(dueAt))
                .bind(3, acknowledgementJson)
                .bind(4, acknowledgementHeadersJson)
                .bind(5, filingId)
                .run());
}

void Store::setReturned(const std::string& filingId, Seconds at, const std::string& resultsJson) {
    orThrow(m_db.prepare("UPDATE filing SET returned_at = ?, results_json = ? WHERE filing_id = ?")
                .bind(1, secondsOf(at))
                .bind(2, resultsJson)
                .bind(3, filingId)
                .run());
}

EventRow Store::addEvent(const FilingRow& filing, const std::string& action, const std::string& toStatus,
                         const std::string& operatorId, const std::string& note, Seconds at,
                         const std::string& documentsJson) {
    orThrow(m_db.prepare("INSERT INTO event(filing_id, kiosk_id, at, action, from_status, to_status, "
                         "operator_id, note, documents_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, filing.filingId)
                .bind(2, filing.kioskId)
                .bind(3, secondsOf(at))
                .bind(4, action)
                .bind(5, filing.status)
                .bind(6, toStatus)
                .bind(7, operatorId)
                .bind(8, note)
                .bind(9, documentsJson)
                .run());
    const std::int64_t seq = m_db.lastInsertId();
    orThrow(m_db.prepare("UPDATE filing SET status = ?, last_seq = ? WHERE filing_id = ?")
                .bind(1, toStatus)
                .bind(2, seq)
                .bind(3, filing.filingId)
                .run());
    return EventRow{seq, filing.filingId, at, action, filing.status, toStatus, operatorId, note, documentsJson};
}

std::vector<EventRow> Store::events(const std::string& filingId, std::int64_t after) {
    auto st = m_db.prepare(std::string("SELECT ") + kEventColumns +
                           " FROM event WHERE filing_id = ? AND seq > ? ORDER BY seq");
    st.bind(1, filingId).bind(2, after);
    std::vector<EventRow> out;
    while (orThrow(st.step())) out.push_back(readEvent(st));
    return out;
}

std::vector<EventRow> Store::changes(const std::string& kioskId, std::int64_t cursor, int limit) {
    auto st = m_db.prepare(std::string("SELECT ") + kEventColumns +
                           " FROM event WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    st.bind(1, kioskId).bind(2, cursor).bind(3, std::int64_t{limit});
    std::vector<EventRow> out;
    while (orThrow(st.step())) out.push_back(readEvent(st));
    return out;
}

std::vector<std::pair<std::int64_t, FilingRow>> Store::listFilings(const std::string& status,
                                                                   const std::string& serviceCode,
                                                                   std::int64_t cursor, int limit) {
    auto st = m_db.prepare(
        "SELECT rowid, filing_id FROM filing WHERE rowid > ? AND (? = '' OR status = ?) AND "
        "(? = '' OR service_code = ?) ORDER BY rowid LIMIT ?");
    st.bind(1, cursor)
        .bind(2, status)
        .bind(3, status)
        .bind(4, serviceCode)
        .bind(5, serviceCode)
        .bind(6, std::int64_t{limit});
    std::vector<std::pair<std::int64_t, FilingRow>> out;
    while (orThrow(st.step())) {
        const std::int64_t rowid = st.columnInt(0);
        auto one = filing(st.columnText(1));
        if (one) out.emplace_back(rowid, std::move(*one));
    }
    return out;
}

void Store::forEachFiling(const std::function<void(const FilingRow&)>& visit) {
    auto st = m_db.prepare(std::string("SELECT ") + kFilingColumns + " FROM filing ORDER BY rowid");
    while (orThrow(st.step())) visit(readFiling(st));
}

}  // namespace kiosk::reference_portal
