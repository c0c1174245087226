// A result sent by public post, end to end with the real reference portal on loopback: the
// citizen taps "by post" on check answers (the address comes from the card, and can be
// changed), the fee screen and its words carry the post fee, kiosk-sync (a real process)
// delivers the filing, and the portal's VietQR asks for the procedure's fee plus the post.
// The portal's export then holds the choice and the address; the default (the desk) adds
// nothing and no tap.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiosk/core/payment_qr.hpp"
#include "kiosk/payment/vietqr.hpp"
#include "outbox_status.hpp"
#include "support/ui_driver.hpp"
#include "sync_harness.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;
using namespace std::chrono_literals;

namespace {

constexpr const char* kCardAddress = "Thôn 3, Xã Ea Kao, Tỉnh Đắk Lắk";

// The fee procedure of status_fixture.hpp, with the result allowed at the desk or by post.
std::shared_ptr<const config::Config> configWithPost(const std::filesystem::path& dir) {
    return configWithService(dir, "thu-phi-mau.toml", std::string(kFeeService) + kPostDelivery);
}

// Home to check answers of the fee procedure, the card's address typed with the identity.
void toCheckAnswers(UiDriver& ui) {
    ui.frame();
    ui.click("home.start");
    ui.click("catalogue.service.thu-phi-mau");
    ui.click("service.start");
    REQUIRE(ui.session().screen == Screen::Identity);
    ui.fill("identity.full_name", "Lê Thị Hoa");
    ui.fill("identity.id_number", "066190001234");
    ui.fill("identity.dob", "12051990");
    ui.fill("identity.address", kCardAddress);
    ui.fill("identity.issue_date", "15072024");
    ui.click("identity.card_type.can_cuoc_2024");
    ui.click("nav.continue");
    ui.click("field.anh_giay_to_mau.at_desk");
    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::CheckAnswers);
}

}  // namespace

TEST_CASE("by post: the fee screen, the portal's VietQR and the export all carry the post fee and address") {
    TempDir dir("ui-post-delivery");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    const auto config = configWithPost(dir.path() / "kiosk-config");
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(kiosk.dataDir(), config->kiosk.kioskId));
    REQUIRE(opened.ok());
    auto box = std::move(*opened);
    OutboxStatusSource status(*box);
    UiDriver ui(config, *box);
    ui.app().setStatusSource(&status);

    toCheckAnswers(ui);
    CHECK(ui.has("delivery.desk"));
    CHECK_FALSE(ui.has("delivery.address"));  // the desk is chosen: no address asked
    ui.click("delivery.post");
    CHECK(ui.label("delivery.address") == kCardAddress);
    // The citizen adds a landmark: the box takes the keyboard like any other.
    ui.fill("delivery.address", ", gần chợ");
    CHECK(ui.label("delivery.address") == std::string(kCardAddress) + ", gần chợ");
    ui.click("nav.continue");
    ui.click("consent.yes");
    REQUIRE(ui.session().screen == Screen::Send);
    CHECK(ui.label("send.fee_amount") == "38.000 đồng");
    CHECK(ui.label("send.fee_parts") == "Gồm: lệ phí 10.000 đồng, tiền gửi bưu điện 28.000 đồng.");
    ui.click("send.submit");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Receipt);
    REQUIRE(ui.session().awaitingPayment);
    const std::string reference = ui.session().reference;
    CHECK(ui.label("payment.amount") == "38.000 đồng");
    CHECK(ui.label("payment.words") == "Bằng chữ: ba mươi tám nghìn đồng");
    CHECK(ui.label("payment.fee_parts") == "Gồm: lệ phí 10.000 đồng, tiền gửi bưu điện 28.000 đồng.");
    auto own = payment::parseVietQr(ui.label("payment.qr"));
    REQUIRE(own.ok());
    CHECK(own->amount == "38000");

    // kiosk-sync delivers the filing, then turns the fee screen's request into the portal's intent.
    REQUIRE(kiosk.run({"--drain"}) == 0);
    REQUIRE(kiosk.run({"--once"}) == 0);
    ui.wait(3s);
    const auto qr = core::paymentQr(ui.session());
    REQUIRE(qr.has_value());
    CHECK(qr->fromPortal);
    auto portalQr = payment::parseVietQr(ui.label("payment.qr"));
    REQUIRE(portalQr.ok());
    CHECK(portalQr->amount == "38000");
    CHECK(ui.label("payment.amount") == "38.000 đồng");

    ui.click("payment.at_desk");
    CHECK(ui.label("receipt.fee") == "Lệ phí: 38.000 đồng, nộp tại quầy của xã.");
    CHECK(ui.label("receipt.fee_parts") == "Gồm: lệ phí 10.000 đồng, tiền gửi bưu điện 28.000 đồng.");
    CHECK(ui.label("receipt.delivery") == "Nhận kết quả: gửi qua bưu chính công ích đến địa chỉ đã khai.");
    ui.click("receipt.done");
    CHECK(ui.session().postAddress.empty());

    const auto lines = exportFilings(dir.path() / "portal");
    REQUIRE(lines.size() == 1);
    const auto line = nlohmann::json::parse(lines[0]);
    CHECK(line["client_filing_id"] == box->findByReference(reference)->value().clientFilingId);
    CHECK(line["result_delivery"]["method"] == "post");
    CHECK(line["result_delivery"]["address"] == std::string(kCardAddress) + ", gần chợ");
    REQUIRE(line["fees"].size() == 2);
    CHECK(line["fees"][1]["fee_code"] == "BCCI");
    CHECK(line["fees"][1]["amount"] == 28000);
}

TEST_CASE("the desk needs no tap, adds nothing to the fee and sends no delivery at all") {
    TempDir dir("ui-desk-delivery");
    const auto config = configWithPost(dir.path() / "kiosk-config");
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(dir.path() / "data", config->kiosk.kioskId));
    REQUIRE(opened.ok());
    UiDriver ui(config, **opened);
    toCheckAnswers(ui);
    const int before = ui.touches().total();
    ui.click("nav.continue");
    ui.click("consent.yes");
    CHECK(ui.touches().total() == before + 2);
    CHECK(ui.label("send.fee_amount") == "10.000 đồng");
    CHECK_FALSE(ui.has("send.fee_parts"));
}
