#pragma once
// A signed write as docs/portal-api.md §2.2 wants it, for anyone who writes to the portal: the
// kiosk's PortalClient with the kiosk's key, and the desk with the operator's key.
#include <chrono>
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"
#include "kiosk/portal_client/http.hpp"
#include "kiosk/signing/keys.hpp"

namespace kiosk::portal_client {

struct WriteRequest {
    std::string method;  // "POST", "PUT"
    std::string url;     // exactly the URL handed to curl
    std::string contentType;
    std::string_view body;
    std::string idempotencyKey;  // empty: none, not covered
};

struct SignedWrite {
    HttpRequest http;           // with Content-Type, Content-Digest, Signature-Input, Signature, Idempotency-Key
    std::string contentDigest;  // the request's digest, which a signed answer is bound to
};

// Signs `request` with `key` as `keyId` (the certificate's CN: a kiosk id or an operator ID),
// created at `created` (the portal's time as best known). The request views `request.body`,
// which the caller keeps alive until it is sent.
Result<SignedWrite> signWrite(const WriteRequest& request, const signing::PrivateKey& key, const std::string& keyId,
                              std::chrono::sys_seconds created);

}  // namespace kiosk::portal_client
