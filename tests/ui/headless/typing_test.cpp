// Vietnamese names typed the ways a citizen can: key by key on the on-screen keyboard (Telex
// letters, or the letter keys and the tone row) and with Telex on a physical keyboard. What
// lands in the session must be the exact NFC text, whatever way it was typed.
#include <doctest/doctest.h>

#include "kiosk/base/text.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"

using kiosk::core::Screen;

namespace {

const std::string kName = "Nguyễn Thị Hằng";  // this source file is NFC
const std::string kPlace = "Buôn Ma Thuột";

void toIdentity(kiosk::test::UiDriver& ui) {
    ui.click("home.start");
    ui.click("catalogue.service.dang-ky-khai-sinh");
    ui.click("service.start");
    ui.click("field.tre_duoi_6_tuoi.khong");
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == Screen::Identity);
}

const std::string& typed(const kiosk::test::UiDriver& ui, const std::string& key) {
    return ui.session().identityInput.at(key);
}

void requireExactNfc(const std::string& value, const std::string& expected) {
    CHECK(value == expected);
    CHECK(kiosk::text::toNfc(value).text == value);
}

}  // namespace

TEST_CASE("the on-screen keyboard types a full name and a place, Telex style, key by key") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store);
    toIdentity(ui);
    ui.click("identity.full_name");  // a new box starts with one capital
    ui.pressKeys({"n", "g", "u", "y", "e", "e", "n", "x", "space", "shift", "t", "h", "i", "j", "space",
                  "shift", "h", "a", "w", "n", "g", "f", "done"});
    requireExactNfc(typed(ui, "full_name"), kName);
    CHECK(ui.label("identity.full_name") == kName);

    ui.click("identity.address");
    ui.pressKeys({"b", "u", "o", "o", "n", "space", "shift", "m", "a", "space", "shift", "t", "h", "u", "o",
                  "o", "t", "j", "done"});
    requireExactNfc(typed(ui, "address"), kPlace);
}

TEST_CASE("the letter row and the tone row type the same name and place") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store);
    toIdentity(ui);
    ui.click("identity.full_name");
    ui.pressKeys({"n", "g", "u", "y", "ê", "n", "tone.nga", "space", "shift", "t", "h", "i", "tone.nang",
                  "space", "shift", "h", "ă", "n", "g", "tone.huyen", "done"});
    requireExactNfc(typed(ui, "full_name"), kName);

    ui.click("identity.address");
    ui.pressKeys({"b", "u", "ô", "n", "space", "shift", "m", "a", "space", "shift", "t", "h", "u", "ô", "t",
                  "tone.nang", "done"});
    requireExactNfc(typed(ui, "address"), kPlace);

    // Caps for a name written in capitals, then clear to start again.
    ui.click("identity.full_name");
    ui.pressKeys({"clear", "caps", "h", "ă", "n", "g", "tone.huyen", "caps", "done"});
    requireExactNfc(typed(ui, "full_name"), "HẰNG");

    // The name reaches the form's answers as typed.
    ui.click("identity.full_name");
    ui.pressKeys({"clear"});
    ui.type("Nguyeenx Thij Hawngf");
    ui.click("kbd.done");
    ui.fill("identity.id_number", "066190001234");
    ui.fill("identity.dob", "12051990");
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == Screen::Page);
    requireExactNfc(ui.session().answers.at("ho_ten"), kName);
}

TEST_CASE("a physical keyboard types Telex into the box that has the keyboard") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store);
    toIdentity(ui);
    ui.click("identity.full_name");
    ui.type("Nguyeenx Thij Hawngf");
    requireExactNfc(typed(ui, "full_name"), kName);
    ui.click("identity.address");  // another box: its own syllables
    ui.type("Buoon Ma Thuootj");
    requireExactNfc(typed(ui, "address"), kPlace);
    ui.click("kbd.done");
    requireExactNfc(typed(ui, "full_name"), kName);
}

TEST_CASE("with VNI in kiosk.toml a physical keyboard types VNI digits") {
    kiosk::test::MemoryFilingStore store;
    auto config = std::make_shared<kiosk::config::Config>(*kiosk::test::shippedConfigOrFail());
    config->kiosk.input.method = kiosk::config::InputMethod::Vni;
    kiosk::test::UiDriver ui(config, store);
    toIdentity(ui);
    ui.click("identity.full_name");
    ui.type("Nguye6n4 Thi5 Ha8ng2");
    requireExactNfc(typed(ui, "full_name"), kName);
    ui.click("identity.address");
    ui.type("Buo6n Ma Thuo6t5");
    requireExactNfc(typed(ui, "address"), kPlace);
}

TEST_CASE("a long paste or a reader typing fast is taken whole, NFC, without a crash") {
    kiosk::test::MemoryFilingStore store;
    kiosk::test::UiDriver ui(kiosk::test::shippedConfigOrFail(), store);
    toIdentity(ui);
    ui.click("identity.address");
    std::string lots;
    for (int i = 0; i < 200; ++i) lots += "Buoon Ma Thuootj ";
    ui.type(lots);
    const std::string& value = typed(ui, "address");
    CHECK(value.rfind(kPlace + " " + kPlace, 0) == 0);
    CHECK(kiosk::text::toNfc(value).text == value);
}
