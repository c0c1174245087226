// An installed kiosk without an enrollment (kiosk --require-enrollment) shows one screen: a
// citizen is sent to the desk, staff read the two commands that enrol it. No filing can start.
#include <doctest/doctest.h>

#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/small_config.hpp"

TEST_CASE("without an enrollment every screen gives way to the not-enrolled screen, in Vietnamese first") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.frame();
    REQUIRE(ui.has("home.start"));
    ui.app().setNotEnrolled(true);
    ui.frame();
    INFO(ui.dump());
    CHECK_FALSE(ui.has("home.start"));
    CHECK(ui.label("screen.title") == "Máy này chưa nhận hồ sơ");
    CHECK(ui.label("not_enrolled.enroll_command") == "sudo kiosk-admin enroll THƯ_MỤC_ĐĂNG_KÝ");
    CHECK(ui.label("not_enrolled.restart_command") == "sudo systemctl restart kiosk-session kiosk-sync");
    // The toolbar still switches language, for a visitor or a technician who reads English.
    ui.click("toolbar.lang.en");
    CHECK(ui.label("screen.title") == "This kiosk is not taking applications yet");
    CHECK(ui.label("not_enrolled.enroll_command") == "sudo kiosk-admin enroll ENROLMENT_FOLDER");
}
