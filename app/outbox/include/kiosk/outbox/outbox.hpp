#pragma once
// The kiosk's durable, encrypted outbox (design.md "Processes"; portal-integration.md §3.2, §5,
// §6). The kiosk submits into it (core::FilingStore); kiosk-sync drains it to the portal. Both
// open the same SQLite file in WAL mode, each through its own Outbox. One Outbox per thread.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/outbox/status_cache.hpp"
#include "kiosk/outbox/supplement.hpp"

namespace kiosk::sqlite {
class Database;
}

namespace kiosk::outbox {

class SecretKey;

using Seconds = std::chrono::sys_seconds;

struct OutboxOptions {
    std::filesystem::path databasePath;   // e.g. kiosk-data/outbox.db (plus -wal and -shm beside it)
    std::filesystem::path masterKeyPath;  // e.g. kiosk-data/master.key; created 0600 on first use
    std::string referencePrefix;          // the kiosk id, 1-13 of A-Z 0-9 '-', e.g. "KIOSK01";
                                          // empty: this Outbox delivers and inspects but cannot submit
    bool create = true;                    // false: a missing database or master key is an error
    std::chrono::milliseconds busyTimeout{5000};
    std::chrono::seconds claimLease{600};  // a claimed filing is offered again after this long
    std::int64_t maxDatabaseBytes = 0;     // a storage quota; 0 means none
    std::function<Seconds()> clock;        // empty: the system clock

    // The usual layout: `dir`/outbox.db and `dir`/master.key.
    static OutboxOptions inDirectory(const std::filesystem::path& dir, std::string referencePrefix);
};

enum class FilingStatus { Pending, Delivered, Failed };

// What may be shown or logged about a filing: identifiers, service, status and times only.
struct FilingSummary {
    std::string clientFilingId;
    std::string localReference;
    std::string serviceId;
    std::string serviceCode;
    FilingStatus status = FilingStatus::Pending;
    Seconds createdAt{};
    int attempts = 0;
    Seconds nextAttemptAt{};
    std::optional<Seconds> deliveredAt;
    std::string maHoSo;     // empty until delivered
    std::string lastError;  // an error code, empty if none
    bool shredded = false;
};

// A filing handed to the delivery agent; its content is read with decryptPayload().
struct ClaimedFiling {
    std::string clientFilingId;  // send as Idempotency-Key, the same on every attempt
    std::string localReference;
    std::string serviceId;
    std::string serviceCode;
    Seconds createdAt{};
    int attempts = 0;            // failed attempts so far
};

// A filing's decrypted content. Personal data: wiped when destroyed; cannot be copied.
struct OpenedFiling {
    std::string clientFilingId;
    std::string localReference;
    Seconds createdAt{};
    core::Filing filing;
    std::vector<std::string> attachmentSha256;  // lower-case hex, one per attachment, in order

    OpenedFiling() = default;
    OpenedFiling(OpenedFiling&&) = default;
    OpenedFiling& operator=(OpenedFiling&&) = default;
    OpenedFiling(const OpenedFiling&) = delete;
    OpenedFiling& operator=(const OpenedFiling&) = delete;
    ~OpenedFiling();
};

// The portal's signed acknowledgement of a submitted filing, as the outbox keeps it.
struct Acknowledgement {
    std::string maHoSo;     // the portal's filing code
    std::string proofJson;  // the acknowledgement with its signature, stored (sealed) as received
    // What the acknowledgement says for the status cache, stored in the same transaction, so a filing
    // is never delivered without its portal filing id and dates in the cache.
    std::optional<PortalStatusUpdate> status = std::nullopt;
    // The look-up code the portal issued in it (kiosk/base/lookup_secret.hpp); kept sealed.
    std::string lookupSecret = {};
};

// A rating kiosk-sync must deliver (POST /filings/{portalFilingId}/ratings).
struct RatingWork {
    std::int64_t id = 0;
    std::string clientFilingId;
    std::string portalFilingId;
    core::Rating rating;
    // The same on every attempt: "<client_filing_id>:rating:<id>".
    std::string idempotencyKey() const { return clientFilingId + ":rating:" + std::to_string(id); }
};

// "Gọi cán bộ hỗ trợ" handed to the delivery agent (POST /kiosks/{kiosk_id}/help-calls).
struct ClaimedHelpCall {
    std::string clientCallId;  // the Idempotency-Key, the same on every attempt
    std::string screen;        // the kiosk screen the citizen was on
    Seconds raisedAt{};
    int attempts = 0;  // failed attempts so far
};

// "receipt" or "result", as the outbox and the portal spell a rating's moment.
const char* ratingMomentName(core::RatingMoment moment);

// A hand-over kiosk-sync has to tell the portal (POST …/handover, portal-api.md §4.16).
struct HandoverWork {
    std::int64_t id = 0;
    std::string clientFilingId;
    std::string portalFilingId;
    std::string sha256;
    std::string lookupCode;  // the filing's look-up code (the owner's proof at the portal): wipe it
    // The same on every attempt: "<client_filing_id>:handover:<id>".
    std::string idempotencyKey() const { return clientFilingId + ":handover:" + std::to_string(id); }
};

struct StatusCounts {
    std::int64_t pending = 0;
    std::int64_t supplementsPending = 0;  // supplements not yet delivered (nor failed)
    std::int64_t helpCallsPending = 0;    // help calls not yet delivered, failed or dropped
    std::int64_t delivered = 0;
    std::int64_t failed = 0;
    std::optional<Seconds> oldestPendingAt;  // created_at of the oldest pending filing
};

class Outbox final : public core::FilingStore {
public:
    // Opens (creating if needed) the database and master key; sets WAL, synchronous=FULL,
    // busy_timeout, foreign keys and secure_delete; migrates the schema.
    static Result<std::unique_ptr<Outbox>> open(const OutboxOptions& options);
    ~Outbox() override;
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;

    // One transaction: the filing row with a new client_filing_id and local reference, its
    // wrapped data key, and the encrypted manifest and attachments. All or nothing. Needs a
    // referencePrefix.
    Result<core::StoredFiling> submit(const core::Filing& filing) override;
    // Keeps the filing's rendered receipt PDF sealed under the filing's own data key (one per
    // filing; a later copy replaces it). outbox.shredded once the key is gone.
    Result<void> keepReceipt(const std::string& localReference, const std::string& pdf) override;
    // Keeps a supplement's rendered receipt PDF sealed under its filing's data key (one per
    // supplement; a later copy replaces it). outbox.not_found for an unknown supplement,
    // outbox.shredded once the filing's key is gone.
    Result<void> keepSupplementReceipt(const std::string& clientSupplementId, const std::string& pdf) override;
    // Keeps a rating for kiosk-sync (the rating table, ratings.cpp); outbox.not_found for an
    // unknown reference, outbox.bad_rating for a score outside 1-5.
    Result<void> rate(const std::string& localReference, const core::Rating& rating) override;
    // The returned document `sha256` of the filing `localReference` was printed for its owner:
    // kept for kiosk-sync (result_handover.cpp). true the first time, false when it was already
    // recorded (a second print is not a second hand-over); outbox.not_found for an unknown filing.
    Result<bool> recordHandover(const std::string& localReference, const std::string& sha256) override;
    // Hand-overs not yet delivered or refused, of filings the portal already has, oldest first.
    Result<std::vector<HandoverWork>> handoversToSync();
    Result<void> markHandoverDelivered(std::int64_t id);
    Result<void> markHandoverFailed(std::int64_t id, const std::string& errorCode);
    // Ratings not yet delivered or refused, of filings the portal already has, oldest first.
    Result<std::vector<RatingWork>> ratingsToSync();
    // The portal stored the rating (or had it already): never sent again.
    Result<void> markRatingDelivered(std::int64_t id);
    // The portal refused it for good (`errorCode` such as "portal.422"): not sent again.
    Result<void> markRatingFailed(std::int64_t id, const std::string& errorCode);
    // The kept receipt PDF, by local reference or mã hồ sơ (ignoring case and surrounding
    // spaces). Errors: outbox.not_found, outbox.shredded, outbox.no_receipt. Personal data:
    // the caller wipes it.
    Result<std::string> keptReceipt(std::string_view reference);
    // The supplement receipt kept most recently for the filing named the same way. Errors as
    // keptReceipt's. Personal data: the caller wipes it.
    Result<std::string> keptSupplementReceipt(std::string_view reference);

    // The oldest pending filing that is due and not claimed by someone else, leased to the
    // caller for claimLease; nullopt when nothing is due.
    Result<std::optional<ClaimedFiling>> claimNextPending();
    // Decrypts a filing for sending (or for staff); an error once its key was destroyed.
    Result<OpenedFiling> decryptPayload(const std::string& clientFilingId);
    // The portal accepted the filing: store its code and acknowledgement. Repeating it is harmless.
    Result<void> markDelivered(const std::string& clientFilingId, const Acknowledgement& ack);
    // The acknowledgement as markDelivered stored it (proofJson), for checking the portal's
    // signature later; empty before delivery. It holds the look-up code: keep it to yourself.
    Result<std::string> acknowledgementProof(const std::string& clientFilingId);
    // Whether `idNumber` is the ID number of the filing's applicant (by local reference or mã
    // hồ sơ); false when the filing is unknown or shredded, or was stored without one.
    Result<bool> applicantIs(std::string_view reference, std::string_view idNumber);
    // The portal refused it for good (4xx other than 408/409/429): staff must look at it.
    // `errorCode` is a code such as "portal.422", never text with data in it.
    Result<void> markFailed(const std::string& clientFilingId, const std::string& errorCode);
    // A retryable failure: try again from `nextAttemptAt`; returns the attempt count so far.
    Result<int> scheduleRetry(const std::string& clientFilingId, Seconds nextAttemptAt, const std::string& errorCode);
    // Ends every claim at once. Only for the single delivery agent at start-up (kiosk-sync holds
    // a lock file, so no other agent can be sending): a claim left by a killed agent would
    // otherwise hold its filing back for claimLease and break the delivery order.
    Result<void> releaseClaims();
    // Crypto-shredding after the retention period: deletes the wrapped data key and the
    // ciphertext (the kept receipt too), keeping the summary for status lookups. Refused while a filing is pending.
    Result<void> destroyKey(const std::string& clientFilingId);

    Result<StatusCounts> statusCounts();
    // Summaries, newest first.
    Result<std::vector<FilingSummary>> list(int limit = 100, int offset = 0);
    // By local reference or by the portal's mã hồ sơ, ignoring case and surrounding spaces.
    Result<std::optional<FilingSummary>> findByReference(std::string_view reference);
    // The local references of at most `limit` filings whose local reference or mã hồ sơ, read
    // as its letters and digits alone, ends with `key` (upper-case letters and digits only;
    // anything else is outbox.bad_key): the short forms a citizen reads off a receipt, such as
    // the date and sequence "2612070001" or a mã hồ sơ typed without its dots and dashes.
    Result<std::vector<std::string>> referencesEndingWith(std::string_view key, int limit);
    // PRAGMA integrity_check; an error carries SQLite's first complaint.
    Result<void> checkIntegrity();

    // ---- supplements (supplement.hpp, supplements.cpp) ----

    // One transaction: a supplement to the filing named by `reference` (local reference or mã
    // hồ sơ), sealed under a fresh data key; returns its client_supplement_id. `content` holds
    // the answers and attachments only (service fields are the filing's). outbox.not_found for
    // an unknown filing, outbox.bad_supplement when there is nothing to send.
    Result<std::string> submitSupplement(std::string_view reference, const core::Filing& content) override;
    // The oldest due supplement whose filing the portal already has, leased like a filing.
    Result<std::optional<ClaimedSupplement>> claimNextSupplement();
    Result<OpenedSupplement> decryptSupplement(const std::string& clientSupplementId);
    // The portal's signed answer; repeating it is harmless.
    Result<void> markSupplementDelivered(const std::string& clientSupplementId, const std::string& proofJson);
    Result<void> markSupplementFailed(const std::string& clientSupplementId, const std::string& errorCode);
    Result<int> scheduleSupplementRetry(const std::string& clientSupplementId, Seconds nextAttemptAt,
                                        const std::string& errorCode);
    // The supplements of the filing named by `reference`, oldest first.
    Result<std::vector<SupplementView>> supplementsOf(std::string_view reference);

    // ---- help calls ("Gọi cán bộ hỗ trợ", help_calls.cpp): no personal data ----

    // One row: a call from `screen` ([a-z_]{1,32}, else outbox.bad_screen) raised now; returns
    // its client_call_id.
    Result<std::string> callStaff(const std::string& screen) override;
    // The oldest due help call, leased like a filing; nullopt when none is due.
    Result<std::optional<ClaimedHelpCall>> claimNextHelpCall();
    // The portal has it (its help_call_id); repeating it is harmless.
    Result<void> markHelpCallDelivered(const std::string& clientCallId, const std::string& helpCallId);
    // Refused for good (`errorCode`), or too old for anyone still to wait (`stale`): never sent.
    Result<void> markHelpCallFailed(const std::string& clientCallId, const std::string& errorCode);
    Result<void> markHelpCallStale(const std::string& clientCallId);
    Result<int> scheduleHelpCallRetry(const std::string& clientCallId, Seconds nextAttemptAt,
                                      const std::string& errorCode);

    // ---- status cache (status_cache.hpp); no network involved ----

    // For the kiosk's receipt and lookup screens: by local reference or mã hồ sơ (ignoring case
    // and surrounding spaces) what the portal last said, its history and the payment.
    Result<std::optional<FilingStatusView>> statusOf(std::string_view reference);
    // The kiosk asks kiosk-sync for a VietQR payment intent for this filing (by local reference
    // or mã hồ sơ). Repeating it while one is Requested or Pending changes nothing; after
    // Expired, Cancelled or Failed it asks for a new one. outbox.not_found for an unknown
    // reference; outbox.already_paid once paid.
    Result<PaymentView> requestPayment(std::string_view reference);

    // kiosk-sync: applies updates (unknown client ids are skipped, a repeated feed seq is
    // ignored) and, in the same transaction, stores the feed cursor when `nextCursor` is set.
    Result<void> applyStatusUpdates(const std::vector<PortalStatusUpdate>& updates,
                                    std::optional<std::string> nextCursor = std::nullopt);
    // The stored status-feed cursor ("" before the first page).
    Result<std::string> statusFeedCursor();
    // Payments that are Requested (create the intent) or Pending (poll it), of delivered filings.
    Result<std::vector<PaymentWork>> paymentsToSync();
    // Stores what the portal said about a payment (created, polled, or refused).
    Result<void> storePayment(const std::string& clientFilingId, const PaymentView& payment);

    const std::filesystem::path& databasePath() const { return m_options.databasePath; }

private:
    Outbox(OutboxOptions options, sqlite::Database db, SecretKey masterKey);
    // One status update inside the caller's transaction (status_cache.cpp).
    Result<void> applyStatusUpdate(const PortalStatusUpdate& update, std::int64_t now);
    // The electronic result's part of an update, and of a view (result_handover.cpp).
    Result<void> applyResultUpdate(std::int64_t filingRowId, const PortalStatusUpdate& update);
    Result<void> readResultState(std::int64_t filingRowId, FilingStatusView& view);
    // The acknowledgement and its look-up code, sealed, inside markDelivered's transaction (owner_proof.cpp).
    Result<void> storeAcknowledgement(std::int64_t filingRowId, const std::string& clientFilingId,
                                      const Acknowledgement& ack);
    Seconds now() const;

    OutboxOptions m_options;
    std::unique_ptr<sqlite::Database> m_db;
    std::unique_ptr<SecretKey> m_masterKey;
    std::string m_masterKeyId;
};

// "pending", "delivered", "failed".
const char* statusName(FilingStatus status);

}  // namespace kiosk::outbox
