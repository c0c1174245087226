#pragma once
// How staff reach the PIN screen: five taps on the home screen's hidden top-left corner.
#include <doctest/doctest.h>

#include "kiosk/config/staff_pin_hash.hpp"
#include "kiosk/core/staff_pin.hpp"
#include "support/ui_driver.hpp"

namespace kiosk::test {

// The staff PIN of the UI tests, stored as kiosk.toml would hold it (hashed with the fewest
// rounds the config accepts, so the tests stay quick).
inline constexpr const char* kStaffPin = "246810";
inline void setStaffPin(UiDriver& ui) {
    ui.app().setStaffPinHash(core::hashStaffPin(kStaffPin, config::kMinStaffPinIterations));
}

inline void openStaffEntrance(UiDriver& ui) {
    for (int i = 0; i < 5; ++i) ui.click("toolbar.staff_corner");
    REQUIRE(ui.session().screen == core::Screen::Staff);
}

}  // namespace kiosk::test
