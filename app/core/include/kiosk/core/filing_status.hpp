#pragma once
// The port through which the kiosk reads what the portal last said about a filing: a local
// status cache that kiosk-sync fills (app/outbox), never the network. programs/kiosk/main.cpp wires the
// outbox in; the receipt, payment and look-up screens only see this.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::core {

struct StatusStep {
    std::string at;                    // RFC 3339, as the portal sent it
    std::string status;                // the portal's status word after the step
    std::optional<int> trangThaiHoSo;  // national code 1-10, when given
    std::string note;                  // what staff wrote for the citizen
};

// A document the portal says it received with a supplement (its signed acknowledgement).
struct ReceivedDocument {
    std::string slotId;  // empty when the supplement did not say
    std::string name;    // the file's name, e.g. "giay_chung_sinh-1.jpg"
    long long bytes = 0;
    int pages = 0;  // 0 when not said
};

// A supplement sent for the filing, as this kiosk's outbox knows it: waiting to be sent, or
// what the portal confirmed it received. Never "sent" on a hope: `received` is empty until
// the portal's signed answer is kept.
struct SupplementStatus {
    std::string clientSupplementId;
    std::string delivery;    // "pending", "delivered", "failed"
    std::string receivedAt;  // RFC 3339, the portal's, once delivered
    std::vector<ReceivedDocument> received;
};

enum class PaymentStage { None, Requested, Pending, Paid, Expired, Cancelled, Failed };

struct FilingStatus {
    std::string localReference;
    std::string serviceId;
    std::string delivery;              // the kiosk's own: "pending", "delivered", "failed"
    std::string maHoSo;                // empty until the portal received the filing
    std::string status;                // the portal's status word; empty until it answered
    std::optional<int> trangThaiHoSo;
    std::string dueAt;                 // the promised date (NgayHenTra), RFC 3339, when known
    std::string note;                  // the latest staff note (a supplement request: what to bring)
    // While staff wait for a supplement: the ids of the service's documents they asked for
    // (forms::RequiredDocument::id); an id the service file does not know is shown as "other".
    std::vector<std::string> requestedDocuments;
    std::vector<StatusStep> history;   // oldest first
    PaymentStage payment = PaymentStage::None;
    long long paymentAmount = 0;       // VND, as the portal asked for it
    // Paid only: the bank's reference for the transfer and when the portal confirmed it
    // (RFC 3339). Until the portal confirms, the fee is shown as "chưa xác nhận".
    std::string paymentReference;
    std::string paidAt;
    std::string vietqrPayload;         // the portal's QR for the fee, while Pending
    // The look-up code the portal issued with its acknowledgement (empty until then): printed on
    // the receipt, and what a citizen types to prove the filing is theirs (ownership.hpp).
    std::string lookupSecret;
    // The supplements this kiosk sent for the filing, oldest first (shown once the owner is proven).
    std::vector<SupplementStatus> supplements;
    // An electronic result (docs/portal-api.md §4.16): how the result is delivered ("desk",
    // "post", "electronic"), the SHA-256 of each document staff returned, in order, which the
    // proven owner may print here, and whether all were printed (handed over) already. Digests,
    // never the documents.
    std::string resultDelivery;
    std::vector<std::string> resultDigests;
    bool resultHandedOver = false;
};

class StatusSource {
public:
    virtual ~StatusSource() = default;
    // By local reference or mã hồ sơ; nullopt when this kiosk has no such filing.
    virtual Result<std::optional<FilingStatus>> statusOf(std::string_view reference) = 0;
    // The local references of at most `limit` filings whose code, letters and digits only,
    // ends with `key` (a core::lookupKey): how a short form typed on the look-up screen is found.
    virtual Result<std::vector<std::string>> referencesEndingWith(std::string_view key, int limit) = 0;
    // Whether `idNumber` (read from a card) is the ID number of the filing's applicant. false
    // when the filing is unknown or its content was shredded after its retention period.
    virtual Result<bool> applicantIs(std::string_view reference, std::string_view idNumber) = 0;
    // Asks kiosk-sync (through the cache) for a payment intent for the filing's fee.
    virtual Result<void> requestPayment(std::string_view reference) = 0;
};

}  // namespace kiosk::core
