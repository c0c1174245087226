// The key click through its port (the sound itself is the runner's, tests/unit/runner): one
// click for each on-screen key, button or box touched, none for a physical keyboard, none when
// kiosk.toml [input] key_click = false, and none needed at all (no port: silent).
#include <doctest/doctest.h>

#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/small_config.hpp"

using namespace kiosk;

namespace {

struct Clicks {
    explicit Clicks(bool enabled) {
        auto cfg = test::smallConfig();
        cfg->kiosk.input.keyClick = enabled;
        ui = std::make_unique<test::UiDriver>(cfg, store);
        ui->app().setKeyClick([this] { ++count; });
        ui->frame();
    }
    test::MemoryFilingStore store;
    std::unique_ptr<test::UiDriver> ui;
    int count = 0;
};

}  // namespace

TEST_CASE("each touch of a button, a box or an on-screen key asks for one click") {
    Clicks c(true);
    CHECK(c.count == 0);  // drawing alone is silent
    c.ui->click("home.lookup");
    CHECK(c.count == 1);
    c.ui->frame();
    c.ui->frame();
    CHECK(c.count == 1);  // the press is over: no repeat
    c.ui->click("lookup.code");
    CHECK(c.count == 2);
    c.ui->pressKeys({"a", "b", "backspace"});
    CHECK(c.count == 5);
    CHECK(c.ui->session().lookupCode == "A");

    c.ui->type("123");  // a physical keyboard has its own feel and sound
    CHECK(c.count == 5);
    CHECK(c.ui->session().lookupCode == "A123");
}

TEST_CASE("with key_click = false nothing asks for a click") {
    Clicks c(false);
    c.ui->click("home.lookup");
    c.ui->click("lookup.code");
    c.ui->pressKeys({"a", "b"});
    CHECK(c.ui->session().lookupCode == "Ab");
    CHECK(c.count == 0);
}

TEST_CASE("without a click port pressing works the same, silently") {
    test::MemoryFilingStore store;
    test::UiDriver ui(test::smallConfig(), store);
    ui.frame();
    ui.click("home.lookup");
    ui.fill("lookup.code", "KIOSK-01");
    CHECK(ui.session().lookupCode == "KIOSK-01");
}
