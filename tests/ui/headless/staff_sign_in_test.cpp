// Staff sign-in on the kiosk's screen: operator id and PIN, the PIN checked on the sign-in worker
// while the screen stays live, and the lockout's wait counted down second by second in plain
// Vietnamese on the kiosk's clock (the test moves it; nothing sleeps through the wait).
#include <doctest/doctest.h>

#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/small_config.hpp"
#include "ui/headless/staff_entrance.hpp"

using namespace std::chrono_literals;
using kiosk::core::AuditKind;
using kiosk::test::kStaffOperator;
using kiosk::test::kStaffPin;

TEST_CASE("the PIN is checked off the UI thread: frames go on and say so until the answer comes") {
    kiosk::test::TestStaff staff;
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    staff.joinTo(ui);
    ui.frame();
    kiosk::test::openStaffEntrance(ui);
    staff.directory.hold();  // the worker waits on the staff list until released
    ui.fill("staff.operator", "cb-01");
    ui.click("staff.pin");  // the keypad opens, and stays open while "Mở khóa" is pressed
    ui.type(kStaffPin);
    REQUIRE(ui.has("kbd.done"));
    ui.click("staff.unlock");
    for (int i = 0; i < 5; ++i) ui.frame();
    CHECK(ui.session().staffChecking);
    REQUIRE(ui.has("staff.checking"));
    CHECK(ui.label("staff.checking") == "Đang kiểm tra mã PIN…");
    CHECK_FALSE(ui.has("staff.unlock"));
    staff.directory.release();
    kiosk::test::waitForSignInAnswer(ui);
    CHECK(ui.label("staff.signed_in") == "Cán bộ đang đăng nhập: CB-01");
    CHECK(ui.session().staffPinInput.empty());
    ui.frame();
    CHECK_FALSE(ui.has("kbd.done"));  // the PIN's keypad went with the PIN's box
    REQUIRE(staff.audit.entries.size() == 1);
    CHECK(staff.audit.entries[0].kind == AuditKind::SignIn);

    ui.click("staff.sign_out");
    CHECK(ui.has("staff.unlock"));
    CHECK(staff.audit.entries.back().kind == AuditKind::SignOut);
}

TEST_CASE("after three wrong attempts the keypad counts its wait down in Vietnamese, then opens again") {
    kiosk::test::TestStaff staff;
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    staff.joinTo(ui);
    ui.frame();
    kiosk::test::openStaffEntrance(ui);
    kiosk::test::signIn(ui, kStaffOperator, "111111");
    CHECK(ui.label("staff.pin_wrong") == "Mã cán bộ hoặc mã PIN không đúng.");
    CHECK_FALSE(ui.has("staff.locked"));
    kiosk::test::signIn(ui, "CB-77", "222222");  // an unknown id reads the same
    CHECK(ui.label("staff.pin_wrong") == "Mã cán bộ hoặc mã PIN không đúng.");
    kiosk::test::signIn(ui, kStaffOperator, "333333");
    REQUIRE(ui.has("staff.locked"));
    CHECK(ui.label("staff.locked") == "Đã nhập sai nhiều lần. Bàn phím tạm khóa: vui lòng chờ 30 giây rồi nhập lại.");
    // The countdown wakes the frame loop once a second, and moves with the clock.
    const auto wake = ui.app().nextWakeup();
    REQUIRE(wake.has_value());
    CHECK(*wake - ui.clock().steadyNow() <= 1s);
    ui.wait(1s);
    CHECK(ui.label("staff.locked").find("vui lòng chờ 29 giây") != std::string::npos);
    ui.wait(10s);
    CHECK(ui.label("staff.locked").find("vui lòng chờ 19 giây") != std::string::npos);

    // The right PIN during the wait is not checked.
    kiosk::test::signIn(ui, kStaffOperator, kStaffPin);
    CHECK(ui.session().staffOperator.empty());
    CHECK(staff.audit.entries.back().detail == "locked");

    ui.wait(19s);
    CHECK_FALSE(ui.has("staff.locked"));
    // A fourth wrong PIN: a minute, shown in minutes and seconds.
    kiosk::test::signIn(ui, kStaffOperator, "444444");
    CHECK(ui.label("staff.locked").find("vui lòng chờ 1 phút 0 giây") != std::string::npos);
    ui.wait(15s);
    CHECK(ui.label("staff.locked").find("vui lòng chờ 45 giây") != std::string::npos);
    ui.wait(45s);
    CHECK_FALSE(ui.has("staff.locked"));
    kiosk::test::signIn(ui, kStaffOperator, kStaffPin);
    CHECK(ui.session().staffOperator == "CB-01");

    int refused = 0;
    for (const auto& e : staff.audit.entries) refused += e.kind == AuditKind::SignInRefused;
    CHECK(refused == 5);                              // four wrong PINs and one while locked
    CHECK(staff.audit.entries[1].operatorId == "-");  // CB-77 is no one: not kept
}
