// The look-up screen must not pretend: until the portal is connected it says plainly that this
// kiosk cannot look a filing up. Config problems reach staff behind the PIN and never citizens.
#include <doctest/doctest.h>

#include "base/working_calendar.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/small_config.hpp"

TEST_CASE("looking up a reference says plainly that this kiosk cannot do it yet") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    CHECK_FALSE(ui.find("lookup.search")->enabled);
    ui.fill("lookup.code", "HP-0042");
    ui.click("lookup.search");
    CHECK(ui.label("lookup.result") == ui.session().config->locales.vi.at("lookup.not_available"));
}

TEST_CASE("config problems are shown on the staff screen after the PIN, never on citizen screens") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    const std::string problem = "services/x.toml:3:1: type: kiểu không đúng";
    ui.app().reportConfigProblem(problem);
    ui.frame();
    CHECK_FALSE(ui.has("home.staff"));  // no PIN configured: no way in
    ui.app().setStaffPin("2468");
    ui.frame();
    for (const auto& w : ui.app().widgets().all()) CHECK(w.label.find("x.toml") == std::string::npos);

    ui.click("home.staff");
    CHECK_FALSE(ui.has("staff.problem.0"));
    ui.fill("staff.pin", "1111");
    CHECK(ui.label("staff.pin") == "****");
    ui.click("staff.unlock");
    CHECK(ui.has("staff.pin_wrong"));
    ui.fill("staff.pin", "2468");
    ui.click("staff.unlock");
    REQUIRE(ui.has("staff.problem.0"));
    CHECK(ui.label("staff.problem.0") == problem);
    ui.click("nav.back");
    CHECK(ui.session().screen == kiosk::core::Screen::Home);
    CHECK_FALSE(ui.session().staffUnlocked);
}

TEST_CASE("a good reload clears the problems and an untouched kiosk takes the new config") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.app().setStaffPin("2468");
    ui.app().reportConfigProblem("kiosk.toml:1:1: lỗi");
    auto next = kiosk::test::smallConfig();
    next->kiosk.communeName = "Phường Mới";
    ui.app().replaceConfig(next);
    ui.frame();
    CHECK(ui.label("toolbar.title") == "Phường Mới");
    ui.click("home.staff");
    ui.fill("staff.pin", "2468");
    ui.click("staff.unlock");
    CHECK(ui.has("staff.config"));
    CHECK_FALSE(ui.has("staff.problem.0"));
}

namespace {

// The staff screen of a kiosk started on `config`, unlocked with the PIN; returns its
// "staff.calendar" line.
std::string staffCalendarLine(std::shared_ptr<kiosk::config::Config> config) {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(std::move(config), store);
    ui.app().setStaffPin("2468");
    ui.frame();
    ui.click("home.staff");
    ui.fill("staff.pin", "2468");
    ui.click("staff.unlock");
    return ui.label("staff.calendar");
}

}  // namespace

TEST_CASE("staff see how far ahead the days off are written in, and when none are left") {
    using namespace std::chrono;
    // Days off well before and after today: the kiosk's time zone cannot move them across it.
    const sys_days today = floor<days>(system_clock::now());
    const sys_days dayOff = today + days(40);
    auto written = kiosk::test::smallConfig();
    written->calendar = kiosk::WorkingCalendar({today - days(300), dayOff}, {});
    CHECK(staffCalendarLine(written) ==
          "Lịch nghỉ lễ, Tết đã ghi đến ngày " + kiosk::forms::formatDate(year_month_day(dayOff)) +
              ". Khi có lịch nghỉ mới, hãy thêm vào working-calendar.toml.");

    auto stale = kiosk::test::smallConfig();
    stale->calendar = kiosk::WorkingCalendar({today - days(300)}, {});
    CHECK(staffCalendarLine(stale).find("chưa có ngày nào từ hôm nay trở đi") != std::string::npos);
}
