// The Composer as a text field uses it: backspace, text set or pasted from elsewhere, the
// maximum length, long input from a USB reader, and letters sent by the on-screen keyboard.
// The typing rules themselves are covered by the table in cases.tsv.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/base/text.hpp"
#include "kiosk/ime/composer.hpp"

using kiosk::ime::Composer;
using kiosk::ime::Method;
using kiosk::ime::ToneStyle;

namespace {

Composer typed(std::string_view keys, Method method = Method::Telex,
               ToneStyle style = ToneStyle::New) {
    Composer composer(method, style);
    composer.typeKeys(keys);
    return composer;
}

}  // namespace

TEST_CASE("backspace deletes one character and the tone moves back with the shorter syllable") {
    Composer old = typed("hoafn", Method::Telex, ToneStyle::Old);
    REQUIRE(old.text() == "hoàn");
    old.backspace();
    CHECK(old.text() == "hòa");
    old.typeKeys("ng");
    CHECK(old.text() == "hoàng");

    Composer modern = typed("hoafn");
    modern.backspace();
    CHECK(modern.text() == "hoà");
}

TEST_CASE("backspace takes the tone away with the letter that showed it") {
    Composer composer = typed("hoaf");
    REQUIRE(composer.text() == "hoà");
    composer.backspace();
    CHECK(composer.text() == "ho");
    composer.type(U'a');
    CHECK(composer.text() == "hoa");
}

TEST_CASE("after backspacing over a space the previous word can still be finished") {
    Composer composer = typed("Vieet ");
    composer.backspace();
    CHECK(composer.text() == "Viêt");
    composer.type(U'j');
    CHECK(composer.text() == "Việt");
}

TEST_CASE("after backspacing an undone key the word composes again") {
    Composer composer = typed("ass");
    REQUIRE(composer.text() == "as");
    composer.backspace();
    CHECK(composer.text() == "a");
    composer.type(U's');
    CHECK(composer.text() == "á");
}

TEST_CASE("backspacing a whole name leaves an empty field, and more backspaces do nothing") {
    Composer composer = typed("Nguyeenx Thij Hawngf");
    REQUIRE(composer.text() == "Nguyễn Thị Hằng");
    for (int i = 0; i < 20; ++i) {
        composer.backspace();
        CHECK(composer.length() == kiosk::text::codepointCount(composer.text()));
    }
    CHECK(composer.text().empty());
    CHECK(composer.length() == 0);
}

TEST_CASE("text set from elsewhere is stored as NFC and its last word can be finished") {
    Composer composer(Method::Telex);
    composer.setText("Nguye\xcc\x82\xcc\x83n Thi");  // NFD ê + ngã, as macOS would send it
    CHECK(composer.text() == "Nguyễn Thi");
    composer.type(U'j');
    CHECK(composer.text() == "Nguyễn Thị");
}

TEST_CASE("invalid UTF-8 in set text is dropped, the rest kept") {
    Composer composer(Method::Telex);
    composer.setText("Ha\xff N\xc3");
    CHECK(composer.text() == "Ha N");
}

TEST_CASE("pasted text goes in as it is, without being read as keystrokes") {
    Composer composer(Method::Telex, ToneStyle::Old);
    composer.typeKeys("Xin ");
    composer.insertText("class hoà sass ");
    CHECK(composer.text() == "Xin class hoà sass ");
    composer.typeKeys("Nam");
    CHECK(composer.text() == "Xin class hoà sass Nam");
}

TEST_CASE("a key that would pass the maximum length is refused whole") {
    Composer composer(Method::Telex);
    composer.setMaxLength(5);
    composer.typeKeys("Nguye");
    CHECK(composer.type(U'e'));  // a mark adds no character
    CHECK_FALSE(composer.type(U'n'));
    CHECK(composer.type(U'x'));
    CHECK(composer.text() == "Nguyễ");
    CHECK(composer.length() == 5);
}

TEST_CASE("set or pasted text is cut to the maximum length between characters") {
    Composer composer(Method::Vni);
    composer.setMaxLength(4);
    composer.setText("Đắk Lắk");
    CHECK(composer.text() == "Đắk ");
    composer.clear();
    composer.typeKeys("Ha");
    composer.insertText("ưởng");
    CHECK(composer.text() == "Haưở");
}

TEST_CASE("long input from a USB reader or a paste is composed in full") {
    std::string keys;
    std::string expected;
    for (int i = 0; i < 20000; ++i) {
        keys += "Nguyeenx Thij Hawngf, Buoon Ma Thuootj. ";
        expected += "Nguyễn Thị Hằng, Buôn Ma Thuột. ";
    }
    Composer composer(Method::Telex);
    composer.typeKeys(keys);
    CHECK(composer.text() == expected);
    CHECK(composer.length() == kiosk::text::codepointCount(expected));
}

TEST_CASE("a very long run of letters without a space is kept as typed") {
    std::string keys(200000, 'a');
    keys += "ss";
    Composer composer(Method::Telex);
    composer.typeKeys(keys);
    CHECK(composer.text() == keys);
    for (int i = 0; i < 1000; ++i) composer.backspace();
    CHECK(composer.text() == keys.substr(0, keys.size() - 1000));
}

TEST_CASE("keys that are not Unicode scalar values are refused") {
    Composer composer(Method::Telex);
    CHECK_FALSE(composer.type(0));
    CHECK_FALSE(composer.type(0xD800));
    CHECK_FALSE(composer.type(0x110000));
    CHECK(composer.text().empty());
}

TEST_CASE("letters from the on-screen keyboard combine with tone keys") {
    Composer composer(Method::Telex);
    composer.type(U'ă');
    composer.type(U's');
    CHECK(composer.text() == "ắ");
    composer.clear();
    composer.typeKeys("ng");
    composer.type(U'ơ');
    composer.typeKeys("if");
    CHECK(composer.text() == "ngời");
}

TEST_CASE("a combining mark typed on its own joins the letter before it, keeping the text NFC") {
    Composer composer(Method::Telex);
    composer.type(U'a');
    composer.type(0x0301);
    CHECK(composer.text() == "á");
    CHECK(composer.length() == 1);
    composer.type(U'n');
    CHECK(composer.text() == "án");
}

TEST_CASE("ending the syllable makes the next key start a new one") {
    Composer composer = typed("a");
    composer.endSyllable();
    composer.type(U's');
    CHECK(composer.text() == "as");
}

TEST_CASE("the method and style can change between words") {
    Composer composer(Method::Telex, ToneStyle::Old);
    composer.typeKeys("Hoaf ");
    composer.setMethod(Method::Vni);
    composer.setToneStyle(ToneStyle::New);
    composer.typeKeys("Hoa2");
    CHECK(composer.text() == "Hòa Hoà");
}
