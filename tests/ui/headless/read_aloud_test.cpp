// What the speaker button reads (not the audio itself): the screen's title, question, help text
// and errors, in Vietnamese or, in an English session, in English with the English voice; the
// idle warning with its seconds. Pressing it where there is no audio device changes nothing else.
#include <doctest/doctest.h>

#include "kiosk/ui/read_aloud.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/small_config.hpp"

using kiosk::speech::Voice;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void toIdentityWithErrors(kiosk::test::UiDriver& ui) {
    ui.click("home.start");
    ui.click("catalogue.service.dang-ky-khai-sinh");
    ui.click("service.start");
    ui.click("field.tre_duoi_6_tuoi.khong");
    ui.click("nav.continue");
    ui.click("nav.continue");  // nothing typed: errors
    REQUIRE(ui.has("error.full_name"));
}

}  // namespace

TEST_CASE("lines are read as sentences, with a pause after each") {
    CHECK(kiosk::ui::readAloudText({"Họ và tên", "Viết như trên giấy tờ.", "", "  Có lỗi? "}) ==
          "Họ và tên. Viết như trên giấy tờ. Có lỗi?");
    CHECK(kiosk::ui::readAloudText({}).empty());
}

TEST_CASE("a code is spelled out in groups, a pause at each dot and dash") {
    const std::vector<std::string> digits = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    CHECK(kiosk::ui::spelledCode("000.00.H66-261207-0001", digits, "chấm", "gạch ngang") ==
          "không không không, chấm, không không, chấm, H sáu sáu, gạch ngang, hai sáu một hai không bảy, "
          "gạch ngang, không không không một");
    CHECK(kiosk::ui::spelledCode("", digits, "chấm", "gạch ngang").empty());
}

TEST_CASE("the speaker reads the page's title, its help and its errors, in Vietnamese") {
    kiosk::test::MemoryFilingStore store;
    const auto config = kiosk::test::shippedConfigOrFail();
    kiosk::test::UiDriver ui(config, store);
    toIdentityWithErrors(ui);
    const auto reading = ui.app().readAloud();
    CHECK(reading.voice == Voice::Vietnamese);
    CHECK(contains(reading.text, "Nhập thông tin người nộp"));
    CHECK(contains(reading.text, config->locales.vi.at("identity.help")));
    CHECK(contains(reading.text, ui.label("error.full_name")));
    CHECK(contains(reading.text, ui.label("label.identity.full_name")));
}

TEST_CASE("an English session is read in English with the English voice") {
    kiosk::test::MemoryFilingStore store;
    const auto config = kiosk::test::shippedConfigOrFail();
    kiosk::test::UiDriver ui(config, store);
    ui.click("toolbar.lang.en");
    const auto reading = ui.app().readAloud();
    CHECK(reading.voice == Voice::English);
    CHECK(contains(reading.text, config->locales.en.at("home.intro")));
    CHECK_FALSE(contains(reading.text, config->locales.vi.at("home.intro")));
}

TEST_CASE("the idle warning is read with the seconds that remain") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("home.lookup");
    ui.wait(std::chrono::seconds(95));
    REQUIRE(ui.has("idle.more_time"));
    CHECK(contains(ui.app().readAloud().text, "25 giây"));
}

TEST_CASE("the speaker button on a machine without audio changes nothing and blocks nothing") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::smallConfig(), store);
    ui.click("toolbar.read_aloud");
    CHECK(ui.label("toolbar.read_aloud") == "Đọc lại");
    ui.click("home.help");
    CHECK(ui.session().screen == kiosk::core::Screen::Help);
    ui.click("toolbar.read_aloud");
    ui.click("toolbar.home");
    CHECK(ui.session().screen == kiosk::core::Screen::Home);
}
