// After staff act on the portal, kiosk-sync's status feed fills the kiosk's local status cache
// (status, TrangThaiHoSo, history, the note for the citizen), and the fee screen's payment
// request becomes a VietQR intent that turns "paid" when the bank (simulator) says so.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiosk_client.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::map<std::string, std::string> portalIds(const std::filesystem::path& data) {
    std::map<std::string, std::string> ids;  // client_filing_id -> filing_id
    for (const auto& line : exportFilings(data)) {
        const auto row = nlohmann::json::parse(line);
        ids[row["client_filing_id"].get<std::string>()] = row["filing_id"].get<std::string>();
    }
    return ids;
}

}  // namespace

TEST_CASE("staff actions and payments reach the status cache through kiosk-sync") {
    TempDir dir("sync-status");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);
    SyncKiosk kiosk(data);
    const auto paid = kiosk.enqueue(2, 1, 1000, 8000);
    const auto free = kiosk.enqueue(1, 0, 0, 0);
    REQUIRE(kiosk.run({"--drain"}) == 0);

    const auto ids = portalIds(data);
    const StaffClient staff = staffClient(data, portal.url());
    const std::string first = ids.at(paid[0].clientFilingId);
    const std::string second = ids.at(paid[1].clientFilingId);
    const std::string note = "Vui lòng mang bản chính giấy chứng sinh";
    CHECK(staff.post("/filings/" + first + "/actions", R"({"action":"accept"})").status == 201);
    CHECK(staff.post("/filings/" + first + "/actions",
                     nlohmann::json{{"action", "request_supplement"}, {"note", note}}.dump())
              .status == 201);
    CHECK(staff.post("/filings/" + second + "/actions", R"({"action":"accept"})").status == 201);
    CHECK(staff.post("/filings/" + second + "/actions", R"({"action":"request_payment"})").status == 201);

    auto box = kiosk.open();
    // What the kiosk's fee screen does: ask, without any network.
    auto asked = box->requestPayment(paid[1].localReference);
    REQUIRE(asked.ok());
    CHECK(asked->state == outbox::PaymentState::Requested);
    REQUIRE(box->requestPayment(free[0].localReference).ok());

    REQUIRE(kiosk.run({"--once"}) == 0);
    INFO(kiosk.log());

    auto view = box->statusOf(paid[0].localReference);
    REQUIRE(view.ok());
    REQUIRE(view->has_value());
    const auto& v = **view;
    CHECK(v.status == "supplement_requested");
    CHECK(v.trangThaiHoSo == 5);
    CHECK(outbox::trangThaiLabel(v.trangThaiHoSo) == "Yêu cầu bổ sung giấy tờ");
    CHECK(v.note == note);
    std::vector<std::string> actions;
    for (const auto& e : v.history) actions.push_back(e.action);
    REQUIRE(actions.size() >= 2);
    CHECK(actions[actions.size() - 2] == "accept");
    CHECK(actions.back() == "request_supplement");
    CHECK(v.history.back().note == note);

    // The payment: a VietQR intent for the filing's fee, with its mã hồ sơ as the reference.
    auto pending = box->statusOf(paid[1].localReference)->value();
    CHECK(pending.status == "payment_requested");
    REQUIRE(pending.payment.state == outbox::PaymentState::Pending);
    CHECK(pending.payment.amount == 8000);
    CHECK(pending.payment.vietqrPayload.rfind("000201", 0) == 0);
    CHECK(pending.payment.vietqrPayload.find(pending.maHoSo) != std::string::npos);
    // No fee due: the portal refuses, the kiosk can say so.
    const auto none = box->statusOf(free[0].localReference)->value();
    CHECK(none.payment.state == outbox::PaymentState::Failed);
    CHECK(none.payment.lastError.find("no_fee_due") != std::string::npos);

    CHECK(staff
              .post("/_sim/payment-intents/" + pending.payment.paymentIntentId + "/paid",
                    R"({"bank_reference":"FT25319000777"})")
              .status == 200);
    REQUIRE(kiosk.run({"--once"}) == 0);
    const auto done = box->statusOf(pending.maHoSo)->value();
    CHECK(done.payment.state == outbox::PaymentState::Paid);
    CHECK_FALSE(done.payment.paidAt.empty());
    CHECK(done.payment.bankReference == "FT25319000777");  // the bank's reference, as the portal confirmed it
    CHECK(done.status == "processing");
    CHECK(done.trangThaiHoSo == 4);
    // The note is sealed at rest, like the filing's content.
    CHECK(kiosk.log().find(note) == std::string::npos);
    portal.stop();
}
