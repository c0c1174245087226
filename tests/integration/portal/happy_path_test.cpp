// The kiosk's whole conversation with the portal on a good day: create, upload documents by
// content hash, submit, and receive a receipt signed by the portal whose mã hồ sơ has the
// national shape. This is the contract kiosk-sync is written against (docs/portal-api.md §4).
#include <doctest/doctest.h>

#include <regex>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("a filing created, completed and submitted gets a signed receipt with its ma_ho_so") {
    TempDir dir("portal-happy");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(101, 2);

    const Reply created = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    REQUIRE_MESSAGE(created.status == 201, created.body);
    const json c = created.json();
    const std::string filingId = c.value("filing_id", "");
    const std::string maHoSo = c.value("ma_ho_so", "");
    CHECK(std::regex_match(maHoSo, std::regex(R"(000\.00\.00\.H66-\d{6}-\d{4})")));
    CHECK(c["status"] == "draft");
    CHECK(c["trang_thai_ho_so"].is_null());
    CHECK(c["missing_documents"].size() == 2);
    CHECK(created.header("location") == "/api/v1/filings/" + filingId);

    const Reply early = kiosk.post("/filings/" + filingId + "/submit", "{}", filing.clientFilingId + ":submit");
    CHECK(early.status == 409);
    CHECK(early.json()["code"] == "missing_documents");
    CHECK(early.json()["missing_documents"].size() == 2);

    const auto& doc = filing.documents[0];
    const std::string docPath = "/filings/" + filingId + "/documents/" + doc.sha256;
    const Reply first = kiosk.put(docPath, doc.bytes, doc.mediaType);
    CHECK(first.status == 201);
    CHECK(first.json()["missing_documents"].size() == 1);
    CHECK(kiosk.put(docPath, doc.bytes, doc.mediaType).status == 200);  // already stored
    const auto& second = filing.documents[1];
    CHECK(kiosk.put("/filings/" + filingId + "/documents/" + second.sha256, second.bytes,
                    second.mediaType).status == 201);

    const auto submitRequest = kiosk.sign("POST", "/filings/" + filingId + "/submit", "{}",
                                          filing.clientFilingId + ":submit");
    const Reply receipt = kiosk.send(submitRequest);
    REQUIRE_MESSAGE(receipt.status == 202, receipt.body);
    const json r = receipt.json();
    CHECK(r["ma_ho_so"] == maHoSo);
    CHECK(r["client_filing_id"] == filing.clientFilingId);
    CHECK(r["status"] == "submitted");
    CHECK(r["trang_thai_ho_so"] == 1);
    CHECK(r["kiosk_id"] == "KIOSK-DEMO-01");
    CHECK(r["manifest_sha256"] == kiosk::signing::sha256Hex(filing.text()));
    CHECK(r["due_at"].get<std::string>().ends_with("T17:00:00+07:00"));

    auto portalKey =
        kiosk::signing::loadPublicKey(dir.path() / "data" / "enroll" / "KIOSK-DEMO-01" / "portal-signing.pub");
    REQUIRE(portalKey);
    kiosk::signing::ResponseBinding binding{202, receipt.body, "POST", submitRequest.url,
                                            kiosk::signing::contentDigest("{}")};
    const auto lookup = [&](std::string_view name) -> std::optional<std::string> {
        auto it = receipt.headers.find(std::string(name));
        return it == receipt.headers.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    CHECK(kiosk::signing::verifyResponse(binding, lookup, *portalKey, "kiosk-portal"));
    binding.requestTargetUri = portal.url() + "/filings/another/submit";
    CHECK_FALSE(kiosk::signing::verifyResponse(binding, lookup, *portalKey, "kiosk-portal"));

    const Reply status = kiosk.get("/filings/" + filingId, {{"Lookup-Code", r["lookup_code"].get<std::string>()}});
    REQUIRE(status.status == 200);
    CHECK(status.json()["status"] == "submitted");
    CHECK(status.json()["trang_thai_ho_so"] == 1);
    CHECK(status.json()["missing_documents"].empty());
    CHECK_FALSE(status.json().contains("answers"));  // kiosks do not read answers back
    CHECK_FALSE(status.header("etag").empty());
}

TEST_CASE("consecutive filings on one day get consecutive sequence numbers") {
    TempDir dir("portal-sequence");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const auto a = deliverFiling(kiosk, makeFiling(201, 1));
    const auto b = deliverFiling(kiosk, makeFiling(202, 0));
    REQUIRE(a.maHoSo.size() > 4);
    REQUIRE(b.maHoSo.size() > 4);
    const int seqA = std::stoi(a.maHoSo.substr(a.maHoSo.rfind('-') + 1));
    const int seqB = std::stoi(b.maHoSo.substr(b.maHoSo.rfind('-') + 1));
    if (a.maHoSo.substr(0, a.maHoSo.rfind('-')) == b.maHoSo.substr(0, b.maHoSo.rfind('-'))) {
        CHECK(seqB == seqA + 1);
    } else {
        CHECK(seqB == 1);  // the Vietnamese day turned between the two filings
    }
}

TEST_CASE("the status feed reports each change once and the cursor moves past it") {
    TempDir dir("portal-feed");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());
    const auto delivered = deliverFiling(kiosk, makeFiling(301, 1));

    const Reply feed = kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?cursor=0");
    REQUIRE(feed.status == 200);
    const json f = feed.json();
    REQUIRE(f["changes"].size() == 1);
    CHECK(f["changes"][0]["ma_ho_so"] == delivered.maHoSo);
    CHECK(f["changes"][0]["status"] == "submitted");
    CHECK(f["has_more"] == false);
    const std::string cursor = f["next_cursor"];

    CHECK(staff.post("/filings/" + delivered.filingId + "/actions", R"({"action":"accept"})").status == 201);
    const json next = kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?cursor=" + cursor).json();
    REQUIRE(next["changes"].size() == 1);
    CHECK(next["changes"][0]["status"] == "accepted");
    CHECK(next["changes"][0]["trang_thai_ho_so"] == 2);
    CHECK_FALSE(next["changes"][0]["due_at"].is_null());
    const json none = kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?cursor=" +
                                next["next_cursor"].get<std::string>()).json();
    CHECK(none["changes"].empty());
}

TEST_CASE("the status feed pages with limit and has_more") {
    TempDir dir("portal-feed-pages");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    for (int i = 0; i < 3; ++i) deliverFiling(kiosk, makeFiling(400 + static_cast<unsigned>(i), 0));
    const json page = kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?limit=2").json();
    CHECK(page["changes"].size() == 2);
    CHECK(page["has_more"] == true);
    const json rest = kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes?limit=2&cursor=" +
                                page["next_cursor"].get<std::string>()).json();
    CHECK(rest["changes"].size() == 1);
    CHECK(rest["has_more"] == false);
}
