// How the citizen will receive the result travels with the filing (docs/portal-api.md §4.3):
// checked, stored, handed to staff and to --export; a post fee is one more fee line, so the
// payment intent asks for it too.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

constexpr const char* kAddress = "Số 5, Thôn 1, Xã Hòa Phú, Tỉnh Đắk Lắk";

bool hasError(const json& problem, const std::string& pointer, const std::string& code) {
    for (const auto& e : problem.value("errors", json::array())) {
        if (e.value("pointer", "") == pointer && e.value("code", "") == code) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a post delivery is stored with its address, shown to staff and exported; its fee is paid with the rest") {
    TempDir dir("portal-delivery");
    const auto data = dir.path() / "data";
    SyntheticFiling byPost = makeFiling(1301, 1, 10000);
    byPost.body["fees"].push_back({{"fee_code", "BCCI"}, {"name", "Cước gửi kết quả"}, {"amount", 28000}});
    byPost.body["result_delivery"] = {{"method", "post"}, {"address", kAddress}};
    const SyntheticFiling atDesk = makeFiling(1302, 0, 0);
    {
        PortalProcess portal(data);
        KioskClient kiosk(data, "KIOSK-DEMO-01", portal.url());
        const Delivered delivered = deliverFiling(kiosk, byPost);
        deliverFiling(kiosk, atDesk);
        const Reply intent = kiosk.post("/filings/" + delivered.filingId + "/payment-intents", "{}",
                                        byPost.clientFilingId + ":pay:1");
        REQUIRE(intent.status == 201);
        CHECK(intent.json()["amount"] == 38000);

        const StaffClient staff = staffClient(data, portal.url());
        const json seen = staff.get("/filings/" + delivered.filingId).json();
        CHECK(seen["result_delivery"]["method"] == "post");
        CHECK(seen["result_delivery"]["address"] == kAddress);
        // The kiosk's own view carries no address: it is not the kiosk's to show again.
        CHECK_FALSE(kiosk.get("/filings/" + delivered.filingId).json().contains("result_delivery"));
    }
    const auto lines = exportFilings(data);
    REQUIRE(lines.size() == 2);
    CHECK(json::parse(lines[0])["result_delivery"] == json{{"method", "post"}, {"address", kAddress}});
    CHECK(json::parse(lines[1])["result_delivery"] == json{{"method", "desk"}});
}

TEST_CASE("a wrong delivery is refused by pointer: unknown method, post without address, address without post") {
    TempDir dir("portal-delivery-bad");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const auto refused = [&](std::uint64_t seed, const json& delivery) {
        SyntheticFiling filing = makeFiling(seed, 0, 0);
        filing.body["result_delivery"] = delivery;
        const Reply reply = kiosk.post("/filings", filing.text(), filing.clientFilingId);
        CHECK(reply.status == 400);
        CHECK(reply.body.find(kAddress) == std::string::npos);  // never echoed
        return reply.json();
    };
    CHECK(hasError(refused(1311, {{"method", "pigeon"}}), "/result_delivery/method", "bad_value"));
    CHECK(hasError(refused(1312, {{"method", "post"}}), "/result_delivery/address", "required"));
    CHECK(hasError(refused(1313, {{"method", "desk"}, {"address", kAddress}}), "/result_delivery/address",
                   "not_allowed"));
    CHECK(hasError(refused(1314, json("post")), "/result_delivery", "wrong_type"));
    CHECK(hasError(refused(1315, {{"method", "post"}, {"address", std::string(1025, 'a')}}), "/result_delivery/address",
                   "bad_length"));
}
