// Staff move a filing through the one-stop states; each move must respect the state machine
// (docs/portal-api.md §4.10), carry the national TrangThaiHoSo code, and reach the kiosk through
// its status feed, because that is how a citizen later learns what happened to the filing.
#include <doctest/doctest.h>

#include "kiosk/signing/digest.hpp"
#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

struct Desk {
    TempDir dir{"portal-staff"};
    PortalProcess portal{dir.path() / "data"};
    KioskClient kiosk{dir.path() / "data", "KIOSK-DEMO-01", portal.url()};
    StaffClient staff = staffClient(dir.path() / "data", portal.url());

    Reply act(const std::string& filingId, const json& body, const HeaderList& headers = {}) const {
        return staff.post("/filings/" + filingId + "/actions", body.dump(), headers);
    }
};

}  // namespace

TEST_CASE("accept, start, approve and return the result; each step reaches the kiosk feed with its code") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(1001, 1));
    const std::vector<std::pair<std::string, int>> steps{
        {"accept", 2}, {"start_processing", 4}, {"approve", 9}, {"return_result", 10}};
    for (const auto& [action, code] : steps) {
        json body{{"action", action}, {"note", "Ghi chú " + action}};
        if (action == "return_result") body["results"] = json::array({{{"name", "Giấy khai sinh"}}});
        const Reply reply = desk.act(filing.filingId, body);
        REQUIRE_MESSAGE(reply.status == 201, reply.body);
        CHECK(reply.json()["trang_thai_ho_so"] == code);
        CHECK(reply.json()["event"]["operator_id"] == "STAFF-DEMO-01");
    }
    const json feed = desk.kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes").json();
    REQUIRE(feed["changes"].size() == 5);  // submit + four staff steps
    std::vector<int> codes;
    for (const auto& change : feed["changes"]) codes.push_back(change["trang_thai_ho_so"]);
    CHECK(codes == std::vector<int>{1, 2, 4, 9, 10});
    const json status = desk.kiosk.get("/filings/" + filing.filingId, filing.proof()).json();
    CHECK(status["status"] == "result_returned");
    CHECK_FALSE(status["returned_at"].is_null());
    CHECK(status["results"][0]["name"] == "Giấy khai sinh");
}

TEST_CASE("an action that the current status does not allow is refused with 409 and changes nothing") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(1002, 0));
    const Reply approve = desk.act(filing.filingId, {{"action", "approve"}});
    CHECK(approve.status == 409);
    CHECK(approve.json()["code"] == "invalid_transition");
    CHECK(desk.staff.get("/filings/" + filing.filingId).json()["status"] == "submitted");
    CHECK(desk.act(filing.filingId, {{"action", "fly"}}).status == 400);
}

TEST_CASE("reject needs a reason; before acceptance it refuses (3), after acceptance it stops (8)") {
    Desk desk;
    const auto early = deliverFiling(desk.kiosk, makeFiling(1003, 0));
    const Reply noReason = desk.act(early.filingId, {{"action", "reject"}});
    CHECK(noReason.status == 400);
    CHECK(noReason.json()["errors"][0]["pointer"] == "/reason");
    const Reply refused = desk.act(early.filingId, {{"action", "reject"}, {"reason", "Sai thẩm quyền"}});
    CHECK(refused.json()["status"] == "refused");
    CHECK(refused.json()["trang_thai_ho_so"] == 3);
    CHECK(desk.act(early.filingId, {{"action", "accept"}}).status == 409);  // final

    const auto late = deliverFiling(desk.kiosk, makeFiling(1004, 0));
    CHECK(desk.act(late.filingId, {{"action", "accept"}}).status == 201);
    const Reply stopped = desk.act(late.filingId, {{"action", "reject"}, {"reason", "Không đủ điều kiện"}});
    CHECK(stopped.json()["status"] == "stopped");
    CHECK(stopped.json()["trang_thai_ho_so"] == 8);
}

TEST_CASE("a supplement request reaches the kiosk with its note, and resume returns to processing") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(1005, 0));
    const Reply request = desk.act(filing.filingId, {{"action", "request_supplement"},
                                                     {"note", "Mang bản chính giấy chứng sinh"}});
    CHECK(request.json()["trang_thai_ho_so"] == 5);
    const json feed = desk.kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes").json();
    CHECK(feed["changes"].back()["note"] == "Mang bản chính giấy chứng sinh");
    CHECK(desk.act(filing.filingId, {{"action", "resume"}}).json()["status"] == "processing");
}

TEST_CASE("a stale If-Match is refused with 412, the current ETag is accepted") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(1006, 0));
    const Reply read = desk.staff.get("/filings/" + filing.filingId);
    const std::string etag = read.header("etag");
    REQUIRE_FALSE(etag.empty());
    CHECK(desk.act(filing.filingId, {{"action", "accept"}}, {{"If-Match", etag}}).status == 201);
    const Reply stale = desk.act(filing.filingId, {{"action", "start_processing"}}, {{"If-Match", etag}});
    CHECK(stale.status == 412);
    CHECK(stale.json()["code"] == "precondition_failed");
}

TEST_CASE("the work queue filters by status and staff can read the answers") {
    Desk desk;
    const SyntheticFiling sent = makeFiling(1007, 0);
    const auto a = deliverFiling(desk.kiosk, sent);
    const auto b = deliverFiling(desk.kiosk, makeFiling(1008, 0));
    CHECK(desk.act(b.filingId, {{"action", "accept"}}).status == 201);
    const json submitted = desk.staff.get("/filings?status=submitted").json();
    REQUIRE(submitted["filings"].size() == 1);
    CHECK(submitted["filings"][0]["filing_id"] == a.filingId);
    CHECK(desk.staff.get("/filings?status=accepted").json()["filings"].size() == 1);
    CHECK(desk.staff.get("/filings/" + a.filingId).json()["answers"] == sent.body["answers"]);
}

TEST_CASE("a staff action retried with its Idempotency-Key is applied once") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(1009, 0));
    const HeaderList key{{"Idempotency-Key", "accept-1009"}};
    const Reply first = desk.act(filing.filingId, {{"action", "accept"}}, key);
    const Reply again = desk.act(filing.filingId, {{"action", "accept"}}, key);
    CHECK(first.status == 201);
    CHECK(again.status == 201);
    CHECK(again.body == first.body);
    CHECK(desk.staff.get("/filings/" + filing.filingId + "/events").json()["events"].size() == 2);
}

TEST_CASE("the work queue gives staff the applicant, the channel, the digitised components and the history") {
    Desk desk;
    const SyntheticFiling sent = makeFiling(1010, 2);
    const auto filing = deliverFiling(desk.kiosk, sent);
    CHECK(desk.act(filing.filingId, {{"action", "accept"}}).status == 201);
    CHECK(desk.act(filing.filingId, {{"action", "request_supplement"}, {"note", "Bản chính"}}).status == 201);
    const json queue = desk.staff.get("/filings").json();
    REQUIRE(queue["filings"].size() == 1);
    const json& entry = queue["filings"][0];
    CHECK(entry["applicant_name"] == sent.body["applicant"]["full_name"]);
    CHECK(entry["channel"] == "kiosk");                // the kiosk sends no channel yet: every filing is a kiosk's
    CHECK(entry["all_components_digitised"] == true);  // every document arrived as a file
    REQUIRE(entry["history"].size() == 3);
    std::vector<std::string> actions;
    for (const auto& e : entry["history"]) actions.push_back(e["action"]);
    CHECK(actions == std::vector<std::string>{"submit", "accept", "request_supplement"});
    CHECK(entry["history"][2]["to_status"] == "supplement_requested");
    CHECK(entry["returned_at"].is_null());
    // The history carries no note: what staff wrote for the citizen stays on the filing's events.
    CHECK_FALSE(entry["history"][2].contains("note"));
}

TEST_CASE("without an applicant member the work queue names the requester from the answer ho_ten") {
    Desk desk;
    SyntheticFiling sent = makeFiling(1011, 0);
    sent.body.erase("applicant");
    sent.body["answers"]["ho_ten"] = "Phạm Văn Thử";
    deliverFiling(desk.kiosk, sent);
    const json queue = desk.staff.get("/filings").json();
    REQUIRE(queue["filings"].size() == 1);
    CHECK(queue["filings"][0]["applicant_name"] == "Phạm Văn Thử");
    CHECK(queue["filings"][0]["all_components_digitised"] == false);  // no documents at all
}

TEST_CASE("a result PDF is attached to an approved filing and named by its SHA-256 in return_result") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(1012, 0));
    const std::string pdf = "%PDF-1.4\n% a result document\n%%EOF\n";
    const std::string sha = kiosk::signing::sha256Hex(pdf);
    const std::string path = "/filings/" + filing.filingId + "/results/" + sha;
    CHECK(desk.staff.put(path, pdf, "application/pdf").status == 409);  // not approved yet
    REQUIRE(desk.act(filing.filingId, {{"action", "accept"}}).status == 201);
    REQUIRE(desk.act(filing.filingId, {{"action", "approve"}}).status == 201);
    CHECK(desk.staff.put(path, "plain text", "text/plain").json()["code"] == "document_digest_mismatch");
    const std::string text = "not a pdf";
    const Reply notPdf = desk.staff.put("/filings/" + filing.filingId + "/results/" + kiosk::signing::sha256Hex(text),
                                        text, "text/plain");
    CHECK(notPdf.status == 415);
    CHECK(notPdf.json()["code"] == "not_a_pdf");
    // Named before it was uploaded: refused, the filing stays approved.
    const json result{{"action", "return_result"},
                      {"results", json::array({{{"name", "Giấy khai sinh"}, {"sha256", sha}}})}};
    const Reply early = desk.act(filing.filingId, result);
    CHECK(early.status == 409);
    CHECK(early.json()["code"] == "result_not_uploaded");
    CHECK(desk.staff.put(path, pdf, "application/pdf").status == 201);
    CHECK(desk.staff.put(path, pdf, "application/pdf").status == 200);  // again: already there
    REQUIRE(desk.act(filing.filingId, result).status == 201);
    const json status = desk.staff.get("/filings/" + filing.filingId).json();
    CHECK(status["status"] == "result_returned");
    CHECK(status["results"][0]["sha256"] == sha);
    // Only staff attach results: a kiosk certificate is refused.
    CHECK(desk.kiosk.put("/filings/" + filing.filingId + "/results/" + sha, pdf, "application/pdf").status == 403);
}

TEST_CASE(
    "a staff write is signed like a kiosk's: without the operator's signature, or with another key, it is refused") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(1009, 0));
    const std::string path = "/filings/" + filing.filingId + "/actions";
    const std::string accept = json{{"action", "accept"}}.dump();

    // The staff certificate alone (a stolen client.key, a tool that does not sign) is not enough.
    const Reply unsigned_ = desk.staff.postUnsigned(path, accept);
    CHECK(unsigned_.status == 401);
    CHECK(unsigned_.json()["code"] == "signature_missing");

    // Signed, but with a kiosk's key while presenting the operator's certificate.
    StaffClient impostor = desk.staff;
    impostor.signingKey = desk.dir.path() / "data" / "enroll" / "KIOSK-DEMO-01" / "signing.key";
    const Reply wrongKey = impostor.post(path, accept);
    CHECK(wrongKey.status == 401);
    CHECK(wrongKey.json()["code"] == "signature_invalid");

    // Neither changed the filing; the operator's own signature does.
    CHECK(desk.staff.get("/filings/" + filing.filingId).json()["status"] == "submitted");
    const Reply signedReply = desk.act(filing.filingId, {{"action", "accept"}});
    REQUIRE_MESSAGE(signedReply.status == 201, signedReply.body);
    CHECK(signedReply.json()["event"]["operator_id"] == "STAFF-DEMO-01");
}
