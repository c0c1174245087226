#pragma once
// The kiosk's local copy of what the portal says about each filing (docs/outbox.md, "Status
// cache"): the mã hồ sơ, the status (with its national TrangThaiHoSo code), the history of staff
// actions and the fee payment. kiosk-sync fills it from receipts, the per-kiosk status feed and
// payment polls; the kiosk's receipt, lookup and payment screens read it through
// Outbox::statusOf without any network. Staff notes are sealed with the master key at rest.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::outbox {

// One step of a filing's history, as the portal's feed reported it (↔ CapNhatTienDoHoSoMC).
struct StatusEvent {
    std::int64_t seq = 0;              // the feed's sequence number (unique per portal)
    std::string at;                    // RFC 3339, as the portal sent it
    std::string action;                // "accept", "request_supplement", "payment_paid", ...
    std::string status;                // the portal's status word after the action
    std::optional<int> trangThaiHoSo;  // 1-10; nullopt when the portal gave none
    std::string note;                  // what staff wrote for the citizen (may be empty)
    std::vector<std::string> documents;  // slot ids: what a supplement request asks for, or what was added
};

enum class PaymentState {
    None,       // no payment asked for
    Requested,  // the kiosk asked; kiosk-sync has not created the intent yet
    Pending,    // the intent exists: show vietqrPayload as a QR until expiresAt
    Paid,
    Expired,    // ask again with requestPayment for a new QR
    Cancelled,
    Failed,     // the portal refused to create one (e.g. no fee due); lastError says why
};

struct PaymentView {
    PaymentState state = PaymentState::None;
    int attempt = 0;              // n in the Idempotency-Key "<client_filing_id>:pay:<n>"
    std::string paymentIntentId;  // empty while Requested
    std::int64_t amount = 0;      // VND
    std::string vietqrPayload;    // the EMVCo string to show as a QR
    std::string expiresAt;        // RFC 3339
    std::string paidAt;
    std::string bankReference;    // the bank's reference for the transfer, once Paid
    std::string lastError;        // an error code, never text with data in it
};

// What the kiosk shows for one filing. `status` is empty until the portal has answered.
struct FilingStatusView {
    std::string clientFilingId;
    std::string localReference;
    std::string serviceId;
    std::string serviceCode;
    std::string delivery;              // the outbox's own state: "pending", "delivered", "failed"
    std::string maHoSo;                // empty until delivered
    std::string status;                // the portal's status word, e.g. "accepted"
    std::optional<int> trangThaiHoSo;  // the national code for `status`
    std::string receivedAt;
    std::string dueAt;                 // the promised date (NgayHenTra), when known
    std::string note;                  // the latest staff note (for supplement requests: what to bring)
    std::vector<StatusEvent> history;  // oldest first
    PaymentView payment;               // the latest payment of this filing
    std::string lookupSecret;          // the look-up code from the acknowledgement (kept sealed)
    std::string resultDelivery;        // "desk", "post", "electronic" as the feed said; "" before
    std::vector<std::string> resultDigests;  // the returned documents a kiosk may print (§4.16), in order
    bool handedOver = false;                 // every one of them was printed here for its owner (result_handover.cpp)
    std::string portalFilingId;        // the portal's filing id, for calls about the filing; "" before delivery
    std::optional<std::chrono::sys_seconds> updatedAt;  // when the cache last changed for it
};

// The slot ids staff asked for in the request that put the filing in supplement_requested;
// empty when it is not waiting for a supplement or the request named none.
std::vector<std::string> requestedDocuments(const FilingStatusView& view);

// What kiosk-sync learnt about a filing, from a receipt (seq 0: no history entry) or the feed.
struct PortalStatusUpdate {
    std::string clientFilingId;
    std::string portalFilingId;  // the portal's filing id, kept for later calls (payments)
    std::int64_t seq = 0;
    std::string at;
    std::string action;
    std::string status;
    std::optional<int> trangThaiHoSo;
    std::string receivedAt;
    std::string dueAt;
    std::string note;
    std::vector<std::string> documents;  // slot ids the event names (StatusEvent::documents)
    std::string resultDelivery;          // the feed's result_delivery; "" keeps what the cache has
    std::vector<std::string> resultDigests;  // a return_result's documents; none keeps what the cache has
};

// A payment kiosk-sync has to act on: create the intent (Requested) or poll it (Pending).
struct PaymentWork {
    std::string clientFilingId;
    std::string portalFilingId;
    PaymentView payment;
};

// The national meaning of a TrangThaiHoSo code in plain Vietnamese (portal-api.md §4.11), e.g.
// 2 -> "Được tiếp nhận"; "Đang xử lý" for an unknown or missing code.
std::string_view trangThaiLabel(std::optional<int> code);
// The code for a portal status word ("accepted" -> 2); nullopt for "draft" or an unknown word.
std::optional<int> trangThaiOf(std::string_view status);
// "none", "requested", "pending", "paid", "expired", "cancelled", "failed".
const char* paymentStateName(PaymentState state);
// The inverse; an unknown word is Pending when it came from the portal (keep polling).
PaymentState paymentStateOf(std::string_view name);

}  // namespace kiosk::outbox
