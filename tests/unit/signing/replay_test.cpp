// A used nonce cannot carry another request: the portal refuses a nonce it has seen with any
// other signature, and a `created` outside the window. The very same signed request sent again
// (libcurl does so when a kept-alive connection dies) is told apart and let through, since
// every kiosk write is idempotent.
// Time is passed in, so these tests move the clock instead of sleeping.
#include <doctest/doctest.h>

#include <map>

#include "kiosk/signing/http_signature.hpp"

using namespace kiosk::signing;
using namespace std::chrono_literals;

namespace {

const std::chrono::sys_seconds kSignedAt{std::chrono::seconds(1763778000)};

struct Signed {
    std::map<std::string, std::string> headers;
    std::string body = "{}";
};

Signed sign(const PrivateKey& key, std::chrono::sys_seconds created, std::string nonce = {},
            const std::string& body = "{}") {
    OutgoingRequest request{"POST", "https://portal/api/v1/filings/f/submit", "application/json",
                            body, "f:submit"};
    SignOptions options{"K1", created};
    options.nonce = std::move(nonce);
    auto headers = signRequest(request, key, options);
    REQUIRE(headers);
    return Signed{{{"content-type", "application/json"},
                   {"idempotency-key", "f:submit"},
                   {"content-digest", headers->contentDigest},
                   {"signature-input", headers->signatureInput},
                   {"signature", headers->signature}},
                  body};
}

kiosk::Result<VerifiedSignature> verifyAt(const Signed& s, const PublicKey& pub,
                                          std::chrono::sys_seconds now, NonceCache& nonces) {
    IncomingRequest in{"POST", "https://portal/api/v1/filings/f/submit", s.body,
                       [&](std::string_view name) {
                           auto it = s.headers.find(std::string(name));
                           return it == s.headers.end() ? std::nullopt
                                                        : std::optional<std::string>(it->second);
                       }};
    return verifyRequest(in, pub, VerifyPolicy{"K1", requestComponents(true), now}, nonces);
}

}  // namespace

TEST_CASE("the same signed request sent again is known as a re-send; another one with its nonce is refused") {
    auto key = PrivateKey::generate();
    MemoryNonceCache nonces;
    const Signed s = sign(*key, kSignedAt, "fixed-nonce");
    auto first = verifyAt(s, *key->publicKey(), kSignedAt + 1s, nonces);
    REQUIRE(first);
    CHECK_FALSE(first->resent);
    // libcurl re-sending the very same bytes after a kept-alive connection died.
    auto again = verifyAt(s, *key->publicKey(), kSignedAt + 2s, nonces);
    REQUIRE(again);
    CHECK(again->resent);
    // Another request (another body, so another signature) with the used nonce: a replay.
    Signed other = sign(*key, kSignedAt, "fixed-nonce", R"({"other":true})");
    auto replay = verifyAt(other, *key->publicKey(), kSignedAt + 3s, nonces);
    REQUIRE_FALSE(replay);
    CHECK(replay.error().code == "signing.nonce_reused");
}

TEST_CASE("a re-signed retry with a fresh nonce is accepted") {
    auto key = PrivateKey::generate();
    MemoryNonceCache nonces;
    CHECK(verifyAt(sign(*key, kSignedAt), *key->publicKey(), kSignedAt, nonces));
    CHECK(verifyAt(sign(*key, kSignedAt + 5s), *key->publicKey(), kSignedAt + 5s, nonces));
}

TEST_CASE("a request older than the window is refused even with an unseen nonce") {
    auto key = PrivateKey::generate();
    MemoryNonceCache nonces;
    auto result = verifyAt(sign(*key, kSignedAt), *key->publicKey(), kSignedAt + 301s, nonces);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == "signing.expired");
    CHECK(verifyAt(sign(*key, kSignedAt), *key->publicKey(), kSignedAt + 299s, nonces));
}

TEST_CASE("a request from a clock far ahead is refused") {
    auto key = PrivateKey::generate();
    MemoryNonceCache nonces;
    auto result = verifyAt(sign(*key, kSignedAt + 61s), *key->publicKey(), kSignedAt, nonces);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == "signing.expired");
    CHECK(verifyAt(sign(*key, kSignedAt + 59s), *key->publicKey(), kSignedAt, nonces));
}

TEST_CASE("a refused signature does not use up its nonce") {
    auto key = PrivateKey::generate();
    auto other = PrivateKey::generate();
    MemoryNonceCache nonces;
    const Signed forged = sign(*other, kSignedAt, "fixed-nonce");
    CHECK_FALSE(verifyAt(forged, *key->publicKey(), kSignedAt, nonces));
    CHECK(verifyAt(sign(*key, kSignedAt, "fixed-nonce"), *key->publicKey(), kSignedAt, nonces));
}

TEST_CASE("the memory nonce cache forgets entries once they are past their keep time") {
    MemoryNonceCache cache;
    CHECK(cache.remember("K1", "n1", "s1", kSignedAt + 10s, kSignedAt) == NonceUse::First);
    CHECK(cache.remember("K1", "n1", "s1", kSignedAt + 10s, kSignedAt + 5s) == NonceUse::SameRequest);
    CHECK(cache.remember("K1", "n1", "s2", kSignedAt + 10s, kSignedAt + 5s) == NonceUse::Reused);
    CHECK(cache.remember("K2", "n1", "s1", kSignedAt + 10s, kSignedAt + 5s) == NonceUse::First);  // per key
    CHECK(cache.size() == 2);
    CHECK(cache.remember("K1", "n2", "s3", kSignedAt + 30s, kSignedAt + 11s) == NonceUse::First);
    CHECK(cache.size() == 1);
    CHECK(cache.remember("K1", "n1", "s2", kSignedAt + 40s, kSignedAt + 12s) == NonceUse::First);
}
