// Reading size for older eyes, measured on the glyphs the kiosk draws: the font atlas the
// kiosk built for the shipped config (Noto Sans through FreeType, as on the real screen) is read
// back pixel by pixel, and the rows the capital "H" inks are counted. At 1920x1080 with the
// default settings body capitals must be ≥ 22 px and heading capitals ≥ 30 px; the larger text
// sizes only add to that.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"

namespace {

// The rows of the glyph's bitmap in the atlas with at least one pixel more than half inked.
int inkedRows(const ImFont& font, ImWchar c) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    REQUIRE(pixels != nullptr);
    const ImFontGlyph* glyph = font.FindGlyphNoFallback(c);
    REQUIRE(glyph != nullptr);
    const int x0 = static_cast<int>(std::lround(glyph->U0 * static_cast<float>(width)));
    const int x1 = static_cast<int>(std::lround(glyph->U1 * static_cast<float>(width)));
    const int y0 = static_cast<int>(std::lround(glyph->V0 * static_cast<float>(height)));
    const int y1 = static_cast<int>(std::lround(glyph->V1 * static_cast<float>(height)));
    int rows = 0;
    for (int y = y0; y < y1; ++y) {
        bool inked = false;
        for (int x = x0; x < x1 && !inked; ++x) inked = pixels[(y * width + x) * 4 + 3] >= 128;
        rows += inked ? 1 : 0;
    }
    return rows;
}

struct Ramp {
    const ImFont* body = nullptr;
    const ImFont* title = nullptr;
};

// The body font is ImGui's default (fonts.cpp); headings use the largest font in the atlas.
Ramp ramp() {
    const ImGuiIO& io = ImGui::GetIO();
    Ramp r{io.FontDefault, nullptr};
    for (const ImFont* f : io.Fonts->Fonts) {
        if (r.title == nullptr || f->FontSize > r.title->FontSize) r.title = f;
    }
    REQUIRE(r.body != nullptr);
    REQUIRE(r.title != nullptr);
    return r;
}

struct Capitals {
    int body = 0, heading = 0;
};

Capitals capitalsAt(ImVec2 display, int textSizeTaps) {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, display);
    for (int i = 0; i < textSizeTaps; ++i) ui.click("toolbar.text_size");
    ui.frame();  // the fonts are rebuilt for the new size before this frame
    const Ramp r = ramp();
    // The home screen's heading is drawn in the title font: one line of it is that font's height.
    const auto* title = ui.find("screen.title");
    REQUIRE(title != nullptr);
    const float lines = (title->max.y - title->min.y) / r.title->FontSize;
    CHECK(std::fabs(lines - std::round(lines)) < 0.01f);
    return {inkedRows(*r.body, 'H'), inkedRows(*r.title, 'H')};
}

}  // namespace

TEST_CASE("at 1920x1080 body capitals are at least 22 px and heading capitals at least 30 px") {
    const Capitals normal = capitalsAt(ImVec2(1920, 1080), 0);
    MESSAGE("capital H at 1920x1080: body " << normal.body << " px, heading " << normal.heading << " px");
    CHECK(normal.body >= 22);
    CHECK(normal.heading >= 30);
    // Portrait 1080x1920 has the same pixel density: the same sizes.
    const Capitals portrait = capitalsAt(ImVec2(1080, 1920), 0);
    CHECK(portrait.body == normal.body);
    CHECK(portrait.heading == normal.heading);
}

TEST_CASE("the larger text sizes are ×1.25 and ×1.5 on top of the default") {
    const Capitals normal = capitalsAt(ImVec2(1920, 1080), 0);
    const Capitals larger = capitalsAt(ImVec2(1920, 1080), 1);
    const Capitals largest = capitalsAt(ImVec2(1920, 1080), 2);
    MESSAGE("body capitals ×1.25: " << larger.body << " px, ×1.5: " << largest.body << " px");
    CHECK(std::abs(larger.body - std::lround(normal.body * 1.25)) <= 1);
    CHECK(std::abs(largest.body - std::lround(normal.body * 1.5)) <= 1);
    CHECK(largest.heading >= std::lround(normal.heading * 1.5) - 1);
}

// The largest text on a portrait screen: the bottom bar's main button keeps its words on one
// line inside the screen, taking the room "‹ Quay lại" leaves, rather than wrapping below the
// screen's edge ("Bắt đầu điền tờ khai" on a procedure's page).
TEST_CASE("with the largest text in portrait the bottom bar's buttons stay one line high on the screen") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store, ImVec2(1080, 1920));
    ui.frame();
    for (int i = 0; i < 3 && ui.session().display.textScale != 1.5f; ++i) ui.click("toolbar.text_size");
    REQUIRE(ui.session().display.textScale == 1.5f);
    ui.click("home.start");
    ui.fill("catalogue.search", "khai sinh");
    ui.click("catalogue.service.dang-ky-khai-sinh");
    ui.frame();
    const auto* back = ui.find("nav.back");
    const auto* start = ui.find("service.start");
    REQUIRE(back != nullptr);
    REQUIRE(start != nullptr);
    INFO(ui.dump());
    CHECK(start->label == "Bắt đầu điền tờ khai");
    CHECK(start->max.y <= 1920.0f);
    CHECK(start->max.y - start->min.y == doctest::Approx(back->max.y - back->min.y));
    CHECK(back->max.x < start->min.x);
    CHECK(back->max.x - back->min.x >= 64.0f);
}
