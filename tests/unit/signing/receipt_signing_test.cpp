// The portal's submit receipt is signed over its status and body and bound to the kiosk's own
// request (the ";req" components, like X-Road's request hash), so a receipt cannot be reused for
// another filing or altered after the fact. The kiosk checks it with the portal's public key.
#include <doctest/doctest.h>

#include <map>

#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/http_signature.hpp"

using namespace kiosk::signing;

namespace {

const std::chrono::sys_seconds kNow{std::chrono::seconds(1763778000)};

struct Receipt {
    PrivateKey portal = *PrivateKey::generate();
    ResponseBinding binding{202, R"({"ma_ho_so":"000.00.00.H66-251122-0001"})", "POST",
                            "https://127.0.0.1:8443/api/v1/filings/f-1/submit", contentDigest("{}")};
    std::map<std::string, std::string> headers;
    std::string body{binding.body};

    Receipt() {
        auto signed_ = signResponse(binding, portal, ResponseSignOptions{"kiosk-portal", kNow});
        REQUIRE(signed_);
        headers = {{"content-digest", signed_->contentDigest},
                   {"signature-input", signed_->signatureInput},
                   {"signature", signed_->signature}};
    }

    kiosk::Result<VerifiedSignature> verify(ResponseBinding b) {
        b.body = body;
        return verifyResponse(
            b,
            [this](std::string_view name) {
                auto it = headers.find(std::string(name));
                return it == headers.end() ? std::nullopt : std::optional<std::string>(it->second);
            },
            *portal.publicKey(), "kiosk-portal");
    }
};

}  // namespace

TEST_CASE("a receipt verifies with the portal's key for the request it answers") {
    Receipt r;
    CHECK(r.verify(r.binding));
    CHECK(r.headers["signature-input"] ==
          R"(sig1=("@status" "content-digest" "@method";req "@target-uri";req "content-digest";req);created=1763778000;keyid="kiosk-portal";alg="ed25519")");
}

TEST_CASE("a receipt does not verify for another request, status or body") {
    Receipt r;
    ResponseBinding otherRequest = r.binding;
    otherRequest.requestTargetUri = "https://127.0.0.1:8443/api/v1/filings/f-2/submit";
    CHECK(r.verify(otherRequest).error().code == "signing.invalid");

    ResponseBinding otherDigest = r.binding;
    otherDigest.requestContentDigest = contentDigest("{\"x\":1}");
    CHECK(r.verify(otherDigest).error().code == "signing.invalid");

    ResponseBinding otherStatus = r.binding;
    otherStatus.status = 200;
    CHECK(r.verify(otherStatus).error().code == "signing.invalid");

    r.body = R"({"ma_ho_so":"000.00.00.H66-251122-0002"})";
    CHECK(r.verify(r.binding).error().code == "signing.digest_mismatch");
}

TEST_CASE("a receipt signed by another key or under another keyid is refused") {
    Receipt r;
    auto impostor = PrivateKey::generate();
    auto forged = signResponse(r.binding, *impostor, ResponseSignOptions{"kiosk-portal", kNow});
    REQUIRE(forged);
    r.headers["signature"] = forged->signature;
    CHECK(r.verify(r.binding).error().code == "signing.invalid");

    Receipt s;
    auto wrongId = verifyResponse(
        s.binding,
        [&](std::string_view name) {
            auto it = s.headers.find(std::string(name));
            return it == s.headers.end() ? std::nullopt : std::optional<std::string>(it->second);
        },
        *s.portal.publicKey(), "another-portal");
    CHECK(wrongId.error().code == "signing.key_mismatch");
}

TEST_CASE("a receipt that does not cover the request's method and URI is refused, even for its own filing") {
    // Signed by the portal's own key over status, body and request digest only: valid as a
    // signature, but it would fit any filing's submit, so the kiosk must not take it as proof.
    Receipt r;
    const std::string params =
        R"(("@status" "content-digest" "content-digest";req);created=1763778000;keyid="kiosk-portal";alg="ed25519")";
    const std::string base = "\"@status\": 202\n\"content-digest\": " + r.headers["content-digest"] +
                             "\n\"content-digest\";req: " + r.binding.requestContentDigest +
                             "\n\"@signature-params\": " + params;
    auto signature = r.portal.sign(base);
    REQUIRE(signature);
    r.headers["signature-input"] = "sig1=" + params;
    r.headers["signature"] = "sig1=:" + base64Encode(*signature) + ":";

    ResponseBinding otherFiling = r.binding;
    otherFiling.requestTargetUri = "https://127.0.0.1:8443/api/v1/filings/f-2/submit";
    const auto refused = r.verify(otherFiling);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "signing.malformed");
    CHECK(refused.error().message.find("@target-uri;req") != std::string::npos);
    CHECK_FALSE(r.verify(r.binding));
}
