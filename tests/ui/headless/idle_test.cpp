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

namespace {

// A citizen who set everything a citizen can set: English, the largest text, high contrast,
// read-aloud, and a code typed on the look-up screen.
void setEverything(kiosk::test::UiDriver& ui) {
    ui.click("home.lookup");
    ui.click("toolbar.lang.en");
    ui.click("toolbar.text_size");
    ui.click("toolbar.text_size");
    ui.click("toolbar.contrast");
    ui.click("toolbar.read_aloud");
    ui.fill("lookup.code", "HP-0042");
    REQUIRE(ui.session().lang == kiosk::forms::Lang::En);
    REQUIRE(ui.session().display.textScale == 1.5f);
    REQUIRE(ui.session().display.highContrast);
    REQUIRE(ui.label("toolbar.read_aloud") == ui.session().config->locales.en.at("toolbar.read_again"));
}

// What the next citizen finds: the home screen as the kiosk starts, nothing of the last one.
void checkFresh(kiosk::test::UiDriver& ui) {
    ui.frame();
    const auto& s = ui.session();
    CHECK(s.screen == Screen::Home);
    CHECK(s.lang == kiosk::forms::Lang::Vi);
    CHECK(s.display == kiosk::core::DisplayPrefs{});
    CHECK(s.lookupCode.empty());
    CHECK_FALSE(s.inUse());
    CHECK(ui.has("toolbar.lang.en"));
    CHECK(ui.label("toolbar.read_aloud") == s.config->locales.vi.at("toolbar.read_aloud"));
    CHECK(ui.label("toolbar.text_size") == s.config->locales.vi.at("toolbar.text_bigger"));
    CHECK(ui.label("toolbar.contrast") == s.config->locales.vi.at("toolbar.contrast_on"));
    CHECK(ui.app().readAloud().voice == kiosk::speech::Voice::Vietnamese);
}

std::shared_ptr<kiosk::config::Config> withIdle(int timeout, int warning) {
    auto cfg = kiosk::test::smallConfig();
    cfg->kiosk.idleTimeoutSeconds = timeout;
    cfg->kiosk.idleWarningSeconds = warning;
    return cfg;
}

}  // namespace

TEST_CASE("'Về trang đầu', 'Tôi dùng xong' and the timeout each leave the next citizen a fresh kiosk") {
    kiosk::test::MemoryFilingStore store;
    SUBCASE("Về trang đầu") {
        kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
        setEverything(ui);
        ui.click("toolbar.home");
        checkFresh(ui);
    }
    SUBCASE("Tôi dùng xong, from the warning") {
        kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
        setEverything(ui);
        ui.wait(seconds(100));
        ui.click("idle.finish");
        checkFresh(ui);
    }
    SUBCASE("the idle timeout") {
        kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
        setEverything(ui);
        ui.wait(seconds(100));
        ui.wait(seconds(30));
        checkFresh(ui);
    }
}

TEST_CASE("'Quay lại' to the home screen keeps the language for the same citizen") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    ui.click("toolbar.lang.en");
    ui.click("nav.back");
    CHECK(ui.session().screen == Screen::Home);
    CHECK(ui.session().lang == kiosk::forms::Lang::En);
    CHECK(ui.has("toolbar.lang.vi"));
}

TEST_CASE("a reloaded idle time applies at once, mid-session and to the sessions after it") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    ui.fill("lookup.code", "HP-0042");
    ui.wait(seconds(60));
    ui.app().replaceConfig(withIdle(60, 20));
    ui.frame();  // the runner draws after a reload; the new limits start from here
    ui.wait(seconds(35));
    CHECK_FALSE(ui.has("idle.more_time"));
    ui.wait(seconds(10));  // 45 s under the new limits: inside its 20 s warning
    REQUIRE(ui.has("idle.more_time"));
    ui.click("idle.finish");

    // The next citizen gets the new limits too (before, they waited for a restart).
    ui.click("home.lookup");
    ui.wait(seconds(45));
    CHECK(ui.has("idle.more_time"));
    ui.wait(seconds(20));
    CHECK(ui.session().screen == Screen::Home);
}
