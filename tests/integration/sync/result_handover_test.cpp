// An electronic result, kiosk side (docs/portal-api.md §4.16): staff return a result with a PDF
// on the real portal, two documents; kiosk-sync's feed puts both digests, in order, and the
// delivery method into the status cache; the kiosk's client reads a PDF only with the filing's
// look-up code and checks it; the hand-over of each document recorded in the outbox (twice, as a
// second print would) reaches the portal exactly once per document through kiosk-sync, with the
// look-up code the outbox keeps sealed as the owner's proof.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiosk/portal_client/enrollment.hpp"
#include "kiosk/portal_client/portal_client.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk_client.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE(
    "a returned result reaches the status cache, is read with the look-up code and handed over once per document") {
    TempDir dir("sync-result");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);
    SyncKiosk kiosk(data);
    const auto filings = kiosk.enqueue(1, 1, 1000, 0);
    REQUIRE(kiosk.run({"--drain"}) == 0);
    auto box = kiosk.open();
    const std::string reference = filings[0].localReference;
    const auto delivered = box->statusOf(reference)->value();
    const std::string filingId = nlohmann::json::parse(exportFilings(data).at(0))["filing_id"].get<std::string>();
    CHECK(delivered.resultDigests.empty());

    const StaffClient staff = staffClient(data, portal.url());
    const std::string pdf = "%PDF-1.4\n% Giay khai sinh (ban dien tu), synthetic\n%%EOF\n";
    const std::string sha = signing::sha256Hex(pdf);
    const std::string extract = "%PDF-1.4\n% Trich luc khai sinh (ban dien tu), synthetic\n%%EOF\n";
    const std::string extractSha = signing::sha256Hex(extract);
    for (const char* action : {"accept", "approve"}) {
        REQUIRE(staff.post("/filings/" + filingId + "/actions", nlohmann::json{{"action", action}}.dump()).status ==
                201);
    }
    REQUIRE(staff.put("/filings/" + filingId + "/results/" + sha, pdf, "application/pdf").status == 201);
    REQUIRE(staff.put("/filings/" + filingId + "/results/" + extractSha, extract, "application/pdf").status == 201);
    const nlohmann::json result{{"action", "return_result"},
                                {"results", nlohmann::json::array({{{"name", "Giấy khai sinh"}, {"sha256", sha}},
                                                                   {{"name", "Trích lục"}, {"sha256", extractSha}}})}};
    REQUIRE(staff.post("/filings/" + filingId + "/actions", result.dump()).status == 201);
    REQUIRE(kiosk.run({"--once"}) == 0);
    INFO(kiosk.log());

    const auto returned = box->statusOf(reference)->value();
    CHECK(returned.status == "result_returned");
    CHECK(returned.resultDigests == std::vector<std::string>{sha, extractSha});
    CHECK(returned.resultDelivery == "desk");  // as the synthetic filing chose; the feed says so
    CHECK_FALSE(returned.handedOver);
    REQUIRE_FALSE(returned.lookupSecret.empty());

    // The kiosk's own client: the PDF with the look-up code, byte for byte; refused without the
    // right one, and a digest the result does not name is no document.
    auto enrollment = portal_client::readEnrollment(kiosk.enrollmentDir());
    REQUIRE(enrollment.ok());
    auto client = portal_client::PortalClient::open(portal_client::settingsFor(*enrollment));
    REQUIRE(client.ok());
    auto read = (*client)->fetchResult(filingId, sha, {"Lookup-Code", returned.lookupSecret});
    REQUIRE_MESSAGE(read.ok(), read.error().error.code);
    CHECK(*read == pdf);
    auto second = (*client)->fetchResult(filingId, extractSha, {"Lookup-Code", returned.lookupSecret});
    REQUIRE(second.ok());
    CHECK(*second == extract);
    auto wrong = (*client)->fetchResult(filingId, sha, {"Lookup-Code", "AAAAAA"});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().error.code == "portal.403.owner_proof_wrong");
    CHECK_FALSE((*client)->fetchResult(filingId, std::string(64, 'a'), {"Lookup-Code", returned.lookupSecret}).ok());

    // Printed twice at the kiosk: one hand-over per document, told to the portal once each. The
    // result counts as handed over only once both were.
    CHECK(*box->recordHandover(reference, sha) == true);
    CHECK(*box->recordHandover(reference, sha) == false);
    CHECK_FALSE(box->statusOf(reference)->value().handedOver);
    CHECK(*box->recordHandover(reference, extractSha) == true);
    CHECK(box->statusOf(reference)->value().handedOver);
    REQUIRE(kiosk.run({"--once"}) == 0);
    REQUIRE(kiosk.run({"--once"}) == 0);
    const auto seen = staff.get("/filings/" + filingId).json();
    REQUIRE(seen["handovers"].size() == 2);
    CHECK(seen["handovers"][0]["sha256"] == sha);
    CHECK(seen["handovers"][1]["sha256"] == extractSha);
    CHECK(seen["handovers"][0]["kiosk_id"] == kKioskId);
    CHECK(box->handoversToSync()->empty());
    // The look-up code travels in a header only: never in kiosk-sync's log.
    CHECK(kiosk.log().find(returned.lookupSecret) == std::string::npos);
    portal.stop();
}
