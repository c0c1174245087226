// Reading the portal's replies defensively: only the promised status with a well-formed JSON
// body is a success; a captive page, text, cut or mistyped JSON, or a reply about another filing
// is a retryable failure; the portal's own refusals keep their code and decide retry or not.
#include <doctest/doctest.h>

#include "kiosk/portal_client/replies.hpp"
#include "kiosk/portal_client/reply_failure.hpp"

using namespace kiosk::portal_client;
using namespace std::chrono;

namespace {

const sys_seconds kNow = sys_days{year{2025} / 11 / 22} + hours{2};
const std::string kId = "6f1c2a4e-0b7d-4c1e-9a51-1d2f3e4a5b6c";
const std::string kSha(64, 'a');

HttpResponse reply(long status, std::string type, std::string body) {
    HttpResponse r;
    r.status = status;
    if (!type.empty()) r.headers["content-type"] = std::move(type);
    r.body = std::move(body);
    return r;
}

std::string created(const std::string& missing = "[\"" + std::string(64, 'a') + "\"]") {
    return R"({"filing_id":"f-1","client_filing_id":")" + kId +
           R"(","ma_ho_so":"000.00.00.H66-251122-0001","status":"draft","missing_documents":)" + missing + "}";
}

}  // namespace

TEST_CASE("create: 201 with the expected body is the only success") {
    auto ok = readCreated(reply(201, "application/json; charset=utf-8", created()), kId, {kSha}, kNow);
    REQUIRE(ok.ok());
    CHECK(ok->filingId == "f-1");
    CHECK(ok->maHoSo == "000.00.00.H66-251122-0001");
    CHECK(ok->missingDocuments == std::vector<std::string>{kSha});

    const auto failed = [](const HttpResponse& r) {
        auto result = readCreated(r, kId, {kSha}, kNow);
        REQUIRE_FALSE(result.ok());
        return result.error();
    };
    CHECK(failed(reply(200, "application/json", created())).error.code == "portal.unexpected_status_200");
    CHECK(failed(reply(200, "text/html", "<html>Wi-Fi</html>")).error.code == "portal.captive");
    CHECK(failed(reply(201, "text/html", "<html>Wi-Fi</html>")).error.code == "portal.not_json");
    CHECK(failed(reply(201, "application/json", created().substr(0, 40))).error.code == "portal.bad_reply");
    CHECK(failed(reply(201, "application/json", "[1,2]")).error.code == "portal.bad_reply");
    CHECK(failed(reply(201, "application/json", R"({"filing_id":7})")).error.code == "portal.bad_reply");
    // About another filing, or missing a document we never declared: a mixed-up reply.
    auto other = created();
    other.replace(other.find(kId), kId.size(), std::string(kId.size(), '0'));
    CHECK(failed(reply(201, "application/json", other)).error.code == "portal.bad_reply");
    CHECK(failed(reply(201, "application/json", created("[\"" + std::string(64, 'b') + "\"]"))).error.code ==
          "portal.bad_reply");
    CHECK(failed(reply(201, "application/json", created("[\"../../etc\"]"))).retryable);
    // A ma_ho_so with characters no code has is refused rather than stored.
    auto odd = created();
    odd.replace(odd.find("000.00.00.H66"), 3, "<b>");
    CHECK(failed(reply(201, "application/json", odd)).error.code == "portal.bad_reply");
    // Nested far too deep (a hostile or broken proxy): refused before it is built, retried.
    auto deep = created();
    deep.insert(deep.size() - 1, R"(,"junk":)" + std::string(100000, '[') + std::string(100000, ']'));
    CHECK(failed(reply(201, "application/json", deep)).error.code == "portal.bad_reply");
    CHECK(failed(reply(201, "application/json", deep)).retryable);
    const auto deepProblem = reply(400, "application/problem+json",
                                   R"({"status":400,"code":"bad_request","x":)" + std::string(50000, '[') + std::string(50000, ']') + "}");
    CHECK(failed(deepProblem).error.code == "portal.http_400");
}

TEST_CASE("the portal's refusals: code kept, retry decided by status and code") {
    const auto problem = [](long status, const std::string& code) {
        return reply(status, "application/problem+json",
                     R"({"type":"urn:x","title":"t","status":)" + std::to_string(status) + R"(,"code":")" + code + "\"}");
    };
    auto f = failureFromReply(problem(422, "idempotency_key_reused"), kNow);
    CHECK(f.error.code == "portal.422.idempotency_key_reused");
    CHECK_FALSE(f.retryable);
    CHECK_FALSE(failureFromReply(problem(400, "bad_request"), kNow).retryable);
    CHECK_FALSE(failureFromReply(problem(409, "invalid_transition"), kNow).retryable);
    CHECK(failureFromReply(problem(409, "missing_documents"), kNow).retryable);
    CHECK(failureFromReply(problem(401, "signature_expired"), kNow).retryable);
    CHECK(failureFromReply(problem(500, "internal_error"), kNow).retryable);
    // An unknown code is not copied (it comes from the network).
    CHECK(failureFromReply(problem(403, "Nguyen Van A"), kNow).error.code == "portal.403.other");

    auto busy = problem(503, "overloaded");
    busy.headers["retry-after"] = "3";
    f = failureFromReply(busy, kNow);
    CHECK(f.retryable);
    REQUIRE(f.retryAfter);
    CHECK(*f.retryAfter == seconds{3});

    // A proxy's HTML error page, even a 4xx, is not the portal refusing the filing.
    f = failureFromReply(reply(404, "text/html", "<h1>Not Found</h1>"), kNow);
    CHECK(f.error.code == "portal.http_404");
    CHECK(f.retryable);
    // problem+json whose status disagrees with the response: not trusted either.
    auto mismatch = problem(400, "bad_request");
    mismatch.status = 403;
    CHECK(failureFromReply(mismatch, kNow).error.code == "portal.http_403");
}

TEST_CASE("receipts, feed pages, payments: shapes checked") {
    const std::string receipt = R"({"receipt_id":"r-1","filing_id":"f-1","client_filing_id":")" + kId +
                                R"(","ma_ho_so":"000.00.00.H66-251122-0001","status":"submitted","trang_thai_ho_so":1,)"
                                R"("received_at":"2025-11-22T09:15:04+07:00","due_at":"2025-11-27T17:00:00+07:00"})";
    auto r = readAcknowledgement(reply(202, "application/json", receipt), kId, "f-1", kNow);
    REQUIRE(r.ok());
    CHECK(r->body == receipt);
    CHECK_FALSE(readAcknowledgement(reply(201, "application/json", receipt), kId, "f-1", kNow).ok());
    CHECK_FALSE(readAcknowledgement(reply(202, "application/json", receipt), kId, "f-2", kNow).ok());
    // The look-up code is taken only exactly as the portal issues it (§4.5).
    auto withCode = receipt;
    withCode.insert(withCode.size() - 1, R"(,"lookup_code":"K7M3PX")");
    auto coded = readAcknowledgement(reply(202, "application/json", withCode), kId, "f-1", kNow);
    REQUIRE(coded.ok());
    CHECK(coded->lookupSecret == "K7M3PX");
    CHECK(r->lookupSecret.empty());
    for (const char* bad : {"k7m3px", "K7M3P0", "K7M3PXX", "K7M 3PX"}) {
        auto wrong = receipt;
        wrong.insert(wrong.size() - 1, std::string(R"(,"lookup_code":")") + bad + '"');
        CHECK_FALSE(readAcknowledgement(reply(202, "application/json", wrong), kId, "f-1", kNow).ok());
    }

    const std::string page =
        R"({"changes":[{"seq":17,"at":"2025-11-23T10:00:00+07:00","filing_id":"f-1","client_filing_id":")" + kId +
        R"(","ma_ho_so":"000.00.00.H66-251122-0001","action":"request_supplement","status":"supplement_requested",)"
        R"("trang_thai_ho_so":5,"due_at":null,"note":"Mang bản chính\ngiấy chứng sinh"}],"next_cursor":"17","has_more":false})";
    auto p = readChanges(reply(200, "application/json", page), kNow);
    REQUIRE(p.ok());
    REQUIRE(p->changes.size() == 1);
    CHECK(p->changes[0].note == "Mang bản chính\ngiấy chứng sinh");
    CHECK(p->changes[0].trangThaiHoSo == 5);
    CHECK(p->nextCursor == "17");
    auto badNote = page;
    badNote.replace(badNote.find("\\ngi"), 2, "\\u0007");
    CHECK_FALSE(readChanges(reply(200, "application/json", badNote), kNow).ok());
    auto badSeq = page;
    badSeq.replace(badSeq.find("17,"), 2, "\"17\"");
    CHECK_FALSE(readChanges(reply(200, "application/json", badSeq), kNow).ok());

    CHECK_FALSE(readPaymentIntent(reply(201, "application/json", R"({"payment_intent_id":"p-1","amount":"8000"})"), kNow).ok());
    auto status = readPaymentStatus(
        reply(200, "application/json", R"({"payment_intent_id":"p-1","status":"paid","paid_at":"2025-11-22T09:20:00+07:00"})"),
        kNow);
    REQUIRE(status.ok());
    CHECK(status->status == "paid");
    CHECK(status->bankReference.empty());
    auto withBank = readPaymentStatus(
        reply(
            200, "application/json",
            R"({"payment_intent_id":"p-1","status":"paid","paid_at":"2025-11-22T09:20:00+07:00","bank_reference":"FT25319000123"})"),
        kNow);
    REQUIRE(withBank.ok());
    CHECK(withBank->bankReference == "FT25319000123");
    CHECK_FALSE(readPaymentStatus(reply(200, "application/json",
                                        R"({"payment_intent_id":"p-1","status":"paid","bank_reference":"FT 1; DROP"})"),
                                  kNow)
                    .ok());
}

TEST_CASE("preflight: only a 204 from an API v1 portal") {
    auto ok = reply(204, "", "");
    ok.headers["x-portal-api-version"] = "1";
    ok.headers["date"] = "Sat, 22 Nov 2025 02:00:30 GMT";
    ok.headers["x-max-part-bytes"] = "20971520";
    auto p = readPreflight(ok, kNow);
    REQUIRE(p.ok());
    REQUIRE(p->serverTime);
    CHECK(*p->serverTime - kNow == seconds{30});
    CHECK(p->maxPartBytes == 20971520);
    CHECK(readPreflight(reply(200, "text/html", "<html/>"), kNow).error().error.code == "portal.preflight");
}
