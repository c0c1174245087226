// How the kiosk's keyboards turn keys into text: the Telex/VNI engine behind both keyboards
// (method and tone style from kiosk.toml), the on-screen tone row, backspace and clear, maximum
// lengths that never cut a character in half, pastes, and the keypad that writes dd/mm/yyyy.
#include <doctest/doctest.h>

#include "kiosk/ui/widgets/composer.hpp"
#include "kiosk/ui/widgets/keyboard.hpp"

using kiosk::ui::KeyPress;
using kiosk::ime::Tone;

namespace {

kiosk::config::InputSettings settings(kiosk::config::InputMethod method = kiosk::config::InputMethod::Telex,
                                      kiosk::config::ToneStyle style = kiosk::config::ToneStyle::New) {
    return kiosk::config::InputSettings{method, style};
}

std::string typeAll(std::initializer_list<KeyPress> keys, size_t maxChars = 0,
                    kiosk::config::InputSettings input = settings()) {
    kiosk::ui::TextComposer composer(input);
    std::string text;
    for (const auto& key : keys) text = composer.apply(text, key, maxChars);
    return text;
}

KeyPress key(const char* s) { return KeyPress{KeyPress::Kind::Text, s}; }
KeyPress tone(Tone t) { return KeyPress{KeyPress::Kind::Tone, {}, t}; }
KeyPress paste(const char* s) { return KeyPress{KeyPress::Kind::Paste, s}; }
const KeyPress kSpace{KeyPress::Kind::Space, {}, Tone::None};
const KeyPress kBack{KeyPress::Kind::Backspace, {}, Tone::None};
const KeyPress kClear{KeyPress::Kind::Clear, {}, Tone::None};

}  // namespace

TEST_CASE("letters compose by Telex, as kiosk.toml says by default") {
    CHECK(typeAll({key("N"), key("g"), key("u"), key("y"), key("e"), key("e"), key("n"), key("x")}) == "Nguyễn");
    CHECK(typeAll({key("d"), key("d"), key("a"), key("w"), key("k"), key("s")}) == "đắk");
    CHECK(typeAll({key("h"), key("o"), key("a"), key("f")}) == "hoà");
}

TEST_CASE("a plain box (e-mail) takes letters as typed") {
    kiosk::ui::TextComposer composer(settings());
    std::string text;
    for (const char* k : {"h", "o", "a", "n", "g", "s", "s", "@", "a", "a", ".", "v", "n"}) {
        text = composer.apply(text, key(k), 0, false);
    }
    CHECK(text == "hoangss@aa.vn");
}

TEST_CASE("VNI and the old tone style when kiosk.toml asks for them") {
    const auto vniOld = settings(kiosk::config::InputMethod::Vni, kiosk::config::ToneStyle::Old);
    CHECK(typeAll({key("h"), key("o"), key("a"), key("2")}, 0, vniOld) == "hòa");
    CHECK(typeAll({key("d"), key("9"), key("a"), key("8"), key("k"), key("1")}, 0, vniOld) == "đắk");
}

TEST_CASE("the on-screen letters and tone row type a name key by key") {
    CHECK(typeAll({key("T"), key("h"), key("i"), tone(Tone::Nang)}) == "Thị");
    CHECK(typeAll({key("n"), key("g"), key("ư"), key("ơ"), key("i"), tone(Tone::Huyen)}) == "người");
    CHECK(typeAll({key("H"), key("ă"), key("n"), key("g"), tone(Tone::Huyen)}) == "Hằng");
    CHECK(typeAll({key("H"), key("O"), key("A"), tone(Tone::Huyen)}) == "HOÀ");
}

TEST_CASE("the tone row: the same tone twice takes it off, another replaces it, none without a vowel") {
    CHECK(typeAll({key("a"), tone(Tone::Sac), tone(Tone::Sac)}) == "a");
    CHECK(typeAll({key("a"), tone(Tone::Sac), tone(Tone::Hoi)}) == "ả");
    CHECK(typeAll({key("b"), key("c"), tone(Tone::Sac)}) == "bc");
    CHECK(typeAll({tone(Tone::Nang)}).empty());
    CHECK(typeAll({key("L"), key("e"), kSpace, tone(Tone::Sac)}) == "Le ");
}

TEST_CASE("the tone moves as the syllable grows after a tone key") {
    CHECK(typeAll({key("h"), key("o"), key("a"), tone(Tone::Huyen), key("n"), key("g")}) == "hoàng");
}

TEST_CASE("backspace removes one whole letter, clear empties the box") {
    CHECK(typeAll({key("đ"), key("ễ"), kBack}) == "đ");
    CHECK(typeAll({kBack}).empty());
    CHECK(typeAll({key("a"), kSpace, key("b"), kClear}).empty());
}

TEST_CASE("a maximum length refuses whole keys and never cuts a character in half") {
    CHECK(typeAll({key("a"), key("b"), key("c"), key("d")}, 3) == "abc");
    CHECK(typeAll({key("a"), key("b"), key("ễ"), key("x")}, 3) == "abễ");
    CHECK(typeAll({paste("Nguyễn Thị Hằng")}, 8) == "Nguyễn T");
}

TEST_CASE("pasted or scanned text goes in NFC and as it is, and typing can finish its last word") {
    CHECK(typeAll({paste("Nguye\xCC\x82\xCC\x83n")}) == "Nguyễn");  // NFD in, NFC out
    CHECK(typeAll({paste("Buôn Ma Thuo"), key("o"), key("t"), key("j")}) == "Buôn Ma Thuột");
    std::string longText(5000, 'x');
    CHECK(typeAll({paste(longText.c_str())}, 100).size() == 100);
}

TEST_CASE("the date keypad puts the slashes in and keeps only eight digits") {
    using kiosk::ui::InputKind;
    std::string text;
    for (const char* d : {"1", "5", "0", "3", "1", "9", "5", "8", "7"}) {
        text = kiosk::ui::applyNumeric(InputKind::Date, text, key(d));
    }
    CHECK(text == "15/03/1958");
    text = kiosk::ui::applyNumeric(InputKind::Date, text, kBack);
    CHECK(text == "15/03/195");
    CHECK(kiosk::ui::formatDateDigits("15") == "15/");
    CHECK(kiosk::ui::applyNumeric(InputKind::Phone, "0912", key("x")) == "0912");
    CHECK(kiosk::ui::applyNumeric(InputKind::Phone, "", paste("0912 345 678 999")) == "0912345678");
    CHECK(kiosk::ui::applyNumeric(InputKind::Date, "15/03/", kClear).empty());
}
