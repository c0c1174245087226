// The typing table (cases.tsv): hundreds of names, communes and provinces typed in Telex and VNI
// in both tone styles, plus hand-written rules (undo, gi/qu, ươ, capitals, foreign words).
// The expected text is Vietnamese spelled by hand, never the engine's own output.
#include <doctest/doctest.h>

#include <set>

#include "case_table.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/ime/composer.hpp"

using kiosk::ime::Composer;
using kiosk::ime::composeKeystrokes;

TEST_CASE("the table covers both methods and both tone styles with several hundred cases") {
    const auto cases = kiosk::test::loadTypingCases();
    std::set<std::string> groups;
    for (const auto& c : cases) groups.insert(c.methodName + "/" + c.styleName);
    CHECK(cases.size() >= 500);
    CHECK(groups == std::set<std::string>{"telex/new", "telex/old", "vni/new", "vni/old"});
}

TEST_CASE("every keystroke line in the table composes to its expected Vietnamese spelling") {
    for (const auto& c : kiosk::test::loadTypingCases()) {
        INFO("cases.tsv:", c.line, " ", c.methodName, "/", c.styleName, " keys \"", c.keys, "\"");
        CHECK(composeKeystrokes(c.keys, c.method, c.style) == c.expected);
    }
}

TEST_CASE("the keys in the table are plain ASCII, as a physical keyboard types them") {
    for (const auto& c : kiosk::test::loadTypingCases()) {
        INFO("cases.tsv:", c.line);
        for (const char key : c.keys) REQUIRE(static_cast<unsigned char>(key) < 0x80);
    }
}

TEST_CASE("while typing a table line the text stays NFC and its length is counted right") {
    for (const auto& c : kiosk::test::loadTypingCases()) {
        INFO("cases.tsv:", c.line, " keys \"", c.keys, "\"");
        Composer composer(c.method, c.style);
        for (const char key : c.keys) {
            composer.type(static_cast<unsigned char>(key));
            const auto nfc = kiosk::text::toNfc(composer.text());
            REQUIRE(nfc.valid);
            REQUIRE(nfc.text == composer.text());
            REQUIRE(composer.length() == kiosk::text::codepointCount(composer.text()));
        }
    }
}
