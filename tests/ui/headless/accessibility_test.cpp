// The sizes and colours design.md promises elderly users: text contrast ≥ 4.5:1 (7:1 in high
// contrast) for every colour pair the widgets draw text with, body text ≥ 42 px, and on every
// screen of a whole filing (keyboards open, errors shown), in all three layouts and every text
// size: touch targets ≥ 64 px high at 1080p, no two targets overlapping where they are seen, and
// each screen's main button in reach without a scroll.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "kiosk/ui/theme.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/staff_entrance.hpp"

using kiosk::ui::WidgetKind;

namespace {

bool isTarget(const kiosk::ui::WidgetInfo& w) {
    return w.kind != WidgetKind::Text && w.kind != WidgetKind::Image;
}

// The part of a widget that is drawn and can be touched: what its scroll area shows of it.
struct Visible {
    ImVec2 min, max;
    bool empty() const { return max.x - min.x < 1.0f || max.y - min.y < 1.0f; }
};

Visible visible(const kiosk::ui::WidgetInfo& w) {
    return {ImVec2(std::max(w.min.x, w.clipMin.x), std::max(w.min.y, w.clipMin.y)),
            ImVec2(std::min(w.max.x, w.clipMax.x), std::min(w.max.y, w.clipMax.y))};
}

bool overlap(const Visible& a, const Visible& b) {
    return a.min.x < b.max.x - 0.5f && b.min.x < a.max.x - 0.5f && a.min.y < b.max.y - 0.5f &&
           b.min.y < a.max.y - 0.5f;
}

std::string where(const kiosk::test::UiDriver& ui) {
    const auto& s = ui.session();
    return "screen " + std::to_string(static_cast<int>(s.screen)) + " page " + std::to_string(s.pageIndex) +
           " text ×" + std::to_string(s.display.textScale).substr(0, 4);
}

// The button that moves a screen of the citizen path on, whichever screen it is on.
bool isMainButton(const std::string& id) {
    static const std::set<std::string> main{"home.start",   "service.start", "nav.continue",
                                            "consent.yes",  "send.submit",   "payment.transferred",
                                            "receipt.done", "lookup.search", "idle.more_time"};
    return main.count(id) > 0;
}

// Collects, over every frame drawn, each target that is too low, each pair that overlaps, and
// each main button drawn where the citizen would have to scroll to reach it.
struct TargetChecker {
    float minHeight = 64.0f;
    std::set<std::string> problems;
    size_t framesChecked = 0;

    void operator()(const kiosk::test::UiDriver& ui) {
        ++framesChecked;
        const auto& all = ui.app().widgets().all();
        // While an on-screen keyboard is up its "Xong" is the next tap, and it brings the bar back.
        const bool typing = std::any_of(all.begin(), all.end(),
                                        [](const kiosk::ui::WidgetInfo& w) { return w.kind == WidgetKind::Key; });
        for (size_t i = 0; i < all.size(); ++i) {
            const auto& a = all[i];
            if (!isTarget(a)) continue;
            if (!typing && isMainButton(a.id) && !a.reachable()) {
                problems.insert(where(ui) + ": " + a.id + " needs a scroll");
            }
            if (a.max.y - a.min.y < minHeight - 0.5f) {
                problems.insert(where(ui) + ": " + a.id + " is " + std::to_string(a.max.y - a.min.y) + " px high");
            }
            const Visible va = visible(a);
            if (va.empty()) continue;
            for (size_t j = i + 1; j < all.size(); ++j) {
                const auto& b = all[j];
                if (!isTarget(b)) continue;
                const Visible vb = visible(b);
                if (!vb.empty() && overlap(va, vb)) problems.insert(where(ui) + ": " + a.id + " overlaps " + b.id);
            }
        }
    }
};

void setTextScale(kiosk::test::UiDriver& ui, float scale) {
    for (int i = 0; i < 3 && ui.session().display.textScale != scale; ++i) ui.click("toolbar.text_size");
    REQUIRE(ui.session().display.textScale == scale);
}

// Every screen a citizen or staff member can reach: a whole birth registration (catalogue with
// its search keyboard, identity, every form page with keyboards and keypads, an error summary,
// the address picker, check answers, consent, send, receipt), then look-up, help, the staff PIN,
// "leave?" and the idle warning.
void visitEveryScreen(kiosk::test::UiDriver& ui, const kiosk::test::MemoryFilingStore& store, float scale) {
    setTextScale(ui, scale);
    kiosk::test::registerBirth(ui, store);

    setTextScale(ui, scale);  // "Xong" ended the session, and its text size with it
    ui.click("home.lookup");
    ui.click("lookup.code");
    ui.click("kbd.done");
    ui.click("toolbar.home");
    ui.click("home.help");
    ui.click("toolbar.home");
    kiosk::test::openStaffEntrance(ui);
    ui.click("staff.operator");
    ui.click("kbd.done");
    ui.click("staff.pin");
    ui.click("kbd.done");
    ui.click("toolbar.home");
    ui.click("home.start");
    ui.fill("catalogue.search", "khai");
    ui.click("catalogue.service.dang-ky-khai-sinh");
    ui.click("service.start");
    ui.click("field.tre_duoi_6_tuoi.khong");
    ui.click("toolbar.home");  // answers given: it asks first
    REQUIRE(ui.has("leave.cancel"));
    ui.click("leave.cancel");
    ui.wait(std::chrono::seconds(100));
    REQUIRE(ui.has("idle.more_time"));
    ui.click("idle.more_time");
}

void checkEveryScreen(ImVec2 display) {
    for (const float scale : {1.0f, 1.25f, 1.5f}) {
        CAPTURE(scale);
        kiosk::test::TestStaff staff;
        kiosk::test::MemoryFilingStore store;
        kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, display);
        staff.joinTo(ui);
        TargetChecker checker;
        // 64 px at 1080p, in proportion on other panels (the theme scales with the short side).
        checker.minHeight = std::floor(64.0f * std::min(display.x, display.y) / 1080.0f);
        ui.onEveryFrame([&](const kiosk::test::UiDriver& d) { checker(d); });
        visitEveryScreen(ui, store, scale);
        ui.onEveryFrame({});
        CHECK(checker.framesChecked > 500);
        std::string all;
        for (const auto& p : checker.problems) all += "  " + p + "\n";
        INFO(all);
        CHECK(checker.problems.empty());
    }
}

}  // namespace

TEST_CASE("every text colour pair meets 4.5:1, and 7:1 in high contrast") {
    for (const bool high : {false, true}) {
        const float need = high ? 7.0f : 4.5f;
        const auto pairs = kiosk::ui::textPairs(kiosk::ui::palette(high));
        REQUIRE(pairs.size() >= 10);
        for (const auto& pair : pairs) {
            INFO((high ? "high contrast: " : "normal: ") << pair.use);
            CHECK(kiosk::ui::contrastRatio(pair.text, pair.background) >= need);
        }
    }
}

TEST_CASE("the contrast ratio is the WCAG one") {
    const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), grey(0.4627f, 0.4627f, 0.4627f, 1);  // #767676
    CHECK(kiosk::ui::contrastRatio(black, white) == doctest::Approx(21.0f));
    CHECK(kiosk::ui::contrastRatio(white, white) == doctest::Approx(1.0f));
    CHECK(kiosk::ui::contrastRatio(grey, white) == doctest::Approx(4.54f).epsilon(0.01));
}

TEST_CASE("body text is at least 42 px at 1080p whatever the config says, and scales") {
    CHECK(kiosk::ui::fontPixels(ImVec2(1920, 1080), 20.0f, 1.0f) >= 42.0f);
    CHECK(kiosk::ui::fontPixels(ImVec2(1080, 1920), 42.0f, 1.0f) == 42.0f);
    CHECK(kiosk::ui::fontPixels(ImVec2(1920, 1080), 42.0f, 1.5f) == 63.0f);
    CHECK(kiosk::ui::fontPixels(ImVec2(3840, 2160), 42.0f, 1.0f) == 84.0f);
}

TEST_CASE("large text and high contrast are one tap away, grow the text and last one session") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, ImVec2(1920, 1080));
    const auto before = *ui.find("home.start");
    ui.click("toolbar.text_size");
    CHECK(ui.session().display.textScale == 1.25f);
    ui.click("toolbar.text_size");
    CHECK(ui.session().display.textScale == 1.5f);
    const auto after = *ui.find("home.start");
    CHECK(after.max.y - after.min.y > before.max.y - before.min.y);
    ui.click("toolbar.contrast");
    CHECK(ui.session().display.highContrast);
    ui.click("home.start");
    CHECK(ui.has("toolbar.text_size"));  // on every screen
    CHECK(ui.has("toolbar.contrast"));
    ui.click("toolbar.home");
    ui.click("home.lookup");
    ui.wait(std::chrono::seconds(200));  // nobody there: the next person gets the defaults
    CHECK(ui.session().display.textScale == 1.0f);
    CHECK_FALSE(ui.session().display.highContrast);
}

TEST_CASE("touch targets are big enough and never overlap on any screen at 1920x1080") {
    checkEveryScreen(ImVec2(1920, 1080));
}

TEST_CASE("touch targets are big enough and never overlap on any screen at 1366x768") {
    checkEveryScreen(ImVec2(1366, 768));
}

TEST_CASE("touch targets are big enough and never overlap on any screen in portrait 1080x1920") {
    checkEveryScreen(ImVec2(1080, 1920));
}
