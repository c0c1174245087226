// Sentences that carry a filing code break at spaces only: the code (and a sum like "10.000")
// is never cut at its dots, whatever the width, and nothing of the sentence is lost.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/ui/widgets/line_break.hpp"

using kiosk::ui::linesAtSpaces;

namespace {

float chars(std::string_view s) { return static_cast<float>(s.size()); }

std::string joined(const std::vector<std::string_view>& lines) {
    std::string out;
    for (const auto line : lines) out += (out.empty() ? "" : " ") + std::string(line);
    return out;
}

}  // namespace

TEST_CASE("a code inside a sentence stays whole on one line at every width") {
    const std::string code = "000.00.00.H66-261129-0001";
    const std::string text = "Không tìm thấy hồ sơ có mã " + code + " trên máy này. Lệ phí 10.000 đồng.";
    for (float room = 1.0f; room <= 120.0f; room += 1.0f) {
        CAPTURE(room);
        const auto lines = linesAtSpaces(text, room, chars);
        CHECK(joined(lines) == text);
        bool whole = false;
        for (const auto line : lines) {
            whole = whole || line.find(code) != std::string_view::npos;
            CHECK((line.find(' ') == std::string_view::npos || chars(line) <= room));  // only a lone word overflows
            CHECK_FALSE(line.starts_with(" "));
            CHECK_FALSE(line.ends_with(" "));
            CHECK_FALSE(line.starts_with(".00"));
        }
        CHECK(whole);
    }
}

TEST_CASE("short text is one line; blanks alone give no line") {
    CHECK(linesAtSpaces("Hồ sơ 000.00.00.H66-261129-0001", 100.0f, chars).size() == 1);
    CHECK(linesAtSpaces("", 10.0f, chars).empty());
    CHECK(linesAtSpaces("   ", 10.0f, chars).empty());
    const auto lines = linesAtSpaces("aa  bb", 3.0f, chars);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "aa");
    CHECK(lines[1] == "bb");
}
