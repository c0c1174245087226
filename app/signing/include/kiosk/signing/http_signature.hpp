#pragma once
// HTTP message signatures, the fixed profile of docs/portal-api.md §2.2–2.3 (an RFC 9421 subset):
// Ed25519 only; requests cover "@method" "@target-uri" "content-digest" "content-type" and, when
// present, "idempotency-key", with created, expires, nonce, keyid and alg; acknowledgements
// (signed responses, portal-api.md's "receipts") cover "@status" "content-digest" and the
// request's "@method";req "@target-uri";req "content-digest";req. The kiosk's client signs,
// kiosk-portal verifies.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/keys.hpp"
#include "kiosk/signing/nonce_cache.hpp"

namespace kiosk::signing {

inline constexpr std::string_view kAlgorithm = "ed25519";
inline constexpr std::chrono::seconds kDefaultLifetime{300};

// Looks a header up by its lower-case name; nullopt when absent.
using HeaderLookup = std::function<std::optional<std::string>(std::string_view lowerCaseName)>;

// ---- signing a request (kiosk side) ----

struct OutgoingRequest {
    std::string method;          // "POST", "PUT"
    std::string targetUri;       // exactly the URL given to curl: "https://127.0.0.1:8443/api/v1/filings"
    std::string contentType;     // the Content-Type header the request will carry
    std::string_view body;       // the exact body bytes (may be empty)
    std::string idempotencyKey;  // the Idempotency-Key header as sent; empty: none, not covered
};

struct SignOptions {
    SignOptions(std::string keyId_, std::chrono::sys_seconds created_)
        : keyId(std::move(keyId_)), created(created_) {}

    std::string keyId;                                // the kiosk id, equal to the certificate's CN
    std::chrono::sys_seconds created;                 // now (a clock corrected from the portal's Date)
    std::chrono::seconds lifetime = kDefaultLifetime;  // expires = created + lifetime
    std::string nonce;                                // empty: 16 random bytes, base64
    std::string label = "sig1";
};

// The three headers to add to the request (besides Content-Type and Idempotency-Key themselves).
struct SignatureHeaders {
    std::string contentDigest;   // "Content-Digest"
    std::string signatureInput;  // "Signature-Input"
    std::string signature;       // "Signature"
};

// Signs `request` with the kiosk's key; errors only when OpenSSL fails or an input is unusable.
Result<SignatureHeaders> signRequest(const OutgoingRequest& request, const PrivateKey& key,
                                     const SignOptions& options);

// ---- verifying a request (portal side) ----

struct IncomingRequest {
    std::string method;
    std::string targetUri;  // "https://" + Host header + request target as received
    std::string_view body;
    HeaderLookup header;
};

struct VerifyPolicy {
    VerifyPolicy(std::string expectedKeyId_, std::vector<std::string> requiredComponents_,
                 std::chrono::sys_seconds now_)
        : expectedKeyId(std::move(expectedKeyId_)),
          requiredComponents(std::move(requiredComponents_)),
          now(now_) {}

    std::string expectedKeyId;                    // the identity of the client certificate
    std::vector<std::string> requiredComponents;  // see requestComponents()
    std::chrono::sys_seconds now;
    std::chrono::seconds maxAge = kDefaultLifetime;  // oldest acceptable `created`
    std::chrono::seconds maxFuture{60};              // clock skew tolerated the other way
};

struct VerifiedSignature {
    std::string label;
    std::string keyId;
    std::string nonce;
    std::chrono::sys_seconds created;
    bool resent = false;  // the same signed request seen before (NonceUse::SameRequest)
};

// The components a kiosk request must cover, with or without an Idempotency-Key.
std::vector<std::string> requestComponents(bool withIdempotencyKey);

// The keyid a request's Signature-Input claims (to look the key up); errors as verifyRequest.
Result<std::string> claimedKeyId(const HeaderLookup& header);

// Checks a request: headers well formed, alg and keyid, required components covered,
// Content-Digest equal to the body, created within the window, signature valid, and only then
// records the nonce (a replay fails). Error codes: signing.missing, signing.malformed,
// signing.key_mismatch, signing.digest_mismatch, signing.expired, signing.invalid,
// signing.nonce_reused.
Result<VerifiedSignature> verifyRequest(const IncomingRequest& request, const PublicKey& key,
                                        const VerifyPolicy& policy, NonceCache& nonces);

// ---- acknowledgements: signing and verifying a response bound to its request ----

struct ResponseBinding {
    int status = 0;
    std::string_view body;
    std::string requestMethod;         // the request this answers, as the kiosk signed it
    std::string requestTargetUri;
    std::string requestContentDigest;  // the request's Content-Digest header
};

struct ResponseSignOptions {
    ResponseSignOptions(std::string keyId_, std::chrono::sys_seconds created_)
        : keyId(std::move(keyId_)), created(created_) {}

    std::string keyId;  // the portal's: "kiosk-portal"
    std::chrono::sys_seconds created;
    std::string label = "sig1";
};

// Signs a response (portal side): Content-Digest of the body, Signature-Input, Signature.
Result<SignatureHeaders> signResponse(const ResponseBinding& response, const PrivateKey& key,
                                      const ResponseSignOptions& options);

// Checks a response's signature with the portal's key (kiosk side); `header` reads the
// response's headers. No age limit: an acknowledgement stays verifiable.
Result<VerifiedSignature> verifyResponse(const ResponseBinding& response, const HeaderLookup& header,
                                         const PublicKey& key, std::string_view expectedKeyId);

// ---- the signature base itself (RFC 9421 §2.5), exposed for tests against the RFC ----

struct CoveredComponent {
    std::string name;  // "@method", "content-digest", ...
    bool req = false;  // the ";req" parameter: the value comes from the request
    std::string value;
};

// The `@signature-params` value: the inner list of component names and the serialized
// parameters (e.g. ";created=1618884473;keyid=\"k\"").
std::string signatureParamsValue(const std::vector<CoveredComponent>& components,
                                 std::string_view serializedParameters);

// One `"<name>": <value>` line per component, then the `"@signature-params"` line; no final newline.
std::string signatureBase(const std::vector<CoveredComponent>& components,
                          std::string_view signatureParams);

}  // namespace kiosk::signing
