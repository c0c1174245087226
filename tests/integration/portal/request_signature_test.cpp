// Every kiosk write carries an Ed25519 signature over method, URL, body digest, media type and
// idempotency key (docs/portal-api.md §2.2). The portal must refuse unsigned, forged, altered,
// stale and replayed requests with 401 problems, including a replay after a restart.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

std::chrono::sys_seconds nowSeconds() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string codeOf(const Reply& reply) { return reply.json().value("code", ""); }

// Replaces a header's value in a signed request.
void setHeader(SignedRequest& request, const std::string& name, const std::string& value) {
    for (auto& [n, v] : request.headers) {
        if (n == name) v = value;
    }
}

}  // namespace

TEST_CASE("an unsigned write is refused with 401 signature_missing") {
    TempDir dir("portal-sig-missing");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(701);
    const Reply reply = httpsRequest(kiosk.identity(), "POST", portal.url() + "/filings", filing.text(),
                                     {{"Content-Type", "application/json"},
                                      {"Idempotency-Key", filing.clientFilingId}});
    CHECK(reply.status == 401);
    CHECK(codeOf(reply) == "signature_missing");
}

TEST_CASE("a signature made with a key that is not the kiosk's enrolled key is refused") {
    TempDir dir("portal-sig-forged");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(702);
    auto forger = kiosk::signing::PrivateKey::generate();
    REQUIRE(forger);
    const std::string url = portal.url() + "/filings";
    auto headers = kiosk::signing::signRequest(
        {"POST", url, "application/json", filing.text(), filing.clientFilingId}, *forger,
        kiosk::signing::SignOptions("KIOSK-DEMO-01", nowSeconds()));
    REQUIRE(headers);
    const Reply reply = httpsRequest(kiosk.identity(), "POST", url, filing.text(),
                                     {{"Content-Type", "application/json"},
                                      {"Idempotency-Key", filing.clientFilingId},
                                      {"Content-Digest", headers->contentDigest},
                                      {"Signature-Input", headers->signatureInput},
                                      {"Signature", headers->signature}});
    CHECK(reply.status == 401);
    CHECK(codeOf(reply) == "signature_invalid");
}

TEST_CASE("a body, URL or key changed after signing is refused") {
    TempDir dir("portal-sig-altered");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(703);

    SignedRequest body = kiosk.sign("POST", "/filings", filing.text(), filing.clientFilingId);
    body.body.back() = ' ';
    CHECK(codeOf(kiosk.send(body)) == "content_digest_mismatch");

    SignedRequest url = kiosk.sign("POST", "/filings", filing.text(), filing.clientFilingId);
    url.url += "?x=1";
    CHECK(codeOf(kiosk.send(url)) == "signature_invalid");

    SignedRequest key = kiosk.sign("POST", "/filings", filing.text(), filing.clientFilingId);
    setHeader(key, "Idempotency-Key", filing.clientFilingId + "0");
    CHECK(codeOf(kiosk.send(key)) == "signature_invalid");

    portal.stop();
    CHECK(exportFilings(dir.path() / "data").empty());
}

TEST_CASE("a request signed with another kiosk's keyid is refused") {
    TempDir dir("portal-sig-keyid");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    auto key = kiosk::signing::loadPrivateKey(dir.path() / "data" / "enroll" / "KIOSK-DEMO-01" / "signing.key");
    REQUIRE(key);
    const std::string url = portal.url() + "/kiosks/KIOSK-DEMO-01/heartbeat";
    auto headers = kiosk::signing::signRequest({"PUT", url, "application/json", "{}", ""}, *key,
                                               kiosk::signing::SignOptions("KIOSK-OTHER", nowSeconds()));
    REQUIRE(headers);
    const Reply reply = httpsRequest(kiosk.identity(), "PUT", url, "{}",
                                     {{"Content-Type", "application/json"},
                                      {"Content-Digest", headers->contentDigest},
                                      {"Signature-Input", headers->signatureInput},
                                      {"Signature", headers->signature}});
    CHECK(reply.status == 401);
    CHECK(codeOf(reply) == "signature_key_mismatch");
}

TEST_CASE("a signature that does not cover the idempotency key is refused") {
    TempDir dir("portal-sig-components");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(704);
    SignedRequest request = kiosk.sign("POST", "/filings", filing.text(), "");
    request.headers.emplace_back("Idempotency-Key", filing.clientFilingId);
    const Reply reply = kiosk.send(request);
    CHECK(reply.status == 401);
    CHECK(codeOf(reply) == "signature_malformed");
}

TEST_CASE("a request signed too long ago, or too far in the future, is refused") {
    TempDir dir("portal-sig-age");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(705);
    const Reply old = kiosk.send(kiosk.sign("POST", "/filings", filing.text(), filing.clientFilingId,
                                            "application/json", nowSeconds() - 400s));
    CHECK(old.status == 401);
    CHECK(codeOf(old) == "signature_expired");
    const Reply future = kiosk.send(kiosk.sign("POST", "/filings", filing.text(), filing.clientFilingId,
                                               "application/json", nowSeconds() + 400s));
    CHECK(codeOf(future) == "signature_expired");
    CHECK(kiosk.post("/filings", filing.text(), filing.clientFilingId).status == 201);
}

TEST_CASE("a byte-identical re-send gets the stored answer; another request with a used nonce is refused, also after a restart") {
    TempDir dir("portal-sig-replay");
    const auto data = dir.path() / "data";
    const SyntheticFiling filing = makeFiling(706);
    const SyntheticFiling other = makeFiling(707);
    const std::string nonce = "nonce-706-fixed";
    std::optional<SignedRequest> captured;
    int port = 0;
    std::string filingId;
    {
        PortalProcess portal(data);
        port = portal.port();
        KioskClient kiosk(data, "KIOSK-DEMO-01", portal.url());
        captured = kiosk.sign("POST", "/filings", filing.text(), filing.clientFilingId,
                              "application/json", std::nullopt, nonce);
        const Reply first = kiosk.send(*captured);
        REQUIRE(first.status == 201);
        filingId = first.json()["filing_id"];
        // libcurl re-sending the same bytes after a kept-alive connection died: the same answer.
        const Reply resent = kiosk.send(*captured);
        CHECK(resent.status == 201);
        CHECK(resent.header("idempotent-replayed") == "true");
        CHECK(resent.json()["filing_id"] == filingId);
        // Another filing signed with the used nonce is a replay.
        const Reply replay = kiosk.send(kiosk.sign("POST", "/filings", other.text(), other.clientFilingId,
                                                   "application/json", std::nullopt, nonce));
        CHECK(replay.status == 401);
        CHECK(codeOf(replay) == "nonce_reused");
    }
    PortalProcess again(data, {}, port);
    KioskClient kiosk(data, "KIOSK-DEMO-01", again.url());
    REQUIRE(again.url() + "/filings" == captured->url);
    const Reply resent = kiosk.send(*captured);
    CHECK(resent.status == 201);
    CHECK(resent.json()["filing_id"] == filingId);
    const Reply replay = kiosk.send(kiosk.sign("POST", "/filings", other.text(), other.clientFilingId,
                                               "application/json", std::nullopt, nonce));
    CHECK(codeOf(replay) == "nonce_reused");
    // The honest retry: same key and body, fresh signature.
    CHECK(kiosk.post("/filings", filing.text(), filing.clientFilingId).header("idempotent-replayed") == "true");
    CHECK(exportFilings(data).size() == 1);
}

TEST_CASE("reads need no signature, the client certificate is enough") {
    TempDir dir("portal-sig-reads");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    CHECK(kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes").status == 200);
}
