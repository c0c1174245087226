// An electronic result at a kiosk (docs/portal-api.md §4.16): the PDF staff attached to
// return_result is read only with the owner's proof (or by staff), byte for byte, and only a
// document the filing's result names; the kiosk records that it handed it over, once per filing
// and document (the same answer again, whichever kiosk asks), and staff see the hand-over.
#include <doctest/doctest.h>

#include "kiosk/signing/digest.hpp"
#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

// POST …/handover signed as every kiosk POST, with the owner's proof beside the signature.
Reply handover(const KioskClient& kiosk, const std::string& filingId, const std::string& sha256,
               const HeaderList& proof, const std::string& key = "") {
    const std::string idempotencyKey = key.empty() ? filingId + ":handover:" + sha256.substr(0, 16) : key;
    SignedRequest request = kiosk.sign("POST", "/filings/" + filingId + "/handover", json{{"sha256", sha256}}.dump(),
                                       idempotencyKey);
    for (const auto& header : proof) request.headers.push_back(header);
    return kiosk.send(request);
}

}  // namespace

TEST_CASE("a returned result is read with the owner's proof and its hand-over recorded once") {
    TempDir dir("portal-handover");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-B"});
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    KioskClient other(dir.path() / "data", "KIOSK-B", portal.url());
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());
    const auto filing = deliverFiling(kiosk, makeFiling(1401, 0));
    const std::string pdf = "%PDF-1.4\n% the birth certificate, synthetic\n%%EOF\n";
    const std::string sha = kiosk::signing::sha256Hex(pdf);
    const std::string resultPath = "/filings/" + filing.filingId + "/results/" + sha;

    // Before the result is returned there is nothing to read or hand over.
    CHECK(kiosk.get(resultPath, filing.proof()).status == 404);
    CHECK(handover(kiosk, filing.filingId, sha, filing.proof(), "before-return").json()["code"] ==
          "invalid_transition");
    for (const char* action : {"accept", "approve"}) {
        REQUIRE(staff.post("/filings/" + filing.filingId + "/actions", json{{"action", action}}.dump()).status == 201);
    }
    REQUIRE(staff.put(resultPath, pdf, "application/pdf").status == 201);
    const json result{{"action", "return_result"},
                      {"results", json::array({{{"name", "Giấy khai sinh"}, {"sha256", sha}}})}};
    REQUIRE(staff.post("/filings/" + filing.filingId + "/actions", result.dump()).status == 201);

    // The kiosk's status feed names the document and how the result is delivered, so the kiosk
    // knows there is something to print.
    const json changes = kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes").json()["changes"];
    REQUIRE(!changes.empty());
    const json& returned = changes.back();
    CHECK(returned["action"] == "return_result");
    CHECK(returned["result_delivery"].is_string());
    REQUIRE(returned["results"].size() == 1);
    CHECK(returned["results"][0]["sha256"] == sha);
    CHECK(changes.front()["results"].empty());

    // The owner's proof opens it, byte for byte; without one the kiosk is refused, and another
    // kiosk without one does not even see the filing.
    const Reply read = kiosk.get(resultPath, filing.proof());
    REQUIRE(read.status == 200);
    CHECK(read.header("content-type") == "application/pdf");
    CHECK(read.body == pdf);
    CHECK(kiosk.get(resultPath).json()["code"] == "owner_proof_required");
    CHECK(other.get(resultPath).status == 404);
    CHECK(other.get(resultPath, filing.proof()).body == pdf);
    CHECK(staff.get(resultPath).body == pdf);
    // Only a document the result names: a document of the filing itself is not a result.
    const std::string unnamed = "/filings/" + filing.filingId + "/results/" + std::string(64, 'a');
    CHECK(kiosk.get(unnamed, filing.proof()).json()["code"] == "not_found");
    CHECK(kiosk.get("/filings/" + filing.filingId + "/results/not-a-hash", filing.proof()).status == 404);
    // A wrong proof is refused as on every read.
    CHECK(kiosk.get(resultPath, {{"Lookup-Code", "AAAAAA"}}).json()["code"] == "owner_proof_wrong");

    // The hand-over: 201 the first time, the same record again after (a kiosk that lost the
    // answer asks again), also from another kiosk.
    CHECK(handover(kiosk, filing.filingId, sha, {}, "no-proof").json()["code"] == "owner_proof_required");
    const Reply first = handover(kiosk, filing.filingId, sha, filing.proof());
    REQUIRE_MESSAGE(first.status == 201, first.body);
    CHECK(first.json()["kiosk_id"] == "KIOSK-DEMO-01");
    CHECK(first.json()["sha256"] == sha);
    // The kiosk's own retry under the same key is the stored answer; without a key it is refused.
    const Reply replay = handover(kiosk, filing.filingId, sha, filing.proof());
    CHECK(replay.status == 201);
    CHECK(replay.json() == first.json());
    SignedRequest keyless = kiosk.sign("POST", "/filings/" + filing.filingId + "/handover",
                                       json{{"sha256", sha}}.dump(), "");
    for (const auto& header : filing.proof()) keyless.headers.push_back(header);
    CHECK(kiosk.send(keyless).json()["code"] == "idempotency_key_missing");
    const Reply again = handover(other, filing.filingId, sha, filing.proof(), "other-kiosk-key");
    CHECK(again.status == 200);
    CHECK(again.json() == first.json());
    CHECK(handover(kiosk, filing.filingId, std::string(64, 'b'), filing.proof()).status == 404);
    CHECK(handover(kiosk, filing.filingId, "short", filing.proof()).status == 400);

    // Staff see it on the filing and in the work queue (the desk's indicators).
    const json seen = staff.get("/filings/" + filing.filingId).json();
    REQUIRE(seen["handovers"].size() == 1);
    CHECK(seen["handovers"][0]["handed_over_at"] == first.json()["handed_over_at"]);
    CHECK(staff.get("/filings").json()["filings"][0]["handovers"].size() == 1);
    CHECK(portal.stop() == 0);
}
