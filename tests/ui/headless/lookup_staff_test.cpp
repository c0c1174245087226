// The look-up screen must not pretend: until the portal is connected it says plainly that this
// kiosk cannot look a filing up. Config problems reach staff behind sign-in and never citizens.
#include <doctest/doctest.h>

#include "kiosk/base/working_calendar.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/small_config.hpp"
#include "ui/headless/staff_entrance.hpp"

TEST_CASE("looking up a reference says plainly that this kiosk cannot do it yet") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    CHECK_FALSE(ui.find("lookup.search")->enabled);
    ui.fill("lookup.code", "HP-0042");
    ui.click("lookup.search");
    CHECK(ui.label("lookup.result") == ui.session().config->locales.vi.at("lookup.not_available"));
}

TEST_CASE("config problems are shown on the staff screen after sign-in, never on citizen screens") {
    kiosk::test::TestStaff staff;
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    const std::string problem = "services/x.toml:3:1: type: kiểu không đúng";
    ui.app().reportConfigProblem(problem);
    ui.frame();
    CHECK_FALSE(ui.has("toolbar.staff_corner"));  // no staff list: no way in
    staff.joinTo(ui);
    ui.frame();
    for (const auto& w : ui.app().widgets().all()) CHECK(w.label.find("x.toml") == std::string::npos);

    kiosk::test::openStaffEntrance(ui);
    CHECK_FALSE(ui.has("staff.problem.0"));
    ui.fill("staff.pin", "111111");
    CHECK(ui.label("staff.pin") == "******");
    kiosk::test::signIn(ui, kiosk::test::kStaffOperator, "111111");
    CHECK(ui.has("staff.pin_wrong"));
    kiosk::test::signIn(ui, kiosk::test::kStaffOperator, kiosk::test::kStaffPin);
    REQUIRE(ui.has("staff.problem.0"));
    CHECK(ui.label("staff.problem.0") == problem);
    CHECK(ui.label("staff.signed_in") == "Cán bộ đang đăng nhập: CB-01");
    ui.click("nav.back");
    CHECK(ui.session().screen == kiosk::core::Screen::Home);
    CHECK(ui.session().staffOperator.empty());
}

TEST_CASE("a good reload clears the problems and an untouched kiosk takes the new config") {
    kiosk::test::TestStaff staff;
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    staff.joinTo(ui);
    ui.app().reportConfigProblem("kiosk.toml:1:1: lỗi");
    auto next = kiosk::test::smallConfig();
    next->kiosk.communeName = "Phường Mới";
    ui.app().replaceConfig(next);
    ui.frame();
    CHECK(ui.label("toolbar.title") == "Phường Mới");
    kiosk::test::openStaffEntrance(ui);
    kiosk::test::signIn(ui, kiosk::test::kStaffOperator, kiosk::test::kStaffPin);
    CHECK(ui.has("staff.config"));
    CHECK_FALSE(ui.has("staff.problem.0"));
}

namespace {

// The staff screen, signed in. `staff` outlives `ui`.
void openUnlockedStaff(kiosk::test::UiDriver& ui, kiosk::test::TestStaff& staff) {
    staff.joinTo(ui);
    ui.frame();
    kiosk::test::openStaffEntrance(ui);
    kiosk::test::signIn(ui, kiosk::test::kStaffOperator, kiosk::test::kStaffPin);
    REQUIRE_FALSE(ui.session().staffOperator.empty());
}

}  // namespace

TEST_CASE("staff see how far ahead the days off are written in, which they are, and when none are left") {
    using namespace std::chrono;
    // Days off well before and after today: the kiosk's time zone cannot move them across it.
    const sys_days today = floor<days>(system_clock::now());
    const sys_days dayOff = today + days(40);
    auto written = kiosk::test::smallConfig();
    written->calendar = kiosk::WorkingCalendar(
        std::vector<kiosk::DayOffPeriod>{{today - days(300), today - days(300), "Đã qua"},
                                         {today + days(20), today + days(24), "Tết Nguyên đán"},
                                         {dayOff, dayOff, "Quốc khánh"}},
        {});
    const auto date = [](sys_days d) { return kiosk::forms::formatDate(year_month_day(d)); };
    kiosk::test::TestStaff staff;
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(written, store);
    openUnlockedStaff(ui, staff);
    CHECK(ui.label("staff.calendar").starts_with("Lịch nghỉ đã ghi đến ngày " + date(dayOff) + "."));
    // Exactly the breaks it holds from today on, nothing it does not.
    CHECK(ui.label("staff.calendar.0") == date(today + days(20)) + " đến " + date(today + days(24)) + ": Tết Nguyên đán");
    CHECK(ui.label("staff.calendar.1") == date(dayOff) + ": Quốc khánh");
    CHECK_FALSE(ui.has("staff.calendar.2"));

    auto stale = kiosk::test::smallConfig();
    stale->calendar = kiosk::WorkingCalendar(std::vector<sys_days>{today - days(300)}, {});
    kiosk::test::UiDriver staleUi(stale, store);
    openUnlockedStaff(staleUi, staff);
    CHECK(staleUi.label("staff.calendar").find("chưa có ngày nào từ hôm nay trở đi") != std::string::npos);
    CHECK_FALSE(staleUi.has("staff.calendar.0"));
}

TEST_CASE("the shipped calendar: staff read every break it holds from today on, each with its reason") {
    auto loaded = kiosk::config::loadConfig(kiosk::test::shippedConfig());
    REQUIRE(loaded.ok());
    auto config = std::make_shared<kiosk::config::Config>(std::move(*loaded));
    const std::chrono::sys_days today(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    std::vector<std::string> expected;
    for (const auto& p : config->calendar.periods()) {
        if (p.to >= today) expected.push_back(p.reason);
    }
    kiosk::test::TestStaff staff;
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(config, store);
    openUnlockedStaff(ui, staff);
    for (size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(ui.label("staff.calendar." + std::to_string(i)).ends_with(": " + expected[i]));
    }
    CHECK_FALSE(ui.has("staff.calendar." + std::to_string(expected.size())));
}
