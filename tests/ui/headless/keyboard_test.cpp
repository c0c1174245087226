// The basic on-screen keyboard: Vietnamese letters, tone keys that land on the right vowel,
// backspace that never splits a character, and the keypad that writes dates as dd/mm/yyyy.
// Telex/VNI may replace the composer later; these rules are what the basic one promises.
#include <doctest/doctest.h>

#include "ui/widgets/composer.hpp"
#include "ui/widgets/keyboard.hpp"

using kiosk::ui::KeyPress;
using kiosk::ui::Tone;

namespace {

std::string typeAll(std::initializer_list<KeyPress> keys) {
    auto composer = kiosk::ui::makeBasicComposer();
    std::string text;
    for (const auto& key : keys) text = composer->apply(text, key);
    return text;
}

KeyPress letter(const char* s) { return KeyPress{KeyPress::Kind::Text, s, Tone::Sac}; }
KeyPress tone(Tone t) { return KeyPress{KeyPress::Kind::Tone, {}, t}; }
const KeyPress kSpace{KeyPress::Kind::Space, {}, Tone::Sac};
const KeyPress kBack{KeyPress::Kind::Backspace, {}, Tone::Sac};

}  // namespace

TEST_CASE("a tone key marks the last vowel of the last word") {
    CHECK(typeAll({letter("T"), letter("h"), letter("i"), tone(Tone::Nang)}) == "Thị");
    CHECK(typeAll({letter("L"), letter("e"), kSpace, letter("t"), letter("o"), letter("a"),
                   letter("n"), tone(Tone::Sac)}) == "Le toán");
    CHECK(typeAll({letter("H"), letter("A"), tone(Tone::Huyen)}) == "HÀ");
}

TEST_CASE("a tone goes on the vowel that carries a mark") {
    CHECK(typeAll({letter("n"), letter("g"), letter("ư"), letter("ơ"), letter("i"),
                   tone(Tone::Huyen)}) == "người");
    CHECK(typeAll({letter("N"), letter("g"), letter("u"), letter("y"), letter("ê"), letter("n"),
                   tone(Tone::Nga)}) == "Nguyễn");
}

TEST_CASE("the same tone twice takes it off, another tone replaces it") {
    CHECK(typeAll({letter("a"), tone(Tone::Sac), tone(Tone::Sac)}) == "a");
    CHECK(typeAll({letter("a"), tone(Tone::Sac), tone(Tone::Hoi)}) == "ả");
}

TEST_CASE("a tone with no vowel to hold it changes nothing") {
    CHECK(typeAll({letter("b"), letter("c"), tone(Tone::Sac)}) == "bc");
    CHECK(typeAll({tone(Tone::Nang)}).empty());
}

TEST_CASE("backspace removes one whole letter, accents and all") {
    CHECK(typeAll({letter("đ"), letter("ễ"), kBack}) == "đ");
    CHECK(typeAll({kBack}).empty());
}

TEST_CASE("the date keypad puts the slashes in and keeps only eight digits") {
    using kiosk::ui::InputKind;
    std::string text;
    for (const char* d : {"1", "5", "0", "3", "1", "9", "5", "8", "7"}) {
        text = kiosk::ui::applyNumeric(InputKind::Date, text, letter(d));
    }
    CHECK(text == "15/03/1958");
    text = kiosk::ui::applyNumeric(InputKind::Date, text, kBack);
    CHECK(text == "15/03/195");
    CHECK(kiosk::ui::formatDateDigits("15") == "15/");
    CHECK(kiosk::ui::applyNumeric(InputKind::Phone, "0912", letter("x")) == "0912");
}
