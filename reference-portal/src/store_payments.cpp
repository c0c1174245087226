#include "store.hpp"

namespace kiosk::reference_portal {

namespace {

std::int64_t secondsOf(Seconds t) { return t.time_since_epoch().count(); }

PaymentRow readPayment(const Statement& st, Seconds at) {
    PaymentRow row;
    row.id = st.columnText(0);
    row.filingId = st.columnText(1);
    row.amount = st.columnInt(2);
    row.status = st.columnText(3);
    row.createdAt = Seconds(std::chrono::seconds(st.columnInt(4)));
    row.expiresAt = Seconds(std::chrono::seconds(st.columnInt(5)));
    if (auto paid = st.columnOptionalInt(6)) row.paidAt = Seconds(std::chrono::seconds(*paid));
    row.vietqr = st.columnText(7);
    row.bankReference = st.columnText(8);
    // Expiry is a matter of time, not of an event, so it is computed when read.
    if (row.status == "pending" && at > row.expiresAt) row.status = "expired";
    return row;
}

constexpr const char* kPaymentColumns =
    "SELECT id, filing_id, amount, status, created_at, expires_at, paid_at, vietqr, bank_reference FROM payment ";

}  // namespace

PaymentRow Store::createPayment(const FilingRow& filing, std::int64_t amount,
                                const std::string& vietqr, Seconds at, Seconds expiresAt) {
    PaymentRow row{randomId("p-"), filing.filingId, amount, "pending", at, expiresAt, std::nullopt, vietqr, ""};
    orThrow(m_db.prepare("INSERT INTO payment(id, filing_id, amount, status, created_at, expires_at, vietqr) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(1, row.id)
                .bind(2, row.filingId)
                .bind(3, row.amount)
                .bind(4, row.status)
                .bind(5, secondsOf(at))
                .bind(6, secondsOf(expiresAt))
                .bind(7, vietqr)
                .run());
    return row;
}

std::optional<PaymentRow> Store::payment(const std::string& id, Seconds at) {
    auto st = m_db.prepare(std::string(kPaymentColumns) + "WHERE id = ?");
    st.bind(1, id);
    if (!orThrow(st.step())) return std::nullopt;
    return readPayment(st, at);
}

std::vector<PaymentRow> Store::payments(const std::string& filingId, Seconds at) {
    auto st = m_db.prepare(std::string(kPaymentColumns) + "WHERE filing_id = ? ORDER BY rowid");
    st.bind(1, filingId);
    std::vector<PaymentRow> out;
    while (orThrow(st.step())) out.push_back(readPayment(st, at));
    return out;
}

void Store::markPaid(const std::string& id, Seconds at, const std::string& bankReference) {
    orThrow(m_db.prepare("UPDATE payment SET status = 'paid', paid_at = ?, bank_reference = ? WHERE id = ?")
                .bind(1, secondsOf(at))
                .bind(2, bankReference)
                .bind(3, id)
                .run());
}

}  // namespace kiosk::reference_portal
