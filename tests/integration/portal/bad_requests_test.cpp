// The portal reads everything a kiosk sends defensively: malformed or mistyped input is a 400
// problem+json naming the fields at fault, content that does not match its declared hash is
// refused, and no reply ever echoes the personal data that was sent.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

struct Portal {
    TempDir dir{"portal-bad"};
    PortalProcess portal{dir.path() / "data"};
    KioskClient kiosk{dir.path() / "data", "KIOSK-DEMO-01", portal.url()};
};

bool hasPointer(const json& problem, const std::string& pointer) {
    for (const auto& e : problem.value("errors", json::array())) {
        if (e.value("pointer", "") == pointer) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a body that is not JSON is a 400 problem with a clear detail") {
    Portal p;
    const Reply reply = p.kiosk.post("/filings", "{\"client_filing_id\": ", "abc");
    CHECK(reply.status == 400);
    CHECK(reply.header("content-type") == "application/problem+json");
    const json problem = reply.json();
    CHECK(problem["code"] == "bad_request");
    CHECK(problem["detail"].get<std::string>().find("JSON") != std::string::npos);
    CHECK(problem["instance"] == "/api/v1/filings");
    CHECK(problem["status"] == 400);
}

TEST_CASE("mistyped and missing fields are each named by a JSON pointer, without their values") {
    Portal p;
    SyntheticFiling filing = makeFiling(1201, 1);
    const std::string name = filing.body["answers"]["ho_ten_nguoi_yeu_cau"];
    filing.body.erase("service_code");
    filing.body["answers"]["so_dinh_danh"] = 12345;
    filing.body["documents"][0]["sha256"] = "not-a-hash-" + name;
    filing.body["fees"][0]["amount"] = -1;
    filing.body["applicant"]["full_name"] = std::string(300, 'x') + name;
    const Reply reply = p.kiosk.post("/filings", filing.text(), filing.clientFilingId);
    REQUIRE(reply.status == 400);
    const json problem = reply.json();
    CHECK(hasPointer(problem, "/service_code"));
    CHECK(hasPointer(problem, "/answers/so_dinh_danh"));
    CHECK(hasPointer(problem, "/documents/0/sha256"));
    CHECK(hasPointer(problem, "/fees/0/amount"));
    CHECK(hasPointer(problem, "/applicant/full_name"));
    CHECK(reply.body.find(name) == std::string::npos);
}

TEST_CASE("a JSON array or a non-UTF-8 body is refused as a bad request") {
    Portal p;
    CHECK(p.kiosk.post("/filings", "[]", "abc").status == 400);
    CHECK(p.kiosk.post("/filings", "{\"answers\": \"\xff\xfe\"}", "abc").status == 400);
}

TEST_CASE("document bytes that differ from the manifest, or a hash not in it, are refused") {
    Portal p;
    const SyntheticFiling filing = makeFiling(1202, 1);
    const std::string filingId =
        p.kiosk.post("/filings", filing.text(), filing.clientFilingId).json()["filing_id"];
    const auto& doc = filing.documents[0];
    const Reply wrongBytes = p.kiosk.put("/filings/" + filingId + "/documents/" + doc.sha256,
                                         doc.bytes + "x", doc.mediaType);
    CHECK(wrongBytes.status == 422);
    CHECK(wrongBytes.json()["code"] == "document_digest_mismatch");
    const std::string other = kiosk::signing::sha256Hex("other");
    const Reply unknown = p.kiosk.put("/filings/" + filingId + "/documents/" + other, "other", "image/jpeg");
    CHECK(unknown.status == 404);
    CHECK(unknown.json()["code"] == "document_not_in_manifest");
    CHECK(p.kiosk.put("/filings/" + filingId + "/documents/xyz", "x", "image/jpeg").status == 400);
}

TEST_CASE("a document larger than the part limit is refused with 413") {
    Portal p;
    const SyntheticFiling filing = makeFiling(1203, 1);
    const std::string filingId =
        p.kiosk.post("/filings", filing.text(), filing.clientFilingId).json()["filing_id"];
    const std::string huge(21 * 1024 * 1024, 'a');
    const Reply reply = p.kiosk.put("/filings/" + filingId + "/documents/" + kiosk::signing::sha256Hex(huge),
                                    huge, "image/jpeg");
    CHECK(reply.status == 413);
    CHECK(reply.json()["code"] == "payload_too_large");
}

TEST_CASE("unknown paths and methods get 404 and 405 problems") {
    Portal p;
    const Reply unknown = p.kiosk.get("/no/such/thing");
    CHECK(unknown.status == 404);
    CHECK(unknown.json()["code"] == "not_found");
    CHECK(p.kiosk.get("/filings/f-does-not-exist").status == 404);
    const Reply method = httpsRequest(p.kiosk.identity(), "DELETE", p.portal.url() + "/filings");
    CHECK(method.status == 405);
}

TEST_CASE("query parameters that are not counts are refused") {
    Portal p;
    CHECK(p.kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?cursor=-1").status == 400);
    CHECK(p.kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?limit=0").status == 400);
    CHECK(p.kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?limit=abc").status == 400);
}
