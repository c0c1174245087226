#include "kiosk_client.hpp"

#include <doctest/doctest.h>

namespace kiosk::test {

namespace {

std::chrono::sys_seconds nowSeconds() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace

KioskClient::KioskClient(const std::filesystem::path& portalDataDir, const std::string& kioskId,
                         std::string baseUrl)
    : m_kioskId(kioskId),
      m_baseUrl(std::move(baseUrl)),
      m_identity(TlsIdentity::fromFolder(portalDataDir / "enroll" / kioskId)),
      m_key([&] {
          auto key = signing::loadPrivateKey(portalDataDir / "enroll" / kioskId / "signing.key");
          REQUIRE_MESSAGE(key, "signing key of " << kioskId);
          return *key;
      }()) {}

SignedRequest KioskClient::sign(const std::string& method, const std::string& path,
                                const std::string& body, const std::string& idempotencyKey,
                                const std::string& contentType,
                                std::optional<std::chrono::sys_seconds> created,
                                const std::string& nonce) const {
    SignedRequest request{method, m_baseUrl + path, body, {}};
    signing::SignOptions options(m_kioskId, created.value_or(nowSeconds()));
    options.nonce = nonce;
    auto headers = signing::signRequest(
        signing::OutgoingRequest{method, request.url, contentType, request.body, idempotencyKey},
        m_key, options);
    REQUIRE(headers);
    request.headers.emplace_back("Content-Type", contentType);
    if (!idempotencyKey.empty()) request.headers.emplace_back("Idempotency-Key", idempotencyKey);
    request.headers.emplace_back("Content-Digest", headers->contentDigest);
    request.headers.emplace_back("Signature-Input", headers->signatureInput);
    request.headers.emplace_back("Signature", headers->signature);
    return request;
}

Reply KioskClient::send(const SignedRequest& request, long timeoutMs) const {
    return httpsRequest(m_identity, request.method, request.url, request.body, request.headers,
                        timeoutMs);
}

Reply KioskClient::post(const std::string& path, const std::string& body,
                        const std::string& idempotencyKey) const {
    return send(sign("POST", path, body, idempotencyKey));
}

Reply KioskClient::put(const std::string& path, const std::string& body,
                       const std::string& contentType) const {
    return send(sign("PUT", path, body, "", contentType));
}

Reply KioskClient::get(const std::string& path, const HeaderList& headers) const {
    return httpsRequest(m_identity, "GET", m_baseUrl + path, "", headers);
}

Reply StaffClient::get(const std::string& path) const {
    return httpsRequest(identity, "GET", baseUrl + path);
}

namespace {

// The request's headers with the operator's signature added (and the Content-Type it signs).
HeaderList signedAsStaff(const StaffClient& staff, const std::string& method, const std::string& url,
                         const std::string& body, const std::string& contentType, const HeaderList& extra) {
    std::string idempotencyKey;
    for (const auto& [name, value] : extra) {
        if (name == "Idempotency-Key") idempotencyKey = value;
    }
    auto key = signing::loadPrivateKey(staff.signingKey);
    REQUIRE_MESSAGE(key, "signing key of " << staff.operatorId);
    auto headers = signing::signRequest(signing::OutgoingRequest{method, url, contentType, body, idempotencyKey}, *key,
                                        signing::SignOptions(staff.operatorId, nowSeconds()));
    REQUIRE(headers);
    HeaderList all{{"Content-Type", contentType},
                   {"Content-Digest", headers->contentDigest},
                   {"Signature-Input", headers->signatureInput},
                   {"Signature", headers->signature}};
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
}

}  // namespace

Reply StaffClient::post(const std::string& path, const std::string& body, const HeaderList& headers) const {
    const std::string url = baseUrl + path;
    return httpsRequest(identity, "POST", url, body,
                        signedAsStaff(*this, "POST", url, body, "application/json", headers));
}

Reply StaffClient::put(const std::string& path, const std::string& bytes, const std::string& mediaType) const {
    const std::string url = baseUrl + path;
    return httpsRequest(identity, "PUT", url, bytes, signedAsStaff(*this, "PUT", url, bytes, mediaType, {}));
}

Reply StaffClient::postUnsigned(const std::string& path, const std::string& body) const {
    return httpsRequest(identity, "POST", baseUrl + path, body, {{"Content-Type", "application/json"}});
}

StaffClient staffClient(const std::filesystem::path& portalDataDir, const std::string& baseUrl,
                        const std::string& operatorId) {
    const auto folder = portalDataDir / "staff" / operatorId;
    return StaffClient{TlsIdentity::fromFolder(folder), baseUrl, operatorId, folder / "signing.key"};
}

}  // namespace kiosk::test
