// The idle policy as a citizen meets it: a countdown with a big "Tôi cần thêm thời gian" at
// least 20 s before the wipe, that button keeping everything, and the wipe sending the kiosk
// home with nothing left. Also: an idle kiosk asks the runner for no redraws at all.
#include <doctest/doctest.h>

#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/small_config.hpp"

using std::chrono::seconds;
using kiosk::core::Screen;

TEST_CASE("an idle kiosk on the home screen needs no redraws") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    CHECK_FALSE(ui.app().nextWakeup().has_value());
    ui.wait(seconds(3600));
    CHECK(ui.session().screen == Screen::Home);
    CHECK(ui.has("home.start"));
    // A screen change asks for the frames that settle its layout, and no more.
    ui.click("home.help");
    ui.click("toolbar.home");
    CHECK(ui.session().screen == Screen::Home);
    REQUIRE(ui.app().nextWakeup().has_value());
    ui.frame();  // what the runner draws when the wake-up is due
    ui.frame();
    CHECK_FALSE(ui.app().nextWakeup().has_value());
}

TEST_CASE("a session left alone is warned with a countdown, then wiped and sent home") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    ui.fill("lookup.code", "HP-0042");
    REQUIRE(ui.session().lookupCode == "HP-0042");
    REQUIRE(ui.app().nextWakeup().has_value());

    ui.wait(seconds(85));
    CHECK_FALSE(ui.has("idle.more_time"));
    ui.wait(seconds(10));  // 95 s idle: inside the 30 s warning
    REQUIRE(ui.has("idle.more_time"));
    CHECK(ui.label("idle.seconds").find("25") != std::string::npos);
    const auto& button = *ui.find("idle.more_time");
    CHECK(button.max.y - button.min.y >= 64.0f);

    ui.wait(seconds(30));
    CHECK(ui.session().screen == Screen::Home);
    CHECK(ui.session().lookupCode.empty());
    CHECK_FALSE(ui.has("idle.more_time"));
    ui.frame();  // the home screen settles
    ui.frame();
    CHECK_FALSE(ui.app().nextWakeup().has_value());
}

TEST_CASE("'Tôi cần thêm thời gian' keeps the citizen's place and what they typed") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    ui.fill("lookup.code", "HP-0042");
    for (int i = 0; i < 3; ++i) {
        ui.wait(seconds(100));
        REQUIRE(ui.has("idle.more_time"));
        ui.click("idle.more_time");
        CHECK_FALSE(ui.has("idle.more_time"));
        CHECK(ui.session().screen == Screen::Lookup);
        CHECK(ui.session().lookupCode == "HP-0042");
    }
}

TEST_CASE("finishing from the warning wipes at once") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    ui.fill("lookup.code", "HP-0042");
    ui.wait(seconds(100));
    ui.click("idle.finish");
    CHECK(ui.session().screen == Screen::Home);
    CHECK(ui.session().lookupCode.empty());
}
