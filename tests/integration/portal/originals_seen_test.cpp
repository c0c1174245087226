// A filing a staff member helped with at the kiosk names the document slots whose original they
// saw there (`originals_seen`, docs/portal-api.md §4.3): kept and exported; refused on a filing
// nobody helped with, and when it is not a list of distinct slot ids.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("the originals a helper saw are kept and exported; wrong lists and unhelped filings are refused") {
    TempDir dir{"portal-originals"};
    PortalProcess portal{dir.path() / "data"};
    KioskClient kiosk{dir.path() / "data", "KIOSK-DEMO-01", portal.url()};
    SyntheticFiling assisted = makeFiling(1501, 1);
    assisted.body["channel"] = "kiosk_assisted";
    assisted.body["assisted_by"] = "CB-01";
    assisted.body["originals_seen"] = json::array({"giay_chung_sinh", "can_cuoc"});
    deliverFiling(kiosk, assisted);
    const auto lines = exportFilings(dir.path() / "data");
    REQUIRE(lines.size() == 1);
    CHECK(json::parse(lines[0])["originals_seen"] == json::array({"giay_chung_sinh", "can_cuoc"}));

    const auto firstError = [&](const SyntheticFiling& f) {
        const Reply reply = kiosk.post("/filings", f.text(), f.clientFilingId);
        REQUIRE(reply.status == 400);
        return reply.json()["errors"][0];
    };
    SyntheticFiling wrong = makeFiling(1502, 1);
    wrong.body["originals_seen"] = json::array({"giay_chung_sinh"});  // nobody helped
    CHECK(firstError(wrong)["pointer"] == "/originals_seen");
    CHECK(firstError(wrong)["code"] == "not_allowed");
    wrong.body["channel"] = "kiosk_assisted";
    wrong.body["assisted_by"] = "CB-01";
    wrong.body["originals_seen"] = "giay_chung_sinh";
    CHECK(firstError(wrong)["code"] == "wrong_type");
    wrong.body["originals_seen"] = json::array({"giay chung sinh"});
    CHECK(firstError(wrong)["code"] == "bad_format");
    wrong.body["originals_seen"] = json::array({"can_cuoc", "can_cuoc"});
    CHECK(firstError(wrong)["pointer"] == "/originals_seen/1");
    CHECK(firstError(wrong)["code"] == "repeated");
    json many = json::array();
    for (int i = 0; i < 51; ++i) many.push_back("slot_" + std::to_string(i));
    wrong.body["originals_seen"] = many;
    CHECK(firstError(wrong)["code"] == "too_many");
    CHECK(exportFilings(dir.path() / "data").size() == 1);
}
