// The shorter forms on the shipped birth registration: a long choice list shows its likely
// answers and hides the rest behind a search, a page comes back where it was after any
// full-screen list (choosing a commune must not throw the citizen back to the top), and a
// flick keeps a page moving the way phones have taught people to expect.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "kiosk/forms/search.hpp"

#include "ui/headless/birth_flow.hpp"

using namespace kiosk;
using core::Screen;

namespace {

void toAddressPage(test::UiDriver& ui) {
    test::toBirthIdentityStep(ui);
    test::typeSampleIdentity(ui);
    REQUIRE(ui.session().screen == Screen::Page);
    ui.click("nav.continue");
    REQUIRE(ui.session().service->pages.at(static_cast<size_t>(ui.session().pageIndex)).id == "nguoi_yeu_cau_noi_o");
}

}  // namespace

TEST_CASE("ethnicity shows Kinh and the province's groups, the other 48 behind a search") {
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigOrFail(), store);
    toAddressPage(ui);
    ui.click("field.noi_cu_tru.province");
    ui.click("picker.66");
    ui.click("picker.24175");
    ui.fill("field.noi_cu_tru.street", "Thôn 1");
    ui.click("field.quan_he_voi_tre.cha");
    ui.click("nav.continue");
    ui.fill("field.ho_ten_tre", "Lê Minh An");
    ui.fill("field.ngay_sinh_tre", test::localDateDaysAgo(10));
    ui.click("field.gioi_tinh_tre.nu");
    ui.click("nav.continue");
    REQUIRE(ui.session().service->pages.at(static_cast<size_t>(ui.session().pageIndex)).id == "tre_dan_toc");
    CHECK(ui.has("field.dan_toc_tre.kinh"));
    CHECK(ui.has("field.dan_toc_tre.e_de"));
    CHECK(ui.has("field.dan_toc_tre.tay"));
    CHECK_FALSE(ui.has("field.dan_toc_tre.cham"));  // not one of Đắk Lắk's listed groups
    CHECK(ui.find("field.quoc_tich_tre.vn")->checked);  // preset by the service
    CHECK_FALSE(ui.has("field.quoc_tich_tre.la"));
    ui.click("field.dan_toc_tre.more");
    CHECK(ui.label("screen.title") == "Dân tộc");
    CHECK(ui.find("picker.kinh")->min.y < ui.find("picker.thai")->min.y);  // likely first
    ui.fill("picker.filter", "cham");
    CHECK_FALSE(ui.has("picker.kinh"));
    ui.click("picker.cham");
    CHECK(ui.session().answers.at("dan_toc_tre") == "cham");
    CHECK(ui.find("field.dan_toc_tre.cham")->checked);  // the answer shows among the buttons
    ui.click("field.quoc_tich_tre.more");
    ui.fill("picker.filter", "xyz");
    CHECK(ui.has("picker.none"));
    ui.click("nav.back");
    CHECK(ui.session().answers.at("quoc_tich_tre") == "vn");  // nothing changed
    ui.click("nav.continue");

    // A place typed: the commune's name completes the end of what was typed.
    REQUIRE(ui.session().service->pages.at(static_cast<size_t>(ui.session().pageIndex)).id == "tre_noi_sinh");
    ui.click("field.noi_sinh");
    ui.typeKeys("Bệnh xá hoa phu");
    ui.click("field.noi_sinh.place.24175");
    CHECK(ui.session().answers.at("noi_sinh") == "Bệnh xá Xã Hòa Phú, Tỉnh Đắk Lắk");
    CHECK_FALSE(ui.find("kbd.done"));  // the tap closed the keyboard
    CHECK(ui.label("field.que_quan.place.24175") == "Xã Hòa Phú, Tỉnh Đắk Lắk");  // the applicant's commune
    CHECK(ui.duplicateIds().empty());
}

TEST_CASE("after choosing a province and commune the page is where it was, at 1366x768") {
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigOrFail(), store, ImVec2(1366, 768));
    toAddressPage(ui);
    ui.click("field.so_dien_thoai");  // well down the page: the body scrolls to it
    ui.pressKeys({"done"});
    // Open the province list and go back: the page returns as it was when tapped.
    ui.click("field.noi_cu_tru.province");
    REQUIRE(ui.has("picker.66"));
    ui.click("nav.back");
    for (int i = 0; i < 4; ++i) ui.frame();
    const float before = ui.find("field.noi_cu_tru.province")->min.y;
    const auto* top = ui.find("page.progress");
    REQUIRE(top->max.y <= top->clipMin.y);  // the page really is scrolled down
    ui.click("field.noi_cu_tru.province");
    ui.click("picker.66");
    ui.click("picker.24175");
    for (int i = 0; i < 4; ++i) ui.frame();
    CHECK(ui.find("field.noi_cu_tru.province")->min.y == doctest::Approx(before));
    CHECK(ui.label("field.noi_cu_tru.commune") == "Xã Hòa Phú");
}

TEST_CASE("a flick keeps the page moving after the finger lifts, slowing down until it stops") {
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigOrFail(), store, ImVec2(1366, 768));
    ui.frame();
    ui.click("home.start");
    const char* const watched = "catalogue.service.xac-nhan-tinh-trang-hon-nhan";
    const float before = ui.find(watched)->min.y;
    // A quick upward stroke starting on a service: it scrolls and does not open the service.
    ui.drag("catalogue.service.dang-ky-ket-hon", ImVec2(0.5f, 0.9f), ImVec2(0.5f, -2.0f));
    REQUIRE(ui.session().screen == Screen::Catalogue);
    const float lifted = ui.find(watched)->min.y;
    CHECK(lifted < before);
    std::vector<float> steps;
    float last = lifted;
    for (int i = 0; i < 6; ++i) {
        ui.frame();
        const float now = ui.find(watched)->min.y;
        steps.push_back(last - now);
        last = now;
    }
    CHECK(steps.front() > 0.0f);             // still moving with no finger on the glass
    CHECK(steps.back() < steps.front());     // and slowing down
    for (int i = 0; i < 200; ++i) ui.frame();
    const float settled = ui.find(watched)->min.y;
    ui.frame();
    CHECK(ui.find(watched)->min.y == settled);  // it stops
}

// "khai sinh" typed on the on-screen keys: every birth service's row, the whole button, and the
// line under it saying how they differ lie in the visible body above the keyboard, so the
// citizen can compare them without closing the keyboard. Four services match since the
// foreign-element birth registration: all four with their lines fit in portrait and at reading
// size in landscape. Larger text costs one short drag for the rest: on a landscape screen the
// fourth row (above 1.0×) and the lines of the first three (at 1.5×, as before: three rows of
// 1.5× text and their lines do not fit above a keyboard at 1080 px), in portrait the fourth
// line at 1.5×.
TEST_CASE("every match of a catalogue search lies above the on-screen keyboard") {
    for (const ImVec2 display : {ImVec2(1920, 1080), ImVec2(1080, 1920)}) {
        for (const float scale : {1.0f, 1.25f, 1.5f}) {
            CAPTURE(display.x);
            CAPTURE(scale);
            test::MemoryFilingStore store;
            test::UiDriver ui(test::shippedConfigOrFail(), store, display);
            ui.frame();
            for (int i = 0; i < 3 && ui.session().display.textScale != scale; ++i) ui.click("toolbar.text_size");
            REQUIRE(ui.session().display.textScale == scale);
            const bool portrait = display.y > display.x;
            ui.click("home.start");
            ui.click("catalogue.search");
            ui.typeKeys("khai sinh");
            ui.frame();
            INFO(ui.dump());
            float keyboardTop = display.y;
            for (const auto& w : ui.app().widgets().all()) {
                if (w.kind == ui::WidgetKind::Key) keyboardTop = std::min(keyboardTop, w.min.y);
            }
            REQUIRE(keyboardTop < display.y);  // the keyboard is up
            const auto matches = forms::searchServices(ui.session().config->services, "khai sinh");
            REQUIRE(matches.size() >= 3);
            size_t index = 0;
            for (const forms::Service* service : matches) {
                const bool first3 = index++ < 3;
                const bool rowFits = portrait || scale < 1.25f || first3;
                const bool linesFit = first3 ? portrait || scale < 1.5f : scale < (portrait ? 1.5f : 1.25f);
                const auto* row = ui.find("catalogue.service." + service->id);
                REQUIRE_MESSAGE(row != nullptr, service->id);
                CHECK(row->max.y - row->min.y >= 64.0f);
                if (!rowFits) continue;
                CHECK_MESSAGE(row->max.y <= keyboardTop, service->id);
                CHECK_MESSAGE(row->max.y <= row->clipMax.y, service->id);
                CHECK_MESSAGE(row->min.y >= row->clipMin.y, service->id);
                // and the line saying how it differs from the others, whole, above the keyboard too
                if (const auto* summary = ui.find("catalogue.summary." + service->id); summary != nullptr && linesFit) {
                    CHECK_MESSAGE(summary->max.y <= keyboardTop, service->id);
                }
            }
        }
    }
}
