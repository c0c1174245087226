#include "kiosk/portal_client/portal_client.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/base/hex.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/portal_client/reply_failure.hpp"
#include "kiosk/portal_client/signed_request.hpp"
#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/http_signature.hpp"
#include "result_document.hpp"

namespace kiosk::portal_client {
namespace {

constexpr const char* kJson = "application/json";

Failure localFailure(const Error& error) {
    // Our own side failed (a key, OpenSSL): not the filing's fault, so it is kept and retried.
    return makeFailure("portal.local_" + std::string(error.code.empty() ? "error" : error.code),
                       "Lỗi trên máy kiosk khi chuẩn bị yêu cầu; sẽ thử lại. (Local error preparing the request.)", true);
}

Failure unsafeId(const char* what) {
    return makeFailure("portal.unsafe_id", std::string("Mã định danh không hợp lệ (") + what + ") (unsafe identifier)", false);
}

// The problem code of a refusal, "" when the reply is not the portal's problem+json.
std::string problemCode(const HttpResponse& reply) {
    if (!isJsonReply(reply)) return {};
    const auto doc = parseBoundedJson(reply.body);
    if (!doc.is_object()) return {};
    const auto code = doc.find("code");
    return code != doc.end() && code->is_string() ? code->get<std::string>() : std::string();
}

}  // namespace

ClientSettings settingsFor(const Enrollment& enrollment) {
    ClientSettings settings;
    settings.baseUrl = enrollment.portalUrl;
    settings.kioskId = enrollment.kioskId;
    settings.signingKey = enrollment.signingKey;
    settings.portalSigningPublicKey = enrollment.portalSigningPublicKey;
    settings.transport.tls = TlsFiles{enrollment.caCert, enrollment.clientCert, enrollment.clientKey};
    return settings;
}

std::string percentEncode(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            appendHex(out, u, HexCase::Upper);
        }
    }
    return out;
}

Result<std::unique_ptr<PortalClient>> PortalClient::open(const ClientSettings& settings) {
    if (settings.baseUrl.rfind("https://", 0) != 0) {
        return Error{"portal.bad_url", "Địa chỉ cổng dịch vụ công phải bắt đầu bằng https:// (portal URL must be https)",
                     "portal_url"};
    }
    if (!isSafeId(settings.kioskId)) {
        return Error{"portal.bad_kiosk_id", "Mã kiosk không hợp lệ (invalid kiosk id)", "kiosk_id"};
    }
    auto key = signing::loadPrivateKey(settings.signingKey);
    if (!key) return key.error();
    auto portalKey = signing::loadPublicKey(settings.portalSigningPublicKey);
    if (!portalKey) return portalKey.error();
    auto transport = makeCurlTransport(settings.transport);
    if (!transport) return transport.error();
    std::string base = settings.baseUrl;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return std::make_unique<PortalClient>(std::move(base), settings.kioskId, std::move(*key), std::move(*portalKey),
                                          settings.portalKeyId, std::move(*transport));
}

PortalClient::PortalClient(std::string baseUrl, std::string kioskId, signing::PrivateKey signingKey,
                           signing::PublicKey portalKey, std::string portalKeyId, std::unique_ptr<Transport> transport,
                           ClockFn clock)
    : m_baseUrl(std::move(baseUrl)),
      m_kioskId(std::move(kioskId)),
      m_signingKey(std::move(signingKey)),
      m_portalKey(std::move(portalKey)),
      m_portalKeyId(std::move(portalKeyId)),
      m_transport(std::move(transport)),
      m_clock(clock ? std::move(clock) : ClockFn([] {
          return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
      })) {}

std::chrono::sys_seconds PortalClient::now() const { return m_clock(); }

std::string PortalClient::url(std::string_view path) const { return m_baseUrl + std::string(path); }

PortalResult<PortalClient::Sent> PortalClient::sendSignedOnce(const Signed& request, const OwnerProofHeader* proof) {
    // The portal judges `created` by its own clock; the offset learnt from its Date keeps a
    // kiosk with a drifting clock inside the window.
    auto write = signWrite({request.method, request.url, request.contentType, request.body, request.idempotencyKey},
                           m_signingKey, m_kioskId, now() + m_clockOffset);
    if (!write) return localFailure(write.error());
    if (proof != nullptr) write->http.headers.emplace_back(proof->name, proof->value);
    auto reply = m_transport->perform(write->http);
    if (proof != nullptr) secureWipe(write->http.headers.back().second);
    if (!reply) return reply.error();
    return Sent{std::move(*reply), write->contentDigest};
}

PortalResult<PortalClient::Sent> PortalClient::sendSigned(const Signed& request, const OwnerProofHeader* proof) {
    auto sent = sendSignedOnce(request, proof);
    // A connection lost before any answer says nothing of the portal's health (a mobile link
    // dropped it, or the portal restarted), and a request safe to repeat, a PUT or a POST under
    // an idempotency key that the portal answers once, goes again at once on a new connection,
    // freshly signed, before the failure counts against the queue's backoff. Once only: a link
    // that stays down is the backoff's to wait out.
    const bool repeatable = request.method == "PUT" || !request.idempotencyKey.empty();
    if (!sent && repeatable && lostConnection(sent.error())) sent = sendSignedOnce(request, proof);
    if (!sent || sent->reply.status != 401 || problemCode(sent->reply) != "signature_expired") return sent;
    // Our clock is off: learn the portal's time and try once more with a fresh signature.
    if (auto pre = preflight(); !pre) return pre.error();
    return sendSignedOnce(request, proof);
}

PortalResult<HttpResponse> PortalClient::sendGet(const std::string& target, const OwnerProofHeader* proof) {
    HttpRequest http;
    http.method = "GET";
    http.url = target;
    if (proof != nullptr) http.headers.emplace_back(proof->name, proof->value);
    auto reply = m_transport->perform(http);
    if (proof != nullptr) secureWipe(http.headers.back().second);
    return reply;
}

PortalResult<Preflight> PortalClient::preflight() {
    HttpRequest http;
    http.method = "HEAD";
    http.url = url("/filings");
    auto reply = m_transport->perform(http);
    if (!reply) return reply.error();
    auto result = readPreflight(*reply, now());
    if (result && result->serverTime) m_clockOffset = *result->serverTime - now();
    return result;
}

PortalResult<CreatedFiling> PortalClient::createFiling(const FilingUpload& upload) {
    if (!isSafeId(upload.clientFilingId)) return unsafeId("client_filing_id");
    auto sent = sendSigned({"POST", url("/filings"), kJson, upload.createBody, upload.clientFilingId});
    if (!sent) return sent.error();
    return readCreated(sent->reply, upload.clientFilingId, upload.documentSha256, now());
}

PortalResult<void> PortalClient::uploadDocument(const std::string& filingId, const std::string& sha256,
                                                const std::string& mediaType, std::string_view bytes) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    return putDocument("/filings/" + filingId + "/documents/" + sha256, sha256, mediaType, bytes);
}

PortalResult<void> PortalClient::uploadSupplementDocument(const std::string& filingId,
                                                          const std::string& clientSupplementId,
                                                          const std::string& sha256, const std::string& mediaType,
                                                          std::string_view bytes) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    if (!isSafeId(clientSupplementId)) return unsafeId("client_supplement_id");
    return putDocument("/filings/" + filingId + "/supplements/" + clientSupplementId + "/documents/" + sha256, sha256,
                       mediaType, bytes);
}

PortalResult<void> PortalClient::putDocument(const std::string& path, const std::string& sha256,
                                             const std::string& mediaType, std::string_view bytes) {
    if (!signing::isSha256Hex(sha256)) return unsafeId("sha256");
    // A media type with a line break would split the header; anything odd goes as octets.
    const bool plain = !mediaType.empty() && mediaType.size() <= 127 &&
                       std::all_of(mediaType.begin(), mediaType.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    auto sent = sendSigned({"PUT", url(path), plain ? mediaType : std::string("application/octet-stream"), bytes, ""});
    if (!sent) return sent.error();
    return readDocumentStored(sent->reply, sha256, now());
}

PortalResult<SignedAcknowledgement> PortalClient::submit(const std::string& filingId,
                                                         const std::string& clientFilingId) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    if (!isSafeId(clientFilingId)) return unsafeId("client_filing_id");
    static constexpr std::string_view kBody = "{}";
    const std::string target = url("/filings/" + filingId + "/submit");
    auto sent = sendSigned({"POST", target, kJson, kBody, clientFilingId + ":submit"});
    if (!sent) return sent.error();
    auto acknowledgement = readAcknowledgement(sent->reply, clientFilingId, filingId, now());
    if (!acknowledgement) return acknowledgement.error();
    auto proof = proofOf(*sent, 202, target);
    if (!proof) return proof.error();
    return SignedAcknowledgement{std::move(*acknowledgement), std::move(*proof)};
}

PortalResult<SignedSupplementAcknowledgement> PortalClient::sendSupplement(const std::string& filingId,
                                                                           const std::string& clientSupplementId,
                                                                           std::string_view body,
                                                                           const std::vector<std::string>& sentSha256) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    if (!isSafeId(clientSupplementId)) return unsafeId("client_supplement_id");
    const std::string target = url("/filings/" + filingId + "/supplements");
    auto sent = sendSigned({"POST", target, kJson, body, clientSupplementId});
    if (!sent) return sent.error();
    auto acknowledgement = readSupplementAcknowledgement(sent->reply, clientSupplementId, filingId, sentSha256, now());
    if (!acknowledgement) return acknowledgement.error();
    auto proof = proofOf(*sent, 201, target);
    if (!proof) return proof.error();
    return SignedSupplementAcknowledgement{std::move(*acknowledgement), std::move(*proof)};
}

PortalResult<std::string> PortalClient::proofOf(const Sent& sent, int status, const std::string& target) const {
    const HttpResponse& reply = sent.reply;
    const signing::ResponseBinding binding{status, reply.body, "POST", target, sent.contentDigest};
    const signing::HeaderLookup lookup = [&reply](std::string_view name) -> std::optional<std::string> {
        const auto it = reply.headers.find(std::string(name));
        if (it == reply.headers.end()) return std::nullopt;
        return it->second;
    };
    if (auto verified = signing::verifyResponse(binding, lookup, m_portalKey, m_portalKeyId); !verified) {
        // Not proof of anything: keep the filing and ask again (a replay returns the same acknowledgement).
        return makeFailure("portal.receipt_unsigned",
                           "Biên nhận không có chữ ký hợp lệ của cổng dịch vụ công; sẽ hỏi lại. "
                           "(The receipt's signature did not verify; will ask again.)",
                           true);
    }
    const nlohmann::json proof = {
        {"body", reply.body},
        {"content_digest", reply.header("content-digest")},
        {"signature_input", reply.header("signature-input")},
        {"signature", reply.header("signature")},
        {"request", {{"method", "POST"}, {"target_uri", target}, {"content_digest", sent.contentDigest}}}};
    return proof.dump();
}

PortalResult<ChangesPage> PortalClient::changes(const std::string& cursor, int limit) {
    auto reply = sendGet(url("/kiosks/" + m_kioskId + "/filings/changes?cursor=" + percentEncode(cursor) +
                             "&limit=" + std::to_string(std::clamp(limit, 1, 500))));
    if (!reply) return reply.error();
    return readChanges(*reply, now());
}

PortalResult<HeartbeatReply> PortalClient::heartbeat(const Heartbeat& beat) {
    nlohmann::json body = {{"software_version", beat.softwareVersion},
                           {"outbox_depth", beat.outboxDepth},
                           {"clock_offset_ms", beat.clockOffsetMs}};
    if (beat.oldestPendingAgeS) body["oldest_pending_age_s"] = *beat.oldestPendingAgeS;
    if (beat.diskFreeMb) body["disk_free_mb"] = *beat.diskFreeMb;
    if (const auto& c = beat.auditCheckpoint) {
        auto sig = m_signingKey.sign(signing::auditCheckpointMessage(m_kioskId, *c));
        if (!sig) return Failure{sig.error(), false, std::nullopt};
        body["audit_checkpoint"] = {{"seq", c->seq},
                                    {"head_sha256", c->headSha256},
                                    {"previous_seq", c->previousSeq},
                                    {"previous_sha256", c->previousSha256},
                                    {"sig", signing::base64Encode(*sig)}};
    }
    const std::string text = body.dump();
    auto sent = sendSigned({"PUT", url("/kiosks/" + m_kioskId + "/heartbeat"), kJson, text, ""});
    if (!sent) return sent.error();
    return readHeartbeat(sent->reply, now());
}

PortalResult<PaymentIntent> PortalClient::createPaymentIntent(const std::string& filingId,
                                                              const std::string& idempotencyKey) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    if (!isSafeId(idempotencyKey)) return unsafeId("idempotency_key");
    static constexpr std::string_view kBody = "{}";
    auto sent = sendSigned({"POST", url("/filings/" + filingId + "/payment-intents"), kJson, kBody, idempotencyKey});
    if (!sent) return sent.error();
    return readPaymentIntent(sent->reply, now());
}

PortalResult<void> PortalClient::postRating(const std::string& filingId, const std::string& idempotencyKey,
                                            const std::string& body) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    if (!isSafeId(idempotencyKey)) return unsafeId("idempotency_key");
    auto sent = sendSigned({"POST", url("/filings/" + filingId + "/ratings"), kJson, body, idempotencyKey});
    if (!sent) return sent.error();
    return readRatingStored(sent->reply, now());
}

PortalResult<PaymentStatus> PortalClient::paymentStatus(const std::string& paymentIntentId) {
    if (!isSafeId(paymentIntentId)) return unsafeId("payment_intent_id");
    auto reply = sendGet(url("/payment-intents/" + paymentIntentId));
    if (!reply) return reply.error();
    return readPaymentStatus(*reply, now());
}

PortalResult<QueueTicketReply> PortalClient::takeQueueTicket(const std::string& group,
                                                             const std::string& idempotencyKey) {
    if (!isSafeId(group)) return unsafeId("group");
    if (!isSafeId(idempotencyKey)) return unsafeId("idempotency_key");
    auto sent = sendSigned({"POST", url("/queues/" + group + "/tickets"), kJson, "{}", idempotencyKey});
    if (!sent) return sent.error();
    return readQueueTicket(sent->reply, group, now());
}

PortalResult<std::string> PortalClient::fetchResult(const std::string& filingId, const std::string& sha256,
                                                    const OwnerProofHeader& proof) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    if (!signing::isSha256Hex(sha256)) return unsafeId("sha256");
    auto reply = sendGet(url("/filings/" + filingId + "/results/" + sha256), &proof);
    if (!reply) return reply.error();
    return readResultDocument(*reply, sha256, now());
}

PortalResult<void> PortalClient::recordHandover(const std::string& filingId, const std::string& sha256,
                                                const std::string& idempotencyKey, const OwnerProofHeader& proof) {
    if (!isSafeId(filingId)) return unsafeId("filing_id");
    if (!isSafeId(idempotencyKey)) return unsafeId("idempotency_key");
    if (!signing::isSha256Hex(sha256)) return unsafeId("sha256");
    const std::string body = nlohmann::json{{"sha256", sha256}}.dump();
    auto sent = sendSigned({"POST", url("/filings/" + filingId + "/handover"), kJson, body, idempotencyKey}, &proof);
    if (!sent) return sent.error();
    return readHandover(sent->reply, sha256, now());
}

PortalResult<std::string> PortalClient::raiseHelpCall(const std::string& clientCallId, const std::string& body) {
    if (!isSafeId(clientCallId)) return unsafeId("client_call_id");
    auto sent = sendSigned({"POST", url("/kiosks/" + m_kioskId + "/help-calls"), kJson, body, clientCallId});
    if (!sent) return sent.error();
    return readHelpCallRaised(sent->reply, clientCallId, now());
}

}  // namespace kiosk::portal_client
