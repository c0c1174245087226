// Supplements (docs/portal-api.md §4.12): staff ask for named documents, the kiosk uploads them by
// hash and sends one signed, idempotent supplement; the portal records it in the history, moves
// the filing back to processing and shows staff and --export exactly what was added.
#include <doctest/doctest.h>

#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/http_signature.hpp"
#include "kiosk/signing/keys.hpp"
#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

struct Desk {
    TempDir dir{"portal-supplements"};
    PortalProcess portal{dir.path() / "data"};
    KioskClient kiosk{dir.path() / "data", "KIOSK-DEMO-01", portal.url()};
    StaffClient staff = staffClient(dir.path() / "data", portal.url());

    Reply act(const std::string& filingId, const json& body) const {
        return staff.post("/filings/" + filingId + "/actions", body.dump());
    }
    // A delivered filing that staff asked to supplement with a birth certificate.
    Delivered requested(std::uint64_t seed) const {
        auto filing = deliverFiling(kiosk, makeFiling(seed, 0));
        const Reply asked = act(filing.filingId, {{"action", "request_supplement"},
                                                  {"note", "Bổ sung bản sao giấy chứng sinh"},
                                                  {"documents", {"giay_chung_sinh"}}});
        REQUIRE_MESSAGE(asked.status == 201, asked.body);
        return filing;
    }
};

SyntheticDocument page(const std::string& name, const std::string& bytes) {
    return {name, "application/pdf", bytes, kiosk::signing::sha256Hex(bytes)};
}

std::string uploadPath(const std::string& filingId, const std::string& supplementId, const std::string& sha) {
    return "/filings/" + filingId + "/supplements/" + supplementId + "/documents/" + sha;
}

json supplementBody(const std::string& id, const std::vector<SyntheticDocument>& docs) {
    json documents = json::array();
    for (const auto& d : docs) {
        documents.push_back({{"slot_id", "giay_chung_sinh"},
                             {"name", d.name},
                             {"media_type", d.mediaType},
                             {"length", d.bytes.size()},
                             {"pages", 2},
                             {"sha256", d.sha256}});
    }
    return {{"client_supplement_id", id}, {"documents", documents}, {"answers", {{"ghi_chu", "Bản sao"}}}};
}

const std::string kSupplementId = "5e0c2d1a-7b3f-4c2e-9d1a-0f1e2d3c4b5a";

}  // namespace

TEST_CASE("staff name the documents they want; the feed and the history carry them with the note") {
    Desk desk;
    const auto filing = desk.requested(2001);
    const json change = desk.kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes").json()["changes"].back();
    CHECK(change["action"] == "request_supplement");
    CHECK(change["note"] == "Bổ sung bản sao giấy chứng sinh");
    CHECK(change["documents"] == json::array({"giay_chung_sinh"}));
    const json events = desk.kiosk.get("/filings/" + filing.filingId + "/events", filing.proof()).json()["events"];
    CHECK(events.back()["documents"] == json::array({"giay_chung_sinh"}));
    CHECK(events.front()["documents"] == json::array());

    const auto other = deliverFiling(desk.kiosk, makeFiling(2002, 0));
    const Reply badSlot = desk.act(other.filingId, {{"action", "request_supplement"}, {"documents", {"a/b"}}});
    CHECK(badSlot.status == 400);
    CHECK(badSlot.json()["errors"][0]["pointer"] == "/documents/0");
    const Reply twice = desk.act(other.filingId, {{"action", "request_supplement"}, {"documents", {"x", "x"}}});
    CHECK(twice.status == 400);
    const Reply wrongAction = desk.act(other.filingId, {{"action", "accept"}, {"documents", {"x"}}});
    CHECK(wrongAction.status == 400);
    CHECK(wrongAction.json()["errors"][0]["code"] == "not_allowed");
    CHECK(desk.staff.get("/filings/" + other.filingId).json()["status"] == "submitted");
}

TEST_CASE("a supplement is uploaded by hash, acknowledged with a signature, and moves the filing to processing") {
    Desk desk;
    const auto filing = desk.requested(2003);
    const auto first = page("giay_chung_sinh-1.pdf", "%PDF-1.4 synthetic page one");
    const auto second = page("giay_chung_sinh-2.pdf", "%PDF-1.4 synthetic page two, longer");
    for (const auto& d : {first, second}) {
        const std::string path = uploadPath(filing.filingId, kSupplementId, d.sha256);
        CHECK(desk.kiosk.put(path, d.bytes, d.mediaType).status == 201);
        CHECK(desk.kiosk.put(path, d.bytes, d.mediaType).status == 200);  // already there
    }
    const std::string body = supplementBody(kSupplementId, {first, second}).dump();
    const auto request = desk.kiosk.sign("POST", "/filings/" + filing.filingId + "/supplements", body, kSupplementId);
    const Reply reply = desk.kiosk.send(request);
    REQUIRE_MESSAGE(reply.status == 201, reply.body);
    const json answer = reply.json();
    CHECK(answer["ma_ho_so"] == filing.maHoSo);
    CHECK(answer["status"] == "processing");
    CHECK(answer["trang_thai_ho_so"] == 4);
    REQUIRE(answer["documents"].size() == 2);
    CHECK(answer["documents"][0]["name"] == "giay_chung_sinh-1.pdf");
    CHECK(answer["documents"][0]["pages"] == 2);
    CHECK(answer["documents"][1]["length"] == second.bytes.size());
    CHECK(answer["answers_received"] == 1);
    CHECK(answer["supplement_sha256"] == kiosk::signing::sha256Hex(body));

    auto portalKey = kiosk::signing::loadPublicKey(desk.dir.path() / "data" / "enroll" / "KIOSK-DEMO-01" /
                                                   "portal-signing.pub");
    REQUIRE(portalKey);
    const kiosk::signing::ResponseBinding binding{201, reply.body, "POST", request.url,
                                                  kiosk::signing::contentDigest(body)};
    const auto lookup = [&](std::string_view name) -> std::optional<std::string> {
        auto it = reply.headers.find(std::string(name));
        return it == reply.headers.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    CHECK(kiosk::signing::verifyResponse(binding, lookup, *portalKey, "kiosk-portal"));

    // The same supplement again (a retry after a lost answer): the same signed answer, once.
    const Reply again = desk.kiosk.post("/filings/" + filing.filingId + "/supplements", body, kSupplementId);
    CHECK(again.status == 201);
    CHECK(again.body == reply.body);
    const json events = desk.staff.get("/filings/" + filing.filingId + "/events").json()["events"];
    REQUIRE(events.size() == 3);  // submit, request_supplement, supplement
    CHECK(events[2]["action"] == "supplement");
    CHECK(events[2]["from_status"] == "supplement_requested");
    CHECK(events[2]["to_status"] == "processing");
    CHECK(events[2]["operator_id"] == "KIOSK-DEMO-01");
    CHECK(events[2]["documents"] == json::array({"giay_chung_sinh"}));

    // Staff see what was added, with the answers; the kiosk sees it without them.
    const json staffView = desk.staff.get("/filings/" + filing.filingId).json();
    CHECK(staffView["status"] == "processing");
    REQUIRE(staffView["supplements"].size() == 1);
    CHECK(staffView["supplements"][0]["documents"][1]["name"] == "giay_chung_sinh-2.pdf");
    CHECK(staffView["supplements"][0]["answers"]["ghi_chu"] == "Bản sao");
    CHECK_FALSE(
        desk.kiosk.get("/filings/" + filing.filingId, filing.proof()).json()["supplements"][0].contains("answers"));
    CHECK(desk.staff.get("/filings?status=processing").json()["filings"][0]["supplements"] == 1);

    bool exported = false;
    for (const auto& line : exportFilings(desk.dir.path() / "data")) {
        const json f = json::parse(line);
        if (f["filing_id"] != filing.filingId) continue;
        exported = true;
        REQUIRE(f["supplements"].size() == 1);
        CHECK(f["supplements"][0]["client_supplement_id"] == kSupplementId);
        CHECK(f["supplements"][0]["documents"][0]["sha256"] == first.sha256);
        CHECK(f["supplements"][0]["documents"][0]["length"] == first.bytes.size());
    }
    CHECK(exported);
}

TEST_CASE("a supplement waits for its documents, and the same key then succeeds") {
    Desk desk;
    const auto filing = desk.requested(2004);
    const auto doc = page("giay_chung_sinh-1.pdf", "%PDF-1.4 only page");
    const std::string body = supplementBody(kSupplementId, {doc}).dump();
    const std::string path = "/filings/" + filing.filingId + "/supplements";
    const Reply early = desk.kiosk.post(path, body, kSupplementId);
    CHECK(early.status == 409);
    CHECK(early.json()["code"] == "missing_documents");
    CHECK(early.json()["missing_documents"] == json::array({doc.sha256}));
    CHECK(desk.staff.get("/filings/" + filing.filingId).json()["status"] == "supplement_requested");

    const Reply wrongBytes = desk.kiosk.put(uploadPath(filing.filingId, kSupplementId, doc.sha256), "other",
                                            doc.mediaType);
    CHECK(wrongBytes.status == 422);
    CHECK(desk.kiosk.put(uploadPath(filing.filingId, kSupplementId, doc.sha256), doc.bytes, doc.mediaType).status ==
          201);
    CHECK(desk.kiosk.post(path, body, kSupplementId).status == 201);
    CHECK(desk.kiosk.post(path, body, "another-key").status == 400);  // key must be the supplement's id
}

TEST_CASE("no supplement is taken unless staff asked for one") {
    Desk desk;
    const auto filing = deliverFiling(desk.kiosk, makeFiling(2005, 0));
    const auto doc = page("x.pdf", "%PDF-1.4 unasked");
    CHECK(desk.kiosk.put(uploadPath(filing.filingId, kSupplementId, doc.sha256), doc.bytes, doc.mediaType).status ==
          409);
    const Reply refused = desk.kiosk.post("/filings/" + filing.filingId + "/supplements",
                                          supplementBody(kSupplementId, {doc}).dump(), kSupplementId);
    CHECK(refused.status == 409);
    CHECK(refused.json()["code"] == "invalid_transition");
    const Reply empty = desk.kiosk.post("/filings/" + filing.filingId + "/supplements",
                                        json{{"client_supplement_id", kSupplementId}}.dump(), kSupplementId);
    CHECK(empty.status == 400);
    CHECK(empty.json()["errors"][0]["pointer"] == "/documents");
    CHECK(desk.staff.get("/filings/" + filing.filingId).json()["status"] == "submitted");
}
