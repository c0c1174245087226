// The "In giấy hẹn" button: absent without kiosk.toml [printer]; with a printer CUPS does not
// know, a tap tells the citizen in Vietnamese that the filing is safe and leaves them on the
// receipt. (The PDF itself is checked in tests/unit/receipt.)
#include <doctest/doctest.h>

#include <memory>

#include "support/ui_driver.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;

namespace {

// Home to the receipt of the small fee procedure, paying at the desk.
void fileAndPayAtDesk(UiDriver& ui) {
    ui.frame();
    ui.click("home.start");
    ui.click("catalogue.service.thu-phi-mau");
    ui.click("service.start");
    REQUIRE(ui.session().screen == Screen::Identity);
    ui.fill("identity.full_name", "Lê Thị Hoa");
    ui.fill("identity.id_number", "066190001234");
    ui.fill("identity.dob", "12051990");
    ui.fill("identity.issue_date", "15072024");
    ui.click("identity.card_type.can_cuoc_2024");
    ui.click("nav.continue");
    ui.click("field.anh_giay_to_mau.seen");
    ui.click("nav.continue");
    ui.click("nav.continue");
    ui.click("consent.yes");
    ui.click("send.submit");
    ui.click("payment.at_desk");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Confirmation);
    REQUIRE(ui.has("receipt.title"));
}

}  // namespace

TEST_CASE("without a printer the receipt screen offers no printing") {
    StatusFixture f;
    REQUIRE(f.config->kiosk.printer.name.empty());
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    fileAndPayAtDesk(ui);
    CHECK_FALSE(ui.has("confirmation.print"));
}

TEST_CASE("a printer that fails is told plainly and the citizen stays on the receipt") {
    StatusFixture f;
    auto withPrinter = std::make_shared<config::Config>(*f.config);
    withPrinter->kiosk.printer.name = "khong-co-may-in-nay";
    UiDriver ui(withPrinter, *f.box);
    ui.app().setStatusSource(f.status.get());
    fileAndPayAtDesk(ui);
    REQUIRE(ui.has("confirmation.print"));
    CHECK(ui.label("confirmation.print") == "In giấy hẹn");
    CHECK_FALSE(ui.has("confirmation.print_result"));
    ui.click("confirmation.print");
    INFO(ui.dump());
    REQUIRE(ui.has("confirmation.print_result"));
    CHECK(ui.label("confirmation.print_result").find("Hồ sơ của bạn đã được lưu an toàn") != std::string::npos);
    CHECK(ui.session().screen == Screen::Confirmation);
    CHECK(ui.has("receipt.title"));

    // The next citizen does not see the last one's printer message.
    ui.click("confirmation.done");
    fileAndPayAtDesk(ui);
    CHECK_FALSE(ui.has("confirmation.print_result"));
}
