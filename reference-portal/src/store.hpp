#pragma once
// kiosk-portal's SQLite database: enrolled certificates, filings, documents, events, remembered
// idempotent responses, seen nonces and payment intents. The caller serialises access (one
// mutex in the server); every method may throw DbError (see db.hpp).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "db.hpp"
#include "kiosk/signing/nonce_cache.hpp"
#include "reference_portal/api_response.hpp"
#include "reference_portal/clock.hpp"
#include "reference_portal/filing_request.hpp"

namespace kiosk::reference_portal {

enum class Role { Kiosk, Staff };

struct Principal {
    std::string id;  // kiosk id or operator id: the certificate's CN
    Role role = Role::Kiosk;
    std::string signingKeyPem;  // the enrolled Ed25519 public key its writes are signed with
};

struct FilingRow {
    std::string filingId;
    std::string kioskId;
    std::string clientFilingId;
    std::string maHoSo;
    std::string serviceCode;
    std::string serviceId;
    std::string status;
    std::string requestJson;  // the create body's checked members (CreateFilingRequest::kept)
    std::string manifestSha256;
    Seconds createdAt;
    std::optional<Seconds> receivedAt;
    std::optional<Seconds> dueAt;
    std::optional<Seconds> returnedAt;
    std::int64_t feeTotal = 0;
    std::string resultsJson;               // "[]" until a result is returned
    std::optional<std::string> acknowledgementJson;  // the signed submit reply ("receipt" on the wire), once submitted
    std::optional<std::string> acknowledgementHeadersJson;
    std::int64_t lastSeq = 0;  // the ETag
};

// A numbered ticket for the desk of one service group (§4.14).
struct QueueTicketRow {
    std::string id;
    std::string group;
    std::string day;  // yymmdd, Vietnamese time: numbers start again at 1 each day
    std::int64_t number = 0;
    Seconds issuedAt;
    std::int64_t waiting = 0;  // tickets before it that nobody has called yet
};

struct DocumentRow {
    int position = 0;
    std::string partId;
    std::string componentCode;
    std::string name;
    std::string mediaType;
    std::int64_t length = 0;
    std::string sha256;
    bool received = false;
};

struct EventRow {
    std::int64_t seq = 0;
    std::string filingId;
    Seconds at;
    std::string action;
    std::string fromStatus;
    std::string toStatus;
    std::string operatorId;
    std::string note;
    // Slot ids as a JSON array: what a supplement request asks for, or what a supplement added.
    std::string documentsJson = "[]";
};

struct SupplementRow {
    std::string supplementId;
    std::string filingId;
    std::string kioskId;
    std::string clientSupplementId;
    std::string requestJson;  // the body's checked members (SupplementRequest::kept)
    Seconds receivedAt;
    std::int64_t eventSeq = 0;
    std::string answerJson;         // the signed 201 reply's body
    std::string answerHeadersJson;  // and its signature headers, as [[name, value], ...]
};

struct PaymentRow {
    std::string id;
    std::string filingId;
    std::int64_t amount = 0;
    std::string status;  // pending | paid | expired | cancelled
    Seconds createdAt;
    Seconds expiresAt;
    std::optional<Seconds> paidAt;
    std::string vietqr;
    std::string bankReference;  // the bank's reference for the transfer, once paid
};

// A citizen's satisfaction with a filing (docs/portal-api.md §4.12): no person, only the filing.
struct RatingRow {
    std::string id;
    std::string filingId;
    std::string moment;       // receipt | result
    std::int64_t score = 0;   // 1 … 5
    std::string reasonsJson;  // a JSON array of reason ids
    Seconds at;
};

// A result document handed over to its proven owner at a kiosk (docs/portal-api.md §4.16).
struct HandoverRow {
    std::string filingId;
    std::string sha256;
    std::string kioskId;
    Seconds at;
};

struct StoredResponse {
    std::string fingerprint;
    ApiResponse response;
};

// A random opaque id: prefix + 32 hex digits.
std::string randomId(std::string_view prefix);

class Store {
public:
    explicit Store(const std::filesystem::path& dbPath);
    Db& db() { return m_db; }

    // ---- certificates ----
    void enroll(const std::string& fingerprint, const Principal& who, Seconds at);
    // Only principals that are not revoked.
    std::optional<Principal> principalByFingerprint(const std::string& fingerprint);
    std::unordered_set<std::string> activeFingerprints();
    // Revokes every certificate enrolled under `id` (kiosk or operator); how many were active.
    int revoke(const std::string& id, Seconds at);
    bool isEnrolled(const std::string& id, Role role);

    // ---- replay protection ----
    signing::NonceCache& nonces() { return m_nonces; }
    std::optional<StoredResponse> findIdempotent(const std::string& principal, const std::string& key);
    void saveIdempotent(const std::string& principal, const std::string& key,
                        const std::string& fingerprint, const ApiResponse& response, Seconds at);

    // The latest heartbeat of a kiosk (health figures only, no personal data).
    void saveHeartbeat(const std::string& kioskId, const std::string& bodyJson, Seconds at);

    // ---- filings (store_filings.cpp) ----
    FilingRow createFiling(const std::string& kioskId, const CreateFilingRequest& request,
                           const std::string& rawBody, const std::string& agency, Seconds at);
    std::optional<FilingRow> filing(const std::string& filingId);
    std::vector<DocumentRow> documents(const std::string& filingId);
    std::vector<std::string> missingDocuments(const std::string& filingId);
    // Whether bytes with this SHA-256 are stored for the filing (a document, or a result staff
    // uploaded).
    bool hasBlob(const std::string& filingId, const std::string& sha256);
    // True when the bytes were stored now, false when they were there already.
    bool storeDocument(const std::string& filingId, const std::string& sha256,
                       const std::string& bytes, Seconds at);
    void markSubmitted(const std::string& filingId, Seconds at, Seconds dueAt, const std::string& acknowledgementJson,
                       const std::string& acknowledgementHeadersJson);
    void setReturned(const std::string& filingId, Seconds at, const std::string& resultsJson);
    // Appends an event and moves the filing to `toStatus`; returns the event.
    EventRow addEvent(const FilingRow& filing, const std::string& action, const std::string& toStatus,
                      const std::string& operatorId, const std::string& note, Seconds at,
                      const std::string& documentsJson = "[]");
    std::vector<EventRow> events(const std::string& filingId, std::int64_t after);
    // Events of `kioskId`'s filings after `cursor`, oldest first, at most `limit`.
    std::vector<EventRow> changes(const std::string& kioskId, std::int64_t cursor, int limit);
    // Staff work queue, by filing creation order after `cursor` (a rowid).
    std::vector<std::pair<std::int64_t, FilingRow>> listFilings(const std::string& status,
                                                                const std::string& serviceCode,
                                                                std::int64_t cursor, int limit);
    void forEachFiling(const std::function<void(const FilingRow&)>& visit);

    // ---- supplements (store_supplements.cpp) ----
    // Keeps an uploaded document of a supplement not yet sent; true when stored now.
    bool stageSupplementDocument(const std::string& filingId, const std::string& clientSupplementId,
                                 const std::string& sha256, const std::string& bytes, Seconds at);
    // How many documents are staged for that supplement.
    std::int64_t stagedDocumentCount(const std::string& filingId, const std::string& clientSupplementId);
    // The length of a staged document, when it is there.
    std::optional<std::int64_t> stagedDocumentLength(const std::string& filingId, const std::string& clientSupplementId,
                                                     const std::string& sha256);
    std::optional<SupplementRow> supplement(const std::string& filingId, const std::string& clientSupplementId);
    void insertSupplement(const SupplementRow& row);
    // A filing's supplements, oldest first.
    std::vector<SupplementRow> supplements(const std::string& filingId);

    // ---- payments (store_payments.cpp) ----
    PaymentRow createPayment(const FilingRow& filing, std::int64_t amount, const std::string& vietqr,
                             Seconds at, Seconds expiresAt);
    // The intent, with status "expired" once past expires_at while pending.
    std::optional<PaymentRow> payment(const std::string& id, Seconds at);
    std::vector<PaymentRow> payments(const std::string& filingId, Seconds at);
    void markPaid(const std::string& id, Seconds at, const std::string& bankReference);

    // ---- ratings (store_ratings.cpp) ----
    RatingRow addRating(const std::string& filingId, const std::string& moment, std::int64_t score,
                        const std::string& reasonsJson, Seconds at);
    // Oldest first.
    std::vector<RatingRow> ratings(const std::string& filingId);

    // ---- result documents and their hand-over (store_results.cpp) ----
    // The bytes stored for the filing under `sha256` (a result staff uploaded), if any.
    std::optional<std::string> blob(const std::string& filingId, const std::string& sha256);
    // The hand-over of that result recorded first, if any.
    std::optional<HandoverRow> handover(const std::string& filingId, const std::string& sha256);
    HandoverRow addHandover(const std::string& filingId, const std::string& sha256, const std::string& kioskId,
                            Seconds at);
    // Oldest first.
    std::vector<HandoverRow> handovers(const std::string& filingId);

    // ---- the desk's queue (store_queue.cpp) ----
    QueueTicketRow issueTicket(const std::string& group, const std::string& kioskId, Seconds at);
    // The lowest ticket of today not called yet, now called; nullopt when nobody waits.
    std::optional<QueueTicketRow> callNextTicket(const std::string& group, Seconds at);

private:
    class SqliteNonceCache final : public signing::NonceCache {
    public:
        explicit SqliteNonceCache(Db& db) : m_db(db) {}
        signing::NonceUse remember(std::string_view keyId, std::string_view nonce,
                                   std::string_view signature, Seconds keepUntil, Seconds now) override;

    private:
        Db& m_db;
    };

    std::int64_t nextSequence(const std::string& agency, const std::string& day);
    FilingRow readFiling(Statement& st);

    Db m_db;
    SqliteNonceCache m_nonces{m_db};
};

}  // namespace kiosk::reference_portal
