// Byte-exact agreement with RFC 9421 Appendix B.2.6 (Ed25519, key B.1.4) is the evidence that
// our signature base and signatures interoperate with other implementations, not just with
// ourselves (portal-integration.md §4.1, "byte-exact tests").
#include <doctest/doctest.h>

#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/http_signature.hpp"
#include "kiosk/signing/keys.hpp"

using namespace kiosk::signing;

namespace {

constexpr const char* kTestKeyPrivate =
    "-----BEGIN PRIVATE KEY-----\n"
    "MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n"
    "-----END PRIVATE KEY-----\n";
constexpr const char* kTestKeyPublic =
    "-----BEGIN PUBLIC KEY-----\n"
    "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n"
    "-----END PUBLIC KEY-----\n";

const std::vector<CoveredComponent> kComponents{
    {"date", false, "Tue, 20 Apr 2021 02:07:55 GMT"},
    {"@method", false, "POST"},
    {"@path", false, "/foo"},
    {"@authority", false, "example.com"},
    {"content-type", false, "application/json"},
    {"content-length", false, "18"},
};

constexpr const char* kExpectedBase =
    "\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n"
    "\"@method\": POST\n"
    "\"@path\": /foo\n"
    "\"@authority\": example.com\n"
    "\"content-type\": application/json\n"
    "\"content-length\": 18\n"
    "\"@signature-params\": (\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" "
    "\"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";

constexpr const char* kExpectedSignature =
    "wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==";

}  // namespace

TEST_CASE("the signature base of RFC 9421 B.2.6 is reproduced byte for byte") {
    const std::string params =
        signatureParamsValue(kComponents, ";created=1618884473;keyid=\"test-key-ed25519\"");
    CHECK(signatureBase(kComponents, params) == kExpectedBase);
}

TEST_CASE("signing the B.2.6 base with the B.1.4 key gives the RFC's signature") {
    auto key = PrivateKey::fromPem(kTestKeyPrivate);
    REQUIRE(key);
    auto signature = key->sign(kExpectedBase);
    REQUIRE(signature);
    CHECK(base64Encode(*signature) == kExpectedSignature);
}

TEST_CASE("the RFC's signature verifies with the B.1.4 public key and fails on a changed base") {
    auto key = PublicKey::fromPem(kTestKeyPublic);
    REQUIRE(key);
    const auto signature = base64Decode(kExpectedSignature);
    REQUIRE(signature);
    CHECK(key->verify(kExpectedBase, *signature));
    std::string changed = kExpectedBase;
    changed.replace(changed.find("/foo"), 4, "/bar");
    CHECK_FALSE(key->verify(changed, *signature));
}

TEST_CASE("the B.1.4 private key's public half is the published public key") {
    auto key = PrivateKey::fromPem(kTestKeyPrivate);
    REQUIRE(key);
    auto pub = key->publicKey();
    REQUIRE(pub);
    CHECK(pub->toPem() == kTestKeyPublic);
}
