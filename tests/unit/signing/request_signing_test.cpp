// A kiosk's request is trusted only if every part the portal acts on (method, URL, body through
// its digest, media type, idempotency key) is covered by the kiosk's Ed25519 signature. Each test
// changes one part after signing and expects the portal-side check to refuse it.
#include <doctest/doctest.h>

#include <map>

#include "kiosk/signing/http_signature.hpp"

using namespace kiosk::signing;
using namespace std::chrono_literals;

namespace {

const std::chrono::sys_seconds kNow{std::chrono::seconds(1763778000)};

struct Fixture {
    PrivateKey key = *PrivateKey::generate();
    PublicKey pub = *key.publicKey();
    MemoryNonceCache nonces;
    OutgoingRequest request{"POST", "https://127.0.0.1:8443/api/v1/filings", "application/json",
                            R"({"client_filing_id":"f-1"})", "f-1"};
    std::map<std::string, std::string> headers;
    std::string body{request.body};
    std::string method = "POST";
    std::string targetUri = request.targetUri;

    Fixture() {
        auto signed_ = signRequest(request, key, SignOptions{"KIOSK-DEMO-01", kNow});
        REQUIRE(signed_);
        headers = {{"content-type", request.contentType},
                   {"idempotency-key", request.idempotencyKey},
                   {"content-digest", signed_->contentDigest},
                   {"signature-input", signed_->signatureInput},
                   {"signature", signed_->signature}};
    }

    kiosk::Result<VerifiedSignature> verify(const PublicKey& with, std::string keyId = "KIOSK-DEMO-01") {
        IncomingRequest in{method, targetUri, body, [this](std::string_view name) {
                               auto it = headers.find(std::string(name));
                               return it == headers.end() ? std::nullopt
                                                          : std::optional<std::string>(it->second);
                           }};
        return verifyRequest(in, with,
                             VerifyPolicy{std::move(keyId), requestComponents(true), kNow}, nonces);
    }
    kiosk::Result<VerifiedSignature> verify() { return verify(pub); }
};

}  // namespace

TEST_CASE("a signed request verifies with the kiosk's public key") {
    Fixture f;
    auto result = f.verify();
    REQUIRE(result);
    CHECK(result->keyId == "KIOSK-DEMO-01");
    CHECK(result->label == "sig1");
    CHECK(result->created == kNow);
    CHECK(result->nonce.size() == 24);  // 16 random bytes in base64
}

TEST_CASE("the Signature-Input names the profile's components and parameters in order") {
    Fixture f;
    const std::string& input = f.headers["signature-input"];
    CHECK(input.rfind(R"(sig1=("@method" "@target-uri" "content-digest" "content-type" "idempotency-key");created=1763778000;expires=1763778300;nonce=")", 0) == 0);
    CHECK(input.find(R"(;keyid="KIOSK-DEMO-01";alg="ed25519")") != std::string::npos);
}

TEST_CASE("a changed body is refused as a digest mismatch") {
    Fixture f;
    f.body = R"({"client_filing_id":"f-2"})";
    CHECK(f.verify().error().code == "signing.digest_mismatch");
}

TEST_CASE("a body and digest both replaced by an attacker fail the signature") {
    Fixture f;
    f.body = R"({"client_filing_id":"f-2"})";
    f.headers["content-digest"] = contentDigest(f.body);
    CHECK(f.verify().error().code == "signing.invalid");
}

TEST_CASE("a changed method, URL, media type or idempotency key fails the signature") {
    {
        Fixture f;
        f.method = "PUT";
        CHECK(f.verify().error().code == "signing.invalid");
    }
    {
        Fixture f;
        f.targetUri = "https://127.0.0.1:8443/api/v1/filings?x=1";
        CHECK(f.verify().error().code == "signing.invalid");
    }
    {
        Fixture f;
        f.headers["content-type"] = "text/plain";
        CHECK(f.verify().error().code == "signing.invalid");
    }
    {
        Fixture f;
        f.headers["idempotency-key"] = "f-9";
        CHECK(f.verify().error().code == "signing.invalid");
    }
}

TEST_CASE("a signature made with another kiosk's key is refused") {
    Fixture f;
    auto other = PrivateKey::generate();
    CHECK(f.verify(*other->publicKey()).error().code == "signing.invalid");
}

TEST_CASE("a keyid that is not the certificate's kiosk is refused before the signature is checked") {
    Fixture f;
    CHECK(f.verify(f.pub, "KIOSK-OTHER").error().code == "signing.key_mismatch");
}

TEST_CASE("missing signature headers are reported as missing") {
    {
        Fixture f;
        f.headers.erase("signature");
        CHECK(f.verify().error().code == "signing.missing");
    }
    {
        Fixture f;
        f.headers.erase("signature-input");
        CHECK(f.verify().error().code == "signing.missing");
    }
    {
        Fixture f;
        f.headers.erase("idempotency-key");
        CHECK(f.verify().error().code == "signing.missing");
    }
}

TEST_CASE("a signature that leaves out a required component is refused") {
    Fixture f;
    OutgoingRequest noKey = f.request;
    noKey.idempotencyKey.clear();
    auto signed_ = signRequest(noKey, f.key, SignOptions{"KIOSK-DEMO-01", kNow});
    REQUIRE(signed_);
    f.headers["signature-input"] = signed_->signatureInput;
    f.headers["signature"] = signed_->signature;
    auto result = f.verify();
    REQUIRE_FALSE(result);
    CHECK(result.error().code == "signing.malformed");
    CHECK(result.error().message.find("idempotency-key") != std::string::npos);
}

TEST_CASE("a request without an idempotency key verifies against the shorter component list") {
    Fixture f;
    OutgoingRequest put{"PUT", "https://127.0.0.1:8443/api/v1/kiosks/KIOSK-DEMO-01/heartbeat",
                        "application/json", "{}", ""};
    auto signed_ = signRequest(put, f.key, SignOptions{"KIOSK-DEMO-01", kNow});
    REQUIRE(signed_);
    std::map<std::string, std::string> headers{{"content-type", "application/json"},
                                               {"content-digest", signed_->contentDigest},
                                               {"signature-input", signed_->signatureInput},
                                               {"signature", signed_->signature}};
    IncomingRequest in{"PUT", put.targetUri, "{}", [&](std::string_view name) {
                           auto it = headers.find(std::string(name));
                           return it == headers.end() ? std::nullopt
                                                      : std::optional<std::string>(it->second);
                       }};
    CHECK(verifyRequest(in, f.pub, VerifyPolicy{"KIOSK-DEMO-01", requestComponents(false), kNow},
                        f.nonces));
}

TEST_CASE("other algorithms and several signatures are refused as malformed") {
    {
        Fixture f;
        auto& input = f.headers["signature-input"];
        input.replace(input.find("\"ed25519\""), 9, "\"hmac-sha256\"");
        CHECK(f.verify().error().code == "signing.malformed");
    }
    {
        Fixture f;
        f.headers["signature-input"] += ", sig2=(\"@method\");created=1;keyid=\"x\";alg=\"ed25519\"";
        f.headers["signature"] += ", sig2=:AAAA:";
        CHECK(f.verify().error().code == "signing.malformed");
    }
}

TEST_CASE("claimedKeyId reads the keyid before any key is known") {
    Fixture f;
    auto keyId = claimedKeyId([&](std::string_view name) -> std::optional<std::string> {
        auto it = f.headers.find(std::string(name));
        return it == f.headers.end() ? std::nullopt : std::optional<std::string>(it->second);
    });
    REQUIRE(keyId);
    CHECK(*keyId == "KIOSK-DEMO-01");
}

TEST_CASE("values that would break a header line are refused when signing") {
    Fixture f;
    OutgoingRequest bad = f.request;
    bad.idempotencyKey = "key\r\nInjected: 1";
    CHECK_FALSE(signRequest(bad, f.key, SignOptions{"KIOSK-DEMO-01", kNow}));
}
