// The status cache: what the portal said about each filing, kept locally so the kiosk's screens
// never wait on the network (status_cache.hpp, docs/outbox.md "Status cache").
#include "kiosk/outbox/status_cache.hpp"

#include <array>
#include <span>

#include <nlohmann/json.hpp>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/outbox/crypto.hpp"
#include "kiosk/outbox/outbox.hpp"
#include "reference.hpp"
#include "sealed_text.hpp"
#include "storage.hpp"

namespace kiosk::outbox {
namespace {

struct Code {
    std::string_view status;
    int code;
    std::string_view label;
};

// portal-api.md §4.11
constexpr std::array<Code, 10> kCodes = {{
    {"submitted", 1, "Mới đăng ký"},
    {"accepted", 2, "Được tiếp nhận"},
    {"refused", 3, "Không được tiếp nhận"},
    {"processing", 4, "Đang xử lý"},
    {"supplement_requested", 5, "Yêu cầu bổ sung giấy tờ"},
    {"payment_requested", 6, "Yêu cầu thực hiện nghĩa vụ tài chính"},
    {"withdrawn", 7, "Công dân yêu cầu rút hồ sơ"},
    {"stopped", 8, "Dừng xử lý"},
    {"approved", 9, "Đã xử lý xong"},
    {"result_returned", 10, "Đã trả kết quả"},
}};

// Slot ids as stored (a JSON array of strings); anything else reads as none.
std::vector<std::string> slotIdsOf(const std::string& text) {
    std::vector<std::string> out;
    const auto list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array()) return out;
    for (const auto& item : list) {
        if (item.is_string()) out.push_back(item.get<std::string>());
    }
    return out;
}

constexpr std::array<const char*, 7> kPaymentNames = {"none", "requested", "pending", "paid",
                                                      "expired", "cancelled", "failed"};

Error notFound() {
    return Error{"outbox.not_found", "Không tìm thấy hồ sơ trên máy. (No such filing on this kiosk.)", "reference"};
}

std::optional<int> optionalCode(const Statement& stmt, int index) {
    if (stmt.columnIsNull(index)) return std::nullopt;
    return static_cast<int>(stmt.columnInt(index));
}

void bindCode(Statement& stmt, int index, std::optional<int> code) {
    if (code) stmt.bind(index, static_cast<std::int64_t>(*code));
    else stmt.bindNull(index);
}

PaymentView readPayment(const Statement& s, int first) {
    PaymentView p;
    p.attempt = static_cast<int>(s.columnInt(first));
    p.state = paymentStateOf(s.columnText(first + 1));
    p.paymentIntentId = s.columnText(first + 2);
    p.amount = s.columnInt(first + 3);
    p.vietqrPayload = s.columnText(first + 4);
    p.expiresAt = s.columnText(first + 5);
    p.paidAt = s.columnText(first + 6);
    p.lastError = s.columnText(first + 7);
    p.bankReference = s.columnText(first + 8);
    return p;
}

constexpr const char* kPaymentColumns =
    "attempt, state, payment_intent_id, amount, vietqr_payload, expires_at, paid_at, last_error, bank_reference";

// The newest payment of a filing, or state None.
Result<PaymentView> latestPayment(Database& db, std::int64_t filingRowId) {
    const std::string sql = std::string("SELECT ") + kPaymentColumns +
                            " FROM payment WHERE filing_id = ?1 ORDER BY attempt DESC LIMIT 1";
    auto stmt = db.prepare(sql.c_str(), "payment");
    if (!stmt) return stmt.error();
    stmt->bind(1, filingRowId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return PaymentView{};
    return readPayment(*stmt, 0);
}

}  // namespace

std::string_view trangThaiLabel(std::optional<int> code) {
    if (code) {
        for (const auto& c : kCodes) {
            if (c.code == *code) return c.label;
        }
    }
    return "Đang xử lý";
}

std::optional<int> trangThaiOf(std::string_view status) {
    for (const auto& c : kCodes) {
        if (c.status == status) return c.code;
    }
    return std::nullopt;
}

const char* paymentStateName(PaymentState state) { return kPaymentNames[static_cast<std::size_t>(state)]; }

PaymentState paymentStateOf(std::string_view name) {
    for (std::size_t i = 0; i < kPaymentNames.size(); ++i) {
        if (name == kPaymentNames[i]) return static_cast<PaymentState>(i);
    }
    return PaymentState::Pending;
}

Result<std::optional<FilingStatusView>> Outbox::statusOf(std::string_view reference) {
    // One snapshot, so the status, its history and the payment agree with each other.
    auto tx = Transaction::beginRead(*m_db, "status");
    if (!tx) return tx.error();
    auto stmt = m_db->prepare(
        "SELECT f.id, f.client_filing_id, f.local_reference, f.service_id, f.service_code, f.status, f.ma_ho_so, "
        "s.status, s.trang_thai_ho_so, s.received_at, s.due_at, s.note_iv, s.note, s.note_tag, s.updated_at, "
        "s.lookup_iv, s.lookup_code, s.lookup_tag "
        "FROM filing f LEFT JOIN filing_status s ON s.filing_id = f.id "
        "WHERE f.local_reference = ?1 OR f.ma_ho_so = ?1 LIMIT 1",
        "status");
    if (!stmt) return stmt.error();
    auto row = stepOnTypedReference(*stmt, reference);
    if (!row) return row.error();
    if (!*row) return std::optional<FilingStatusView>();
    FilingStatusView view;
    const std::int64_t id = stmt->columnInt(0);
    view.clientFilingId = stmt->columnText(1);
    view.localReference = stmt->columnText(2);
    view.serviceId = stmt->columnText(3);
    view.serviceCode = stmt->columnText(4);
    view.delivery = stmt->columnText(5);
    view.maHoSo = stmt->columnText(6);
    view.status = stmt->columnText(7);
    view.trangThaiHoSo = optionalCode(*stmt, 8);
    view.receivedAt = stmt->columnText(9);
    view.dueAt = stmt->columnText(10);
    view.note = readSealedText(*stmt, 11, *m_masterKey, view.clientFilingId + "/note");
    if (!stmt->columnIsNull(14)) view.updatedAt = Seconds(std::chrono::seconds(stmt->columnInt(14)));
    view.lookupSecret = readSealedText(*stmt, 15, *m_masterKey, view.clientFilingId + "/lookup");
    if (auto ok = readResultState(id, view); !ok) return ok.error();

    auto events = m_db->prepare(
        "SELECT seq, at, action, status, trang_thai_ho_so, note_iv, note, note_tag, documents FROM status_event "
        "WHERE filing_id = ?1 ORDER BY seq",
        "status");
    if (!events) return events.error();
    events->bind(1, id);
    for (;;) {
        auto next = events->step();
        if (!next) return next.error();
        if (!*next) break;
        StatusEvent e;
        e.seq = events->columnInt(0);
        e.at = events->columnText(1);
        e.action = events->columnText(2);
        e.status = events->columnText(3);
        e.trangThaiHoSo = optionalCode(*events, 4);
        e.note = readSealedText(*events, 5, *m_masterKey, view.clientFilingId + "/note/" + std::to_string(e.seq));
        e.documents = slotIdsOf(events->columnText(8));
        view.history.push_back(std::move(e));
    }
    auto payment = latestPayment(*m_db, id);
    if (!payment) return payment.error();
    view.payment = std::move(*payment);
    return std::optional<FilingStatusView>(std::move(view));
}

Result<PaymentView> Outbox::requestPayment(std::string_view reference) {
    auto tx = Transaction::begin(*m_db, "request_payment");
    if (!tx) return tx.error();
    auto find = m_db->prepare("SELECT id FROM filing WHERE local_reference = ?1 OR ma_ho_so = ?1 LIMIT 1", "request_payment");
    if (!find) return find.error();
    auto found = stepOnTypedReference(*find, reference);
    if (!found) return found.error();
    if (!*found) return notFound();
    const std::int64_t id = find->columnInt(0);
    auto current = latestPayment(*m_db, id);
    if (!current) return current.error();
    if (current->state == PaymentState::Paid) {
        return Error{"outbox.already_paid", "Hồ sơ này đã nộp phí. (This filing's fee is already paid.)", "payment"};
    }
    if (current->state == PaymentState::Requested || current->state == PaymentState::Pending) return *current;
    PaymentView next;
    next.state = PaymentState::Requested;
    next.attempt = current->attempt + 1;
    auto insert = m_db->prepare(
        "INSERT INTO payment (filing_id, attempt, state, updated_at) VALUES (?1, ?2, 'requested', ?3)", "request_payment");
    if (!insert) return insert.error();
    insert->bind(1, id);
    insert->bind(2, static_cast<std::int64_t>(next.attempt));
    insert->bind(3, static_cast<std::int64_t>(now().time_since_epoch().count()));
    if (auto ok = insert->run(); !ok) return ok.error();
    if (auto ok = tx->commit(); !ok) return ok.error();
    return next;
}

Result<void> Outbox::applyStatusUpdate(const PortalStatusUpdate& u, std::int64_t t) {
    auto find = m_db->prepare("SELECT id FROM filing WHERE client_filing_id = ?1", "apply_status");
    if (!find) return find.error();
    find->bind(1, u.clientFilingId);
    auto found = find->step();
    if (!found) return found.error();
    if (!*found) return {};  // another kiosk database's filing (a reset kiosk): nothing to show
    const std::int64_t id = find->columnInt(0);
    const std::optional<int> code = u.trangThaiHoSo ? u.trangThaiHoSo : trangThaiOf(u.status);

    if (u.seq > 0) {
        auto event = m_db->prepare(
            "INSERT OR IGNORE INTO status_event (filing_id, seq, at, action, status, trang_thai_ho_so, note_iv, "
            "note, note_tag, documents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            "apply_status");
        if (!event) return event.error();
        event->bind(1, id);
        event->bind(2, u.seq);
        event->bind(3, u.at);
        event->bind(4, u.action);
        event->bind(5, u.status);
        bindCode(*event, 6, code);
        if (auto ok = bindSealedText(*event, 7, *m_masterKey, u.note,
                                     u.clientFilingId + "/note/" + std::to_string(u.seq));
            !ok) {
            return ok.error();
        }
        event->bind(10, nlohmann::json(u.documents).dump());
        if (auto ok = event->run(); !ok) return ok.error();
    }
    // The row holds the newest state: a feed event replaces it only when it is not older
    // than what was applied, and a receipt (seq 0) only fills what the feed has not set.
    auto upsert = m_db->prepare(
        "INSERT INTO filing_status (filing_id, portal_filing_id, status, trang_thai_ho_so, received_at, due_at, "
        "note_iv, note, note_tag, last_seq, updated_at) VALUES (?1, NULLIF(?2, ''), ?3, ?4, NULLIF(?5, ''), "
        "NULLIF(?6, ''), ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (filing_id) DO UPDATE SET "
        "portal_filing_id = COALESCE(portal_filing_id, excluded.portal_filing_id), "
        "received_at = COALESCE(received_at, excluded.received_at), "
        "status = CASE WHEN excluded.last_seq >= last_seq AND (excluded.last_seq > 0 OR last_seq = 0) "
        "  THEN excluded.status ELSE status END, "
        "trang_thai_ho_so = CASE WHEN excluded.last_seq >= last_seq AND (excluded.last_seq > 0 OR last_seq = 0) "
        "  THEN excluded.trang_thai_ho_so ELSE trang_thai_ho_so END, "
        "due_at = CASE WHEN excluded.last_seq >= last_seq AND excluded.due_at IS NOT NULL "
        "  THEN excluded.due_at ELSE due_at END, "
        "note_iv = CASE WHEN excluded.last_seq > last_seq THEN excluded.note_iv ELSE note_iv END, "
        "note = CASE WHEN excluded.last_seq > last_seq THEN excluded.note ELSE note END, "
        "note_tag = CASE WHEN excluded.last_seq > last_seq THEN excluded.note_tag ELSE note_tag END, "
        "last_seq = MAX(last_seq, excluded.last_seq), updated_at = excluded.updated_at",
        "apply_status");
    if (!upsert) return upsert.error();
    upsert->bind(1, id);
    upsert->bind(2, u.portalFilingId);
    upsert->bind(3, u.status);
    bindCode(*upsert, 4, code);
    upsert->bind(5, u.receivedAt);
    upsert->bind(6, u.dueAt);
    if (auto ok = bindSealedText(*upsert, 7, *m_masterKey, u.note, u.clientFilingId + "/note"); !ok) return ok.error();
    upsert->bind(10, u.seq);
    upsert->bind(11, t);
    if (auto ok = upsert->run(); !ok) return ok.error();
    return applyResultUpdate(id, u);
}

Result<void> Outbox::applyStatusUpdates(const std::vector<PortalStatusUpdate>& updates,
                                        std::optional<std::string> nextCursor) {
    const std::int64_t t = now().time_since_epoch().count();
    auto tx = Transaction::begin(*m_db, "apply_status");
    if (!tx) return tx.error();
    for (const auto& u : updates) {
        if (auto ok = applyStatusUpdate(u, t); !ok) return ok.error();
    }
    if (nextCursor) {
        auto cursor = m_db->prepare(
            "INSERT INTO sync_state (name, value) VALUES ('status_feed', ?1) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            "apply_status");
        if (!cursor) return cursor.error();
        cursor->bind(1, *nextCursor);
        if (auto ok = cursor->run(); !ok) return ok.error();
    }
    return tx->commit();
}

Result<std::string> Outbox::statusFeedCursor() {
    auto stmt = m_db->prepare("SELECT value FROM sync_state WHERE name = 'status_feed'", "cursor");
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    return *row ? stmt->columnText(0) : std::string();
}

Result<std::vector<PaymentWork>> Outbox::paymentsToSync() {
    const std::string sql =
        std::string("SELECT f.client_filing_id, COALESCE(s.portal_filing_id, ''), p.") +
        "attempt, p.state, p.payment_intent_id, p.amount, p.vietqr_payload, p.expires_at, p.paid_at, "
        "p.last_error, p.bank_reference FROM payment p JOIN filing f ON f.id = p.filing_id "
        "LEFT JOIN filing_status s ON s.filing_id = f.id "
        "WHERE p.state IN ('requested', 'pending') AND f.status = 'delivered' "
        "AND s.portal_filing_id IS NOT NULL ORDER BY p.updated_at";
    auto stmt = m_db->prepare(sql.c_str(), "payments");
    if (!stmt) return stmt.error();
    std::vector<PaymentWork> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(PaymentWork{stmt->columnText(0), stmt->columnText(1), readPayment(*stmt, 2)});
    }
    return out;
}

Result<void> Outbox::storePayment(const std::string& clientFilingId, const PaymentView& payment) {
    auto tx = Transaction::begin(*m_db, "store_payment");
    if (!tx) return tx.error();
    auto stmt = m_db->prepare(
        "INSERT INTO payment (filing_id, attempt, state, payment_intent_id, amount, vietqr_payload, expires_at, "
        "paid_at, last_error, updated_at, bank_reference) SELECT id, ?2, ?3, NULLIF(?4, ''), ?5, NULLIF(?6, ''), "
        "NULLIF(?7, ''), NULLIF(?8, ''), NULLIF(?9, ''), ?10, NULLIF(?11, '') FROM filing WHERE client_filing_id = ?1 "
        "ON CONFLICT (filing_id, attempt) DO UPDATE SET state = excluded.state, "
        "payment_intent_id = COALESCE(excluded.payment_intent_id, payment_intent_id), "
        "amount = CASE WHEN excluded.amount > 0 THEN excluded.amount ELSE amount END, "
        "vietqr_payload = COALESCE(excluded.vietqr_payload, vietqr_payload), "
        "expires_at = COALESCE(excluded.expires_at, expires_at), paid_at = COALESCE(excluded.paid_at, paid_at), "
        "bank_reference = COALESCE(excluded.bank_reference, bank_reference), "
        "last_error = excluded.last_error, updated_at = excluded.updated_at",
        "store_payment");
    if (!stmt) return stmt.error();
    stmt->bind(1, clientFilingId);
    stmt->bind(2, static_cast<std::int64_t>(payment.attempt));
    stmt->bind(3, std::string_view(paymentStateName(payment.state)));
    stmt->bind(4, payment.paymentIntentId);
    stmt->bind(5, payment.amount);
    stmt->bind(6, payment.vietqrPayload);
    stmt->bind(7, payment.expiresAt);
    stmt->bind(8, payment.paidAt);
    stmt->bind(9, payment.lastError);
    stmt->bind(10, static_cast<std::int64_t>(now().time_since_epoch().count()));
    stmt->bind(11, payment.bankReference);
    if (auto ok = stmt->run(); !ok) return ok.error();
    if (m_db->changes() == 0) return notFound();
    return tx->commit();
}

std::vector<std::string> requestedDocuments(const FilingStatusView& view) {
    if (view.status != "supplement_requested") return {};
    for (auto it = view.history.rbegin(); it != view.history.rend(); ++it) {
        if (it->action == "request_supplement") return it->documents;
    }
    return {};
}

}  // namespace kiosk::outbox
