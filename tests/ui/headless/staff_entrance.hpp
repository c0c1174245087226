#pragma once
// How staff reach the PIN screen: five taps on the home screen's hidden top-left corner.
#include <doctest/doctest.h>

#include "support/ui_driver.hpp"

namespace kiosk::test {

inline void openStaffEntrance(UiDriver& ui) {
    for (int i = 0; i < 5; ++i) ui.click("toolbar.staff_corner");
    REQUIRE(ui.session().screen == core::Screen::Staff);
}

}  // namespace kiosk::test
