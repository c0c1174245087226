#pragma once
// The kiosk's client for the provincial portal (docs/portal-api.md): mutual TLS through the
// transport, an Ed25519 signature on every POST and PUT, Idempotency-Key on creates and
// submits, acknowledgements checked against the portal's key. One request at a time; not thread-safe.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/portal_client/curl_transport.hpp"
#include "kiosk/portal_client/enrollment.hpp"
#include "kiosk/portal_client/http.hpp"
#include "kiosk/portal_client/replies.hpp"
#include "kiosk/signing/audit_checkpoint.hpp"
#include "kiosk/signing/keys.hpp"

namespace kiosk::portal_client {

struct ClientSettings {
    std::string baseUrl;  // "https://host:port/api/v1"; http:// is refused
    std::string kioskId;  // the certificate's CN and the signature's keyid
    std::filesystem::path signingKey;              // the kiosk's Ed25519 private key (0600)
    std::filesystem::path portalSigningPublicKey;  // the portal's acknowledgement key
    std::string portalKeyId = "kiosk-portal";      // the keyid the portal signs acknowledgements with
    TransportOptions transport;
};

// The settings for a checked enrollment folder (enrollment.hpp).
ClientSettings settingsFor(const Enrollment& enrollment);

// Everything needed to create a filing; the body holds personal data and stays the caller's.
struct FilingUpload {
    std::string clientFilingId;         // also the Idempotency-Key
    std::string_view createBody;        // the JSON of POST /filings, exactly as to be sent
    std::vector<std::string> documentSha256;  // lower-case hex, as declared in the body
};

// An acknowledgement together with what proves it: the portal's signature headers and the
// request values they are bound to (portal-api.md §2.3).
struct SignedAcknowledgement {
    Acknowledgement acknowledgement;
    std::string proofJson;  // {"body", "content_digest", "signature_input", "signature", "request": {...}}
};

// A supplement's signed answer with what proves it, as for a filing's acknowledgement.
struct SignedSupplementAcknowledgement {
    SupplementAcknowledgement acknowledgement;
    std::string proofJson;
};

// The proof that a filing is the citizen's, sent beside a read or a hand-over (portal-api.md
// §4.6): `Lookup-Code` (the receipt's look-up code) or `Applicant-Id-Number` (read from the
// card). Personal: the caller wipes it.
struct OwnerProofHeader {
    std::string name;
    std::string value;
};

struct Heartbeat {
    std::string softwareVersion;
    std::int64_t outboxDepth = 0;
    std::optional<std::int64_t> oldestPendingAgeS;
    std::optional<std::int64_t> diskFreeMb;
    std::int64_t clockOffsetMs = 0;
    // The staff audit log's checkpoint; heartbeat() signs it with the kiosk's key (docs/staff.md).
    std::optional<signing::AuditCheckpoint> auditCheckpoint;
};

class PortalClient {
public:
    using ClockFn = std::function<std::chrono::sys_seconds()>;

    // Loads the keys and sets up libcurl. Errors: portal.bad_url, portal.bad_kiosk_id,
    // portal.enrolment_unreadable and the key loaders' errors.
    static Result<std::unique_ptr<PortalClient>> open(const ClientSettings& settings);
    // With a given transport and clock (tests).
    PortalClient(std::string baseUrl, std::string kioskId, signing::PrivateKey signingKey,
                 signing::PublicKey portalKey, std::string portalKeyId, std::unique_ptr<Transport> transport,
                 ClockFn clock = {});

    // HEAD /filings: is the link really the portal? Also learns the clock offset from Date.
    PortalResult<Preflight> preflight();
    // POST /filings with Idempotency-Key = client_filing_id (201; a replay returns the same).
    PortalResult<CreatedFiling> createFiling(const FilingUpload& upload);
    // PUT /filings/{filingId}/documents/{sha256} (201 first time, 200 already stored).
    PortalResult<void> uploadDocument(const std::string& filingId, const std::string& sha256,
                                      const std::string& mediaType, std::string_view bytes);
    // POST /filings/{filingId}/submit with Idempotency-Key "<client_filing_id>:submit"; the
    // acknowledgement's signature must verify with the portal's key.
    PortalResult<SignedAcknowledgement> submit(const std::string& filingId, const std::string& clientFilingId);
    // PUT /filings/{filingId}/supplements/{clientSupplementId}/documents/{sha256} (201 first, 200 stored).
    PortalResult<void> uploadSupplementDocument(const std::string& filingId, const std::string& clientSupplementId,
                                                const std::string& sha256, const std::string& mediaType,
                                                std::string_view bytes);
    // POST /filings/{filingId}/supplements with Idempotency-Key = client_supplement_id; the
    // answer must name what was sent (`sentSha256`) and its signature verify with the portal's key.
    PortalResult<SignedSupplementAcknowledgement> sendSupplement(const std::string& filingId,
                                                                 const std::string& clientSupplementId,
                                                                 std::string_view body,
                                                                 const std::vector<std::string>& sentSha256);
    // GET /kiosks/{kioskId}/filings/changes?cursor=&limit=
    PortalResult<ChangesPage> changes(const std::string& cursor, int limit);
    // PUT /kiosks/{kioskId}/heartbeat
    PortalResult<HeartbeatReply> heartbeat(const Heartbeat& beat);
    // POST /filings/{filingId}/payment-intents with the given Idempotency-Key
    // (recommended "<client_filing_id>:pay:<n>").
    PortalResult<PaymentIntent> createPaymentIntent(const std::string& filingId, const std::string& idempotencyKey);
    // POST /filings/{filingId}/ratings with `body` (docs/portal-api.md §4.12) under the given
    // Idempotency-Key ("<client_filing_id>:rating:<n>").
    PortalResult<void> postRating(const std::string& filingId, const std::string& idempotencyKey,
                                  const std::string& body);
    // GET /payment-intents/{id}
    PortalResult<PaymentStatus> paymentStatus(const std::string& paymentIntentId);
    // POST /queues/{group}/tickets with the given Idempotency-Key ("<kiosk_id>:ticket:<random>"):
    // the next number of the desk's group, the same ticket again for a key asked before.
    PortalResult<QueueTicketReply> takeQueueTicket(const std::string& group, const std::string& idempotencyKey);
    // GET /filings/{filingId}/results/{sha256} with the owner's proof (portal-api.md §4.16): the
    // PDF, only when its bytes hash to `sha256`. The caller wipes it when printed.
    PortalResult<std::string> fetchResult(const std::string& filingId, const std::string& sha256,
                                          const OwnerProofHeader& proof);
    // POST /filings/{filingId}/handover {sha256} with the owner's proof under the given
    // Idempotency-Key ("<client_filing_id>:handover:<id>"); a hand-over recorded before is success.
    PortalResult<void> recordHandover(const std::string& filingId, const std::string& sha256,
                                      const std::string& idempotencyKey, const OwnerProofHeader& proof);

    // POST /kiosks/{kioskId}/help-calls with Idempotency-Key = client_call_id (§4.15): the
    // portal's help_call_id, the same for a call sent again.
    PortalResult<std::string> raiseHelpCall(const std::string& clientCallId, const std::string& body);

    // Portal time minus our time, learnt from the Date header; added to `created` when signing.
    std::chrono::seconds clockOffset() const { return m_clockOffset; }

private:
    struct Signed {
        std::string method;
        std::string url;
        std::string contentType;
        std::string_view body;
        std::string idempotencyKey;
    };
    struct Sent {
        HttpResponse reply;
        std::string contentDigest;  // of the request, for acknowledgements bound to it
    };
    // Signs and sends; on 401 signature_expired re-syncs the clock once and re-signs.
    PortalResult<Sent> sendSigned(const Signed& request, const OwnerProofHeader* proof = nullptr);
    PortalResult<Sent> sendSignedOnce(const Signed& request, const OwnerProofHeader* proof);
    PortalResult<HttpResponse> sendGet(const std::string& url, const OwnerProofHeader* proof = nullptr);
    // The signed-answer proof of a 2xx reply to `target` (portal-api.md §2.3), or a retryable
    // failure when its signature does not verify.
    PortalResult<std::string> proofOf(const Sent& sent, int status, const std::string& target) const;
    PortalResult<void> putDocument(const std::string& path, const std::string& sha256, const std::string& mediaType,
                                   std::string_view bytes);
    std::chrono::sys_seconds now() const;
    std::string url(std::string_view path) const;

    std::string m_baseUrl;
    std::string m_kioskId;
    signing::PrivateKey m_signingKey;
    signing::PublicKey m_portalKey;
    std::string m_portalKeyId;
    std::unique_ptr<Transport> m_transport;
    ClockFn m_clock;
    std::chrono::seconds m_clockOffset{0};
};

// Percent-encodes everything but RFC 3986 unreserved characters (for a query value).
std::string percentEncode(std::string_view text);

}  // namespace kiosk::portal_client
