// Fees are paid by VietQR while the citizen waits at the kiosk: the payment intent must carry a
// valid NAPAS payload for the exact amount with the mã hồ sơ as reference, and the kiosk must see
// the bank's confirmation (here the simulator) when it polls (docs/portal-api.md §4.8).
#include <doctest/doctest.h>

#include "kiosk/payment/vietqr.hpp"
#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("a payment intent carries a VietQR payload for the fee with the ma_ho_so as reference") {
    TempDir dir("portal-pay-qr");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const auto filing = deliverFiling(kiosk, makeFiling(1101, 0, 8000));
    const Reply created = kiosk.post("/filings/" + filing.filingId + "/payment-intents", "{}", "pay-1101");
    REQUIRE_MESSAGE(created.status == 201, created.body);
    const json intent = created.json();
    CHECK(intent["amount"] == 8000);
    CHECK(intent["currency"] == "VND");
    CHECK(intent["status"] == "pending");
    CHECK(intent["reference"] == filing.maHoSo);
    auto payload = kiosk::payment::parseVietQr(intent["vietqr_payload"].get<std::string>());
    REQUIRE(payload);
    CHECK(payload->amount == "8000");
    CHECK(payload->purpose == filing.maHoSo);
    CHECK(payload->bankBin == "970415");
    CHECK(payload->dynamic);
}

TEST_CASE("the bank simulator marks an intent paid and the kiosk sees it when polling") {
    TempDir dir("portal-pay-paid");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());
    const auto filing = deliverFiling(kiosk, makeFiling(1102, 0, 20000));
    CHECK(staff.post("/filings/" + filing.filingId + "/actions", R"({"action":"accept"})").status == 201);
    CHECK(staff.post("/filings/" + filing.filingId + "/actions", R"({"action":"request_payment"})").status == 201);

    const std::string id =
        kiosk.post("/filings/" + filing.filingId + "/payment-intents", "{}", "pay-1102").json()["payment_intent_id"];
    CHECK(kiosk.get("/payment-intents/" + id).json()["status"] == "pending");
    const Reply paid = staff.post("/_sim/payment-intents/" + id + "/paid", "{}");
    CHECK(paid.status == 200);
    const json polled = kiosk.get("/payment-intents/" + id).json();
    CHECK(polled["status"] == "paid");
    CHECK_FALSE(polled["paid_at"].is_null());
    CHECK(kiosk.get("/filings/" + filing.filingId).json()["status"] == "processing");
    CHECK(staff.post("/_sim/payment-intents/" + id + "/paid", "{}").status == 200);  // repeatable
}

TEST_CASE("a filing without a fee has no payment intent") {
    TempDir dir("portal-pay-free");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const auto filing = deliverFiling(kiosk, makeFiling(1103, 0, 0));
    const Reply reply = kiosk.post("/filings/" + filing.filingId + "/payment-intents", "{}", "pay-1103");
    CHECK(reply.status == 422);
    CHECK(reply.json()["code"] == "no_fee_due");
}

TEST_CASE("payment intents are private to the kiosk that made them, and only staff simulate payment") {
    TempDir dir("portal-pay-scope");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"});
    KioskClient a(dir.path() / "data", "KIOSK-A", portal.url());
    KioskClient b(dir.path() / "data", "KIOSK-B", portal.url());
    const auto filing = deliverFiling(a, makeFiling(1104, 0));
    const std::string id =
        a.post("/filings/" + filing.filingId + "/payment-intents", "{}", "pay-1104").json()["payment_intent_id"];
    CHECK(b.get("/payment-intents/" + id).status == 404);
    CHECK(a.post("/_sim/payment-intents/" + id + "/paid", "{}", "").status == 403);
}
