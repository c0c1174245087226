#pragma once
// The walk the receipt, printing and look-up tests share: home to the stored filing of
// status_fixture.hpp's small fee procedure, through the screens as a citizen taps them.
#include <string>

#include <doctest/doctest.h>

#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"

namespace kiosk::test {

enum class FeeChoice {
    Pending,    // stop on the fee's VietQR (the receipt screen, still awaiting payment)
    AtTheDesk,  // "pay at the desk": on to the Giấy tiếp nhận
};

// Files the fee procedure for "Lê Thị Hoa" with its sample paper seen, and returns the local
// reference the kiosk gave it.
inline std::string fileFeeService(UiDriver& ui, FeeChoice fee) {
    ui.frame();
    ui.click("home.start");
    ui.click("catalogue.service.thu-phi-mau");
    ui.click("service.start");
    typeSampleIdentity(ui);
    REQUIRE(ui.session().screen == core::Screen::Page);
    ui.click("field.anh_giay_to_mau.at_desk");
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == core::Screen::CheckAnswers);
    ui.click("nav.continue");
    ui.click("consent.yes");
    ui.click("send.submit");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == core::Screen::Receipt);
    if (fee == FeeChoice::AtTheDesk) {
        ui.click("payment.at_desk");
        INFO(ui.dump());
        REQUIRE(ui.has("receipt.title"));
    }
    return ui.session().reference;
}

}  // namespace kiosk::test
