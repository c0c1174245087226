#pragma once
// How staff reach the sign-in screen (five taps on the home screen's hidden top-left corner) and
// sign in: the UI tests' one staff member, kept in memory with the audit log it signs in to.
#include <doctest/doctest.h>

#include <chrono>
#include <string_view>
#include <thread>

#include "support/memory_staff.hpp"
#include "support/ui_driver.hpp"

namespace kiosk::test {

inline constexpr const char* kStaffOperator = "CB-01";
inline constexpr const char* kStaffPin = "246810";

// Declare it before the UiDriver it joins, so it outlives the app's sign-in worker.
struct TestStaff {
    MemoryStaffDirectory directory;
    MemoryAuditLog audit;

    TestStaff() { directory.add(kStaffOperator, kStaffPin); }
    void joinTo(UiDriver& ui) {
        ui.app().setStaffDirectory(&directory);
        ui.app().setAuditLog(&audit);
    }
};

inline void openStaffEntrance(UiDriver& ui) {
    for (int i = 0; i < 5; ++i) ui.click("toolbar.staff_corner");
    REQUIRE(ui.session().screen == core::Screen::Staff);
}

// Draws frames (real time passes for the sign-in worker) until it answered, for at most 20 s.
inline void waitForSignInAnswer(UiDriver& ui) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (ui.session().staffChecking && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        ui.frameInPlace();
    }
    REQUIRE_FALSE(ui.session().staffChecking);
}

// Types the operator id and PIN, presses "Đăng nhập" and waits for the answer.
inline void signIn(UiDriver& ui, std::string_view operatorId, std::string_view pin) {
    ui.fill("staff.operator", operatorId);
    ui.fill("staff.pin", pin);
    ui.click("staff.unlock");
    waitForSignInAnswer(ui);
}

}  // namespace kiosk::test
