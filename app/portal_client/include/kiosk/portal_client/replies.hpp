#pragma once
// What each portal endpoint answers on success (docs/portal-api.md §4), read defensively: the
// exact success status, a JSON body, every field we rely on present with the right type and a
// safe shape. Anything else is a Failure, never a crash and never a success.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/portal_client/http.hpp"

namespace kiosk::portal_client {

struct Preflight {
    std::optional<std::chrono::sys_seconds> serverTime;  // from the Date header
    std::int64_t maxPartBytes = 0;                        // X-Max-Part-Bytes, 0 when absent
};

struct CreatedFiling {
    std::string filingId;  // the portal's id, used in later URLs
    std::string maHoSo;
    std::vector<std::string> missingDocuments;  // sha256 hex of documents still to upload
};

// The portal's acknowledgement of a submitted filing (a "receipt" in portal-api.md §2.3, never
// the citizen's receipt).
struct Acknowledgement {
    std::string id;  // receipt_id on the wire
    std::string filingId;
    std::string maHoSo;
    std::string receivedAt;
    std::string dueAt;
    std::string lookupSecret;  // lookup_code on the wire; empty from a portal that issues none
    std::string body;  // exactly as received, for the signed proof
};

// One document the portal says it stored with a supplement.
struct ReceivedDocument {
    std::string slotId;
    std::string name;
    std::int64_t length = 0;
    std::int64_t pages = 0;  // 0 when the portal does not say
    std::string sha256;
};

// The portal's signed answer to a supplement (portal-api.md §4.12): what it received.
struct SupplementAcknowledgement {
    std::string supplementId;
    std::string filingId;
    std::string maHoSo;
    std::string status;
    std::string receivedAt;
    std::vector<ReceivedDocument> documents;
    std::string body;  // exactly as received, for the signed proof
};

struct StatusChange {
    std::int64_t seq = 0;
    std::string clientFilingId;
    std::string filingId;
    std::string maHoSo;
    std::string action;
    std::string status;
    std::optional<int> trangThaiHoSo;
    std::string at;
    std::string dueAt;
    std::string note;  // staff's note for the citizen: valid UTF-8 text, at most 4096 bytes
    // Slot ids of the service's documents: what a supplement request asks for, or what a
    // supplement added (at most 20, each 1-64 of A-Z a-z 0-9 _ - .).
    std::vector<std::string> documents;
    std::string resultDelivery;  // "desk", "post", "electronic"; "" when the portal named none
    // return_result only: the SHA-256 (lower-case hex) of each document returned, in order, the
    // ones a kiosk prints for its owner (portal-api.md §4.16); none when staff attached none.
    std::vector<std::string> resultDigests;
};

struct ChangesPage {
    std::vector<StatusChange> changes;
    std::string nextCursor;
    bool hasMore = false;
};

struct RetryHint {
    std::int64_t baseMs = 0;
    std::int64_t capMs = 0;
    std::int64_t reconnectWindowS = 0;
};

struct HeartbeatReply {
    std::optional<std::chrono::sys_seconds> serverTime;
    std::optional<std::int64_t> minPollIntervalS;
    std::optional<RetryHint> retry;
};

struct PaymentIntent {
    std::string paymentIntentId;
    std::string filingId;
    std::int64_t amount = 0;
    std::string currency;
    std::string reference;
    std::string status;
    std::string expiresAt;
    std::string vietqrPayload;
};

struct PaymentStatus {
    std::string paymentIntentId;
    std::string status;  // pending | paid | expired | cancelled (others kept as given)
    std::string expiresAt;
    std::string paidAt;
    std::string bankReference;  // the bank's reference for the transfer, once paid
};

// A numbered ticket for the desk's queue (portal-api.md §4.14), shared by the commune's kiosks.
struct QueueTicketReply {
    std::string ticketId;
    std::string group;
    std::int64_t number = 0;   // from 1 each day and group
    std::string day;           // "251122"
    std::string issuedAt;      // RFC 3339 with the portal's offset, "2025-11-22T09:15:00+07:00"
    std::int64_t waiting = 0;  // the group's tickets before it not yet called
};

using Clock = std::chrono::sys_seconds;

// HEAD /filings: 204 with X-Portal-Api-Version 1; anything else means the link is not the portal.
PortalResult<Preflight> readPreflight(const HttpResponse& reply, Clock now);
// POST /filings: 201; client_filing_id must be ours, missing documents must be from our manifest.
PortalResult<CreatedFiling> readCreated(const HttpResponse& reply, std::string_view clientFilingId,
                                        const std::vector<std::string>& manifestSha256, Clock now);
// PUT /filings/{id}/documents/{sha256}: 201 or 200, naming the same sha256.
PortalResult<void> readDocumentStored(const HttpResponse& reply, std::string_view sha256, Clock now);
// POST /filings/{id}/submit: 202; the acknowledgement must name our filing (its signature is checked by the
// client).
PortalResult<Acknowledgement> readAcknowledgement(const HttpResponse& reply, std::string_view clientFilingId,
                                                  std::string_view filingId, Clock now);
// POST /filings/{id}/supplements: 201 naming our supplement and filing; every document it lists
// must be one we sent (by sha256). Its signature is checked by the client.
PortalResult<SupplementAcknowledgement> readSupplementAcknowledgement(const HttpResponse& reply,
                                                                      std::string_view clientSupplementId,
                                                                      std::string_view filingId,
                                                                      const std::vector<std::string>& sentSha256,
                                                                      Clock now);
// GET /kiosks/{id}/filings/changes: 200.
PortalResult<ChangesPage> readChanges(const HttpResponse& reply, Clock now);
// PUT /kiosks/{id}/heartbeat: 200.
PortalResult<HeartbeatReply> readHeartbeat(const HttpResponse& reply, Clock now);
// POST /filings/{id}/payment-intents: 201.
PortalResult<PaymentIntent> readPaymentIntent(const HttpResponse& reply, Clock now);
// GET /payment-intents/{id}: 200.
PortalResult<PaymentStatus> readPaymentStatus(const HttpResponse& reply, Clock now);
// 201 (or a replay of it) to POST /filings/{id}/ratings, echoing a rating id.
PortalResult<void> readRatingStored(const HttpResponse& reply, Clock now);
// POST /queues/{group}/tickets: 201 naming the group asked for, a positive number.
PortalResult<QueueTicketReply> readQueueTicket(const HttpResponse& reply, std::string_view group, Clock now);

// POST /kiosks/{id}/help-calls: 201 echoing `clientCallId`; the portal's help_call_id.
PortalResult<std::string> readHelpCallRaised(const HttpResponse& reply, std::string_view clientCallId, Clock now);

// True for an identifier safe to put in a URL path and a log line: 1-128 of A-Z a-z 0-9 . _ - :
bool isSafeId(std::string_view id);

}  // namespace kiosk::portal_client
