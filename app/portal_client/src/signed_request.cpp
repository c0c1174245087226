#include "kiosk/portal_client/signed_request.hpp"

#include "kiosk/signing/http_signature.hpp"

namespace kiosk::portal_client {

Result<SignedWrite> signWrite(const WriteRequest& request, const signing::PrivateKey& key, const std::string& keyId,
                              std::chrono::sys_seconds created) {
    const signing::OutgoingRequest out{request.method, request.url, request.contentType, request.body,
                                       request.idempotencyKey};
    auto headers = signing::signRequest(out, key, signing::SignOptions(keyId, created));
    if (!headers) return headers.error();
    SignedWrite signedWrite;
    signedWrite.http.method = request.method;
    signedWrite.http.url = request.url;
    signedWrite.http.body = request.body;
    signedWrite.http.headers = {{"Content-Type", request.contentType},
                                {"Content-Digest", headers->contentDigest},
                                {"Signature-Input", headers->signatureInput},
                                {"Signature", headers->signature}};
    if (!request.idempotencyKey.empty())
        signedWrite.http.headers.emplace_back("Idempotency-Key", request.idempotencyKey);
    signedWrite.contentDigest = headers->contentDigest;
    return signedWrite;
}

}  // namespace kiosk::portal_client
