// "Tra cứu hồ sơ" with a USB QR reader: the reader "types" the receipt's QR payload a few
// characters a frame and then Enter. The QR on the receipt must hold exactly a code the look-up
// accepts (the local reference, then the mã hồ sơ), and a scan on the look-up screen finds the
// filing at once: no tap on the box, no tap on "Tìm", and a code already looked up gives way
// to the new one. A code typed by hand still waits for "Tìm" (or Enter).
#include <doctest/doctest.h>

#include <algorithm>

#include <imgui.h>

#include "support/ui_driver.hpp"
#include "ui/headless/fee_filing_walk.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;
using namespace std::chrono_literals;

namespace {

constexpr const char* kMaHoSo = "000.00.00.H66-261129-0001";
constexpr int kEnterKey = 13;  // any free slot of ImGui 1.86's KeysDown; the driver maps none

void pressEnter(UiDriver& ui) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Enter] = kEnterKey;
    io.KeysDown[kEnterKey] = true;
    ui.frame();
    io.KeysDown[kEnterKey] = false;
    ui.frame();
}

// What a keyboard-wedge reader does: a burst of keystrokes spread over frames, then Enter,
// pressed and released between two frames so ImGui's key state never shows it: the runner
// reports it through noteEnter(), as here.
void scan(UiDriver& ui, const std::string& payload) {
    for (size_t i = 0; i < payload.size(); i += 3) {
        ImGui::GetIO().AddInputCharactersUTF8(payload.substr(i, 3).c_str());
        ui.frame();
    }
    ui.app().noteEnter();
    ui.frame();
    ui.frame();
}

std::string storeDelivered(StatusFixture& f) {
    core::Filing filing{"thu-phi-mau", "9.000001", {{"ho_ten", "Lê Thị Hoa"}, {"anh_giay_to_mau", "ban_chinh_tai_quay"}}, {}, 10000, 0};
    auto stored = f.box->submit(filing);
    REQUIRE(stored.ok());
    f.deliver(stored->localReference, kMaHoSo);
    return stored->localReference;
}

}  // namespace

TEST_CASE("the receipt's QR, scanned on the look-up screen, finds the filing at once") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);

    // Before the portal answers the QR holds the local reference, then the mã hồ sơ: each
    // exactly, nothing around it that the look-up would have to strip.
    const std::string localQr = ui.label("receipt.qr");
    CHECK(localQr == reference);
    f.deliver(reference, kMaHoSo);
    ui.wait(3s);
    const std::string officialQr = ui.label("receipt.qr");
    CHECK(officialQr == kMaHoSo);
    CHECK(ui.label("receipt.ma_ho_so") == kMaHoSo);
    ui.click("receipt.done");
    ui.click("rating.skip");

    ui.click("home.lookup");
    REQUIRE(ui.session().screen == Screen::Lookup);
    scan(ui, officialQr);
    INFO(ui.dump());
    CHECK(ui.session().lookupCode == kMaHoSo);
    CHECK(ui.session().lookupAsked);
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
    CHECK_FALSE(ui.has("kbd.done"));  // Enter closed the keyboard the burst opened

    // The paper receipt printed before delivery carries the local reference: the next scan
    // replaces the code on screen and finds the same filing.
    scan(ui, localQr);
    CHECK(ui.session().lookupCode == reference);
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
}

TEST_CASE("a scan into the box that has the keyboard replaces a code already looked up") {
    StatusFixture f;
    storeDelivered(f);
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    ui.frame();
    ui.click("home.lookup");
    ui.click("lookup.code");
    scan(ui, "000.00.00.H66-261129-9999");
    CHECK(ui.label("lookup.result").starts_with("Không tìm thấy hồ sơ có mã 000.00.00.H66-261129-9999"));

    ui.click("lookup.code");  // the citizen taps the box, then scans the right receipt
    scan(ui, kMaHoSo);
    CHECK(ui.session().lookupCode == kMaHoSo);
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
}

TEST_CASE("a code typed by hand waits for Tìm, or for Enter on a physical keyboard") {
    StatusFixture f;
    const std::string reference = storeDelivered(f);
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    ui.frame();
    ui.click("home.lookup");
    ui.fill("lookup.code", reference);
    CHECK_FALSE(ui.session().lookupAsked);  // nothing searched while the citizen types
    CHECK_FALSE(ui.has("lookup.found"));
    ui.click("lookup.search");
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);

    // Correcting the code (an on-screen key, then the physical keyboard) edits it in place;
    // Enter searches.
    ui.click("lookup.code");
    ui.pressKeys({"backspace"});
    CHECK(ui.session().lookupCode == reference.substr(0, reference.size() - 1));
    CHECK_FALSE(ui.session().lookupAsked);
    ui.type(reference.substr(reference.size() - 1));
    CHECK(ui.session().lookupCode == reference);
    CHECK_FALSE(ui.session().lookupAsked);
    pressEnter(ui);
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
}

namespace {

// The tallest font in the atlas (the title's): a text item taller than that has wrapped.
float tallestFont() {
    float tallest = 0.0f;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) tallest = std::max(tallest, font->FontSize);
    return tallest;
}

void checkOneLine(const UiDriver& ui, std::string_view id) {
    CAPTURE(id);
    const auto* w = ui.find(id);
    REQUIRE(w != nullptr);
    CHECK(w->max.y - w->min.y <= tallestFont());
    CHECK(w->max.x <= w->clipMax.x);  // shrunk to fit, never cut off
}

}  // namespace

TEST_CASE("codes are drawn on one line, never wrapped at their dots, in portrait with the largest text") {
    StatusFixture f;
    UiDriver ui(f.config, *f.box, ImVec2(1080, 1920));
    ui.app().setStatusSource(f.status.get());
    ui.frame();
    ui.click("toolbar.text_size");
    ui.click("toolbar.text_size");
    REQUIRE(ui.session().display.textScale == 1.5f);
    const std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);
    checkOneLine(ui, "receipt.reference");
    f.deliver(reference, kMaHoSo);
    ui.wait(3s);
    checkOneLine(ui, "receipt.ma_ho_so");
    checkOneLine(ui, "receipt.reference");
    CHECK(ui.label("receipt.ma_ho_so") == kMaHoSo);
    ui.click("receipt.done");
    ui.click("rating.skip");

    ui.click("toolbar.text_size");
    ui.click("toolbar.text_size");
    REQUIRE(ui.session().display.textScale == 1.5f);
    ui.click("home.lookup");
    scan(ui, kMaHoSo);
    checkOneLine(ui, "lookup.found");
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
}
