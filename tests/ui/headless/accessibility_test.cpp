// The sizes and colours design.md promises elderly users: text contrast ≥ 4.5:1 (7:1 in high
// contrast), body text ≥ 28 px and touch targets ≥ 64 px high at 1080p, large text growing
// everything, and no two targets overlapping. Checked on real frames of real screens.
#include <doctest/doctest.h>

#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/theme.hpp"

using kiosk::ui::WidgetKind;

namespace {

bool isTarget(const kiosk::ui::WidgetInfo& w) {
    return w.kind != WidgetKind::Text && w.kind != WidgetKind::Image;
}

// Every reachable touch target on screen is tall enough, and none overlaps another.
void checkTargets(const kiosk::test::UiDriver& ui, float minHeight) {
    const auto& all = ui.app().widgets().all();
    for (size_t i = 0; i < all.size(); ++i) {
        const auto& a = all[i];
        if (!isTarget(a)) continue;
        INFO(a.id);
        CHECK(a.max.y - a.min.y >= minHeight);
        for (size_t j = i + 1; j < all.size(); ++j) {
            const auto& b = all[j];
            if (!isTarget(b)) continue;
            const bool overlap = a.min.x < b.max.x - 0.5f && b.min.x < a.max.x - 0.5f &&
                                 a.min.y < b.max.y - 0.5f && b.min.y < a.max.y - 0.5f;
            INFO(b.id);
            CHECK_FALSE(overlap);
        }
    }
}

}  // namespace

TEST_CASE("text colours meet 4.5:1, and 7:1 in high contrast") {
    for (const bool high : {false, true}) {
        const auto& p = kiosk::ui::palette(high);
        const float need = high ? 7.0f : 4.5f;
        CHECK(kiosk::ui::contrastRatio(p.text, p.background) >= need);
        CHECK(kiosk::ui::contrastRatio(p.mutedText, p.background) >= need);
        CHECK(kiosk::ui::contrastRatio(p.mutedText, p.panel) >= need);
        CHECK(kiosk::ui::contrastRatio(p.text, p.panel) >= need);
        CHECK(kiosk::ui::contrastRatio(p.onPrimary, p.primary) >= need);
        CHECK(kiosk::ui::contrastRatio(p.onSecondary, p.secondary) >= need);
        CHECK(kiosk::ui::contrastRatio(p.onSelected, p.selected) >= need);
        CHECK(kiosk::ui::contrastRatio(p.error, p.background) >= need);
        CHECK(kiosk::ui::contrastRatio(p.error, p.panel) >= need);
        CHECK(kiosk::ui::contrastRatio(p.primary, p.background) >= need);  // link text
        CHECK(kiosk::ui::contrastRatio(p.disabled, p.panel) >= 4.5f);
    }
}

TEST_CASE("body text is at least 28 px at 1080p whatever the config says, and scales") {
    CHECK(kiosk::ui::fontPixels(ImVec2(1920, 1080), 20.0f, 1.0f) >= 28.0f);
    CHECK(kiosk::ui::fontPixels(ImVec2(1080, 1920), 30.0f, 1.0f) == 30.0f);
    CHECK(kiosk::ui::fontPixels(ImVec2(1920, 1080), 30.0f, 1.5f) == 45.0f);
    CHECK(kiosk::ui::fontPixels(ImVec2(3840, 2160), 30.0f, 1.0f) == 60.0f);
}

TEST_CASE("touch targets are at least 64 px high at 1080p and never overlap") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, ImVec2(1920, 1080));
    checkTargets(ui, 64.0f);
    ui.click("home.start");
    checkTargets(ui, 64.0f);
    ui.click("catalogue.search");  // the keyboard is open
    checkTargets(ui, 64.0f);
    ui.click("kbd.done");
    ui.click("catalogue.service.dang-ky-khai-sinh");
    checkTargets(ui, 64.0f);
    ui.click("service.start");
    ui.click("nav.continue");  // errors shown
    checkTargets(ui, 64.0f);
}

TEST_CASE("large text rebuilds the fonts and makes targets bigger") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, ImVec2(1920, 1080));
    const auto before = *ui.find("home.start");
    ui.click("toolbar.text_size");
    ui.click("toolbar.text_size");
    CHECK(ui.session().display.textScale == 1.5f);
    ui.frame();
    const auto after = *ui.find("home.start");
    CHECK(after.max.y - after.min.y > before.max.y - before.min.y);
    checkTargets(ui, 64.0f * 1.5f);
    ui.click("toolbar.contrast");
    CHECK(ui.session().display.highContrast);
    ui.click("toolbar.text_size");
    CHECK(ui.session().display.textScale == 1.0f);
}
