#pragma once
// A kiosk as the portal sees it: its enrollment folder (mTLS files and Ed25519 key) and signed
// requests built with kiosk::signing exactly as docs/portal-api.md §2.2 says. Tests can sign a
// request and then change or resend it, to check that the portal refuses it.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "https_client.hpp"
#include "kiosk/signing/http_signature.hpp"

namespace kiosk::test {

struct SignedRequest {
    std::string method;
    std::string url;
    std::string body;
    HeaderList headers;  // Content-Type, Idempotency-Key (when any), Content-Digest, Signature-Input, Signature
};

class KioskClient {
public:
    // Reads enroll/<kioskId>/ of a portal data folder.
    KioskClient(const std::filesystem::path& portalDataDir, const std::string& kioskId,
                std::string baseUrl);

    // Signs a request (`created` defaults to now; `nonce` empty: random).
    SignedRequest sign(const std::string& method, const std::string& path, const std::string& body,
                       const std::string& idempotencyKey,
                       const std::string& contentType = "application/json",
                       std::optional<std::chrono::sys_seconds> created = std::nullopt,
                       const std::string& nonce = {}) const;

    // Sends a request exactly as signed (or as a test altered it).
    Reply send(const SignedRequest& request, long timeoutMs = 0) const;

    // Signs and sends.
    Reply post(const std::string& path, const std::string& body, const std::string& idempotencyKey) const;
    Reply put(const std::string& path, const std::string& body, const std::string& contentType) const;
    Reply get(const std::string& path, const HeaderList& headers = {}) const;

    const TlsIdentity& identity() const { return m_identity; }
    const std::string& baseUrl() const { return m_baseUrl; }
    const std::string& kioskId() const { return m_kioskId; }

private:
    std::string m_kioskId;
    std::string m_baseUrl;
    TlsIdentity m_identity;
    signing::PrivateKey m_key;
};

// A staff member's client: its writes are signed with the operator's key, as the portal
// requires of every write (docs/portal-api.md §2.2).
struct StaffClient {
    TlsIdentity identity;
    std::string baseUrl;
    std::string operatorId;
    std::filesystem::path signingKey;

    Reply get(const std::string& path) const;
    Reply post(const std::string& path, const std::string& body, const HeaderList& headers = {}) const;
    Reply put(const std::string& path, const std::string& bytes, const std::string& mediaType) const;
    // A write sent without a signature (a tool that does not sign, or an attacker with the
    // certificate alone): the portal must refuse it.
    Reply postUnsigned(const std::string& path, const std::string& body) const;
};

StaffClient staffClient(const std::filesystem::path& portalDataDir, const std::string& baseUrl,
                        const std::string& operatorId = "STAFF-DEMO-01");

}  // namespace kiosk::test
