// kiosk-sync retries after timeouts, crashes and dropped connections, so every create and submit
// may arrive more than once. The portal must answer a retry with the first result and never make
// a second filing, and must refuse a key reused for different content (portal-integration.md §3.1).
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("a create retried with the same key and body gets the first response and no new filing") {
    TempDir dir("portal-idem-replay");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(501);

    const Reply first = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    REQUIRE(first.status == 201);
    CHECK(first.header("idempotent-replayed").empty());
    const Reply again = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    CHECK(again.status == 201);
    CHECK(again.body == first.body);
    CHECK(again.header("idempotent-replayed") == "true");
    CHECK(again.header("location") == first.header("location"));

    portal.stop();
    CHECK(exportFilings(dir.path() / "data").size() == 1);
}

TEST_CASE("the same key with a different body is refused with 422 and the filing is unchanged") {
    TempDir dir("portal-idem-conflict");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    SyntheticFiling filing = makeFiling(502);
    REQUIRE(kiosk.post("/filings", filing.text(), filing.clientFilingId).status == 201);

    filing.body["answers"]["ghi_chu"] = "nội dung khác";
    const Reply conflict = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    CHECK(conflict.status == 422);
    CHECK(conflict.header("content-type") == "application/problem+json");
    CHECK(conflict.json()["code"] == "idempotency_key_reused");
    CHECK(conflict.json()["retryable"] == false);

    portal.stop();
    const auto lines = exportFilings(dir.path() / "data");
    REQUIRE(lines.size() == 1);
    CHECK(json::parse(lines[0])["answers"]["ghi_chu"] != "nội dung khác");
}

TEST_CASE("a retried submit returns the same signed receipt, with the same or another key") {
    TempDir dir("portal-idem-submit");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(503, 1);
    const Delivered delivered = deliverFiling(kiosk, filing);

    const std::string path = "/filings/" + delivered.filingId + "/submit";
    const Reply replay = kiosk.post(path, "{}", filing.clientFilingId + ":submit");
    CHECK(replay.status == 202);
    CHECK(replay.body == delivered.receipt.body);
    CHECK(replay.header("signature") == delivered.receipt.header("signature"));
    CHECK(replay.header("idempotent-replayed") == "true");

    const Reply otherKey = kiosk.post(path, "{}", filing.clientFilingId + ":submit-2");
    CHECK(otherKey.status == 202);
    CHECK(otherKey.body == delivered.receipt.body);

    const json events = kiosk.get("/filings/" + delivered.filingId + "/events", delivered.proof()).json();
    CHECK(events["events"].size() == 1);  // submitted once
}

TEST_CASE("a refused submit is not remembered, so the same key succeeds once documents are uploaded") {
    TempDir dir("portal-idem-retry-after-fix");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(504, 1);
    const Reply created = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    const std::string filingId = created.json()["filing_id"];
    const std::string key = filing.clientFilingId + ":submit";

    CHECK(kiosk.post("/filings/" + filingId + "/submit", "{}", key).status == 409);
    const auto& doc = filing.documents[0];
    CHECK(kiosk.put("/filings/" + filingId + "/documents/" + doc.sha256, doc.bytes, doc.mediaType).status == 201);
    CHECK(kiosk.post("/filings/" + filingId + "/submit", "{}", key).status == 202);
}

TEST_CASE("a create needs an Idempotency-Key equal to its client_filing_id") {
    TempDir dir("portal-idem-key");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(505);

    const Reply missing = kiosk.post("/filings", filing.text(), "");
    CHECK(missing.status == 400);
    CHECK(missing.json()["code"] == "idempotency_key_missing");
    const Reply mismatch = kiosk.post("/filings", filing.text(), "another-key");
    CHECK(mismatch.status == 400);
    CHECK(mismatch.json()["code"] == "idempotency_key_mismatch");
    const Reply badKey = kiosk.post("/filings", filing.text(), "key with spaces");
    CHECK(badKey.status == 400);
}

TEST_CASE("the draft's quoted Idempotency-Key form names the same key") {
    TempDir dir("portal-idem-quoted");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(506);
    const Reply bare = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    const Reply quoted = kiosk.post("/filings", filing.text(), "\"" + filing.clientFilingId + "\"");
    CHECK(quoted.status == 201);
    CHECK(quoted.body == bare.body);
    CHECK(quoted.header("idempotent-replayed") == "true");
}

TEST_CASE("idempotency keys are scoped per kiosk") {
    TempDir dir("portal-idem-scope");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"});
    KioskClient a(dir.path() / "data", "KIOSK-A", portal.url());
    KioskClient b(dir.path() / "data", "KIOSK-B", portal.url());
    const SyntheticFiling filing = makeFiling(507);
    const Reply fromA = a.post("/filings", filing.text(), filing.clientFilingId);
    const Reply fromB = b.post("/filings", filing.text(), filing.clientFilingId);
    REQUIRE(fromA.status == 201);
    REQUIRE(fromB.status == 201);
    CHECK(fromB.header("idempotent-replayed").empty());
    CHECK(fromA.json()["ma_ho_so"] != fromB.json()["ma_ho_so"]);
}
