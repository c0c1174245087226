// The portal client's own logic, with a scripted transport in place of libcurl: each mutating
// request carries a signature the portal side accepts, a stale clock is re-synced once from the
// portal's Date, receipts count only with the portal's signature, and an identifier that could
// bend a URL is refused before anything is sent.
#include <doctest/doctest.h>

#include <deque>

#include "kiosk/portal_client/portal_client.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/http_signature.hpp"

using namespace kiosk;
using namespace kiosk::portal_client;
using namespace std::chrono;

namespace {

const std::string kBase = "https://127.0.0.1:8443/api/v1";
const std::string kKiosk = "KIOSK-DEMO-01";
const std::string kId = "6f1c2a4e-0b7d-4c1e-9a51-1d2f3e4a5b6c";
const sys_seconds kNow = sys_days{year{2025} / 11 / 22} + hours{2};

struct Seen {
    std::string method;
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    std::optional<std::string> header(std::string_view lower) const {
        for (const auto& [name, value] : headers) {
            std::string n = name;
            for (auto& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (n == lower) return value;
        }
        return std::nullopt;
    }
};

class Scripted final : public Transport {
public:
    std::deque<HttpResponse> replies;
    std::vector<Seen> seen;

    PortalResult<HttpResponse> perform(const HttpRequest& request) override {
        seen.push_back({request.method, request.url, request.headers, std::string(request.body)});
        if (replies.empty()) return makeFailure("network.connect", "no reply", true);
        HttpResponse r = replies.front();
        replies.pop_front();
        return r;
    }
};

HttpResponse json(long status, std::string body) {
    HttpResponse r;
    r.status = status;
    r.headers["content-type"] = status >= 400 ? "application/problem+json" : "application/json";
    r.body = std::move(body);
    return r;
}

struct Fixture {
    signing::PrivateKey kioskKey = *signing::PrivateKey::generate();
    signing::PrivateKey portalKey = *signing::PrivateKey::generate();
    Scripted* transport = nullptr;
    std::unique_ptr<PortalClient> client;

    Fixture() {
        auto owned = std::make_unique<Scripted>();
        transport = owned.get();
        client = std::make_unique<PortalClient>(kBase, kKiosk, kioskKey, *portalKey.publicKey(), "kiosk-portal",
                                                std::move(owned), [] { return kNow; });
    }

    // What kiosk-portal checks (portal-api.md §2.2), on what the client sent.
    Result<signing::VerifiedSignature> verify(const Seen& s, sys_seconds portalNow, bool withKey) {
        signing::MemoryNonceCache nonces;
        const signing::IncomingRequest in{s.method, s.url, s.body, [&s](std::string_view n) { return s.header(n); }};
        return signing::verifyRequest(in, *kioskKey.publicKey(),
                                      signing::VerifyPolicy(kKiosk, signing::requestComponents(withKey), portalNow), nonces);
    }
};

const std::string kCreated = R"({"filing_id":"f-1","client_filing_id":")" + kId +
                             R"(","ma_ho_so":"000.00.00.H66-251122-0001","status":"draft","missing_documents":[]})";

}  // namespace

TEST_CASE("a create is signed so that the portal's verifier accepts it") {
    Fixture f;
    f.transport->replies.push_back(json(201, kCreated));
    const std::string body = R"({"client_filing_id":")" + kId + R"(","service_code":"1.001193","answers":{}})";
    auto created = f.client->createFiling({kId, body, {}});
    REQUIRE(created.ok());
    REQUIRE(f.transport->seen.size() == 1);
    const Seen& s = f.transport->seen[0];
    CHECK(s.method == "POST");
    CHECK(s.url == kBase + "/filings");
    CHECK(s.header("idempotency-key") == kId);
    CHECK(s.header("content-digest") == signing::contentDigest(body));
    auto verified = f.verify(s, kNow, true);
    CHECK_MESSAGE(verified.ok(), (verified.ok() ? "" : verified.error().code));
}

TEST_CASE("signature_expired: the clock is learnt from HEAD /filings and the request re-signed once") {
    Fixture f;
    f.transport->replies.push_back(json(401, R"({"status":401,"code":"signature_expired"})"));
    HttpResponse head;
    head.status = 204;
    head.headers["x-portal-api-version"] = "1";
    head.headers["date"] = "Sat, 22 Nov 2025 02:10:00 GMT";  // the portal is 10 minutes ahead
    f.transport->replies.push_back(head);
    f.transport->replies.push_back(json(201, kCreated));
    auto created = f.client->createFiling({kId, "{}", {}});
    REQUIRE(created.ok());
    REQUIRE(f.transport->seen.size() == 3);
    CHECK(f.transport->seen[1].method == "HEAD");
    CHECK(f.client->clockOffset() == minutes{10});
    // The retry is acceptable to a portal 10 minutes ahead; the first one was not.
    CHECK(f.verify(f.transport->seen[2], kNow + minutes{10}, true).ok());
    CHECK_FALSE(f.verify(f.transport->seen[0], kNow + minutes{10}, true).ok());
    CHECK(f.transport->seen[0].header("signature") != f.transport->seen[2].header("signature"));
}

TEST_CASE("a receipt counts only with the portal's signature bound to our request") {
    const std::string receipt = R"({"receipt_id":"r-1","filing_id":"f-1","client_filing_id":")" + kId +
                                R"(","ma_ho_so":"000.00.00.H66-251122-0001","status":"submitted",)"
                                R"("received_at":"2025-11-22T09:15:04+07:00","due_at":"2025-11-27T17:00:00+07:00"})";
    const auto signedReceipt = [&](const signing::PrivateKey& key) {
        const signing::ResponseBinding binding{202, receipt, "POST", kBase + "/filings/f-1/submit", signing::contentDigest("{}")};
        auto headers = signing::signResponse(binding, key, signing::ResponseSignOptions("kiosk-portal", kNow));
        REQUIRE(headers.ok());
        HttpResponse r = json(202, receipt);
        r.headers["content-digest"] = headers->contentDigest;
        r.headers["signature-input"] = headers->signatureInput;
        r.headers["signature"] = headers->signature;
        return r;
    };
    Fixture f;
    f.transport->replies.push_back(signedReceipt(f.portalKey));
    auto ok = f.client->submit("f-1", kId);
    REQUIRE(ok.ok());
    CHECK(ok->acknowledgement.maHoSo == "000.00.00.H66-251122-0001");
    CHECK(ok->proofJson.find("signature_input") != std::string::npos);
    CHECK(f.transport->seen[0].header("idempotency-key") == kId + ":submit");

    const auto forger = *signing::PrivateKey::generate();
    f.transport->replies.push_back(signedReceipt(forger));
    auto forged = f.client->submit("f-1", kId);
    REQUIRE_FALSE(forged.ok());
    CHECK(forged.error().error.code == "portal.receipt_unsigned");
    CHECK(forged.error().retryable);
    f.transport->replies.push_back(json(202, receipt));  // no signature at all
    CHECK(f.client->submit("f-1", kId).error().error.code == "portal.receipt_unsigned");
}

TEST_CASE("identifiers that could bend a URL are refused before sending") {
    Fixture f;
    CHECK(f.client->submit("../kiosks/x", kId).error().error.code == "portal.unsafe_id");
    CHECK(f.client->uploadDocument("f-1", "not-a-hash", "image/jpeg", "x").error().error.code == "portal.unsafe_id");
    CHECK(f.client->paymentStatus("p-1?x=1").error().error.code == "portal.unsafe_id");
    CHECK(f.transport->seen.empty());
    CHECK(percentEncode("a b/ç") == "a%20b%2F%C3%A7");
}

// The portal stores results by their digest, so a mismatch cannot be provoked on the real one:
// a document changed on the way (a proxy, a wrong file) is refused, never printed.
TEST_CASE("a result document counts only when its bytes hash to the digest the status named") {
    const std::string pdf = "%PDF-1.4\n% the returned result, synthetic\n%%EOF\n";
    const std::string sha = signing::sha256Hex(pdf);
    const auto pdfReply = [](std::string body) {
        HttpResponse r;
        r.status = 200;
        r.headers["content-type"] = "application/pdf";
        r.body = std::move(body);
        return r;
    };
    Fixture f;
    f.transport->replies.push_back(pdfReply(pdf));
    auto read = f.client->fetchResult("f-1", sha, {"Lookup-Code", "K7M3PX"});
    REQUIRE(read.ok());
    CHECK(*read == pdf);
    CHECK(f.transport->seen.back().url == kBase + "/filings/f-1/results/" + sha);
    CHECK(f.transport->seen.back().header("lookup-code") == "K7M3PX");

    f.transport->replies.push_back(pdfReply(pdf + "% one line more\n"));
    auto changed = f.client->fetchResult("f-1", sha, {"Lookup-Code", "K7M3PX"});
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().error.code == "portal.result_mismatch");
    CHECK_FALSE(changed.error().retryable);
    HttpResponse page = json(200, R"({"not":"a pdf"})");
    f.transport->replies.push_back(page);
    CHECK(f.client->fetchResult("f-1", sha, {"Lookup-Code", "K7M3PX"}).error().error.code == "portal.result_mismatch");
    // A digest that is not one is refused before anything is sent.
    const auto sent = f.transport->seen.size();
    CHECK_FALSE(f.client->fetchResult("f-1", "../../kiosks", {"Lookup-Code", "K7M3PX"}).ok());
    CHECK(f.transport->seen.size() == sent);

    // The hand-over: signed, under the key given, with the proof; 200 (recorded before) counts too.
    f.transport->replies.push_back(json(200, R"({"filing_id":"f-1","sha256":")" + sha + R"(","kiosk_id":"K"})"));
    auto handed = f.client->recordHandover("f-1", sha, kId + ":handover:1", {"Lookup-Code", "K7M3PX"});
    CHECK(handed.ok());
    const Seen& s = f.transport->seen.back();
    CHECK(s.header("idempotency-key") == kId + ":handover:1");
    CHECK(s.header("lookup-code") == "K7M3PX");
    CHECK(f.verify(s, kNow, true).ok());
}
