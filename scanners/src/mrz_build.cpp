#include <vector>

#include "mrz_text.hpp"
#include "scanners/mrz.hpp"
#include "scanners/unicode.hpp"

namespace scanners {
namespace {

std::string twoDigits(int value) {
    const int v = ((value % 100) + 100) % 100;
    return {static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
}

std::string yymmdd(const Date& date) {
    return twoDigits(date.year) + twoDigits(date.month) + twoDigits(date.day);
}

char checkChar(std::string_view field) { return static_cast<char>('0' + mrzCheckDigit(field)); }

std::string padded(std::string text) {
    text.resize(mrz::kLineLength, '<');
    return text;
}

}  // namespace

std::string mrzFullName(const MrzRecord& record) {
    if (record.givenNames.empty()) return record.surname;
    return record.surname + ' ' + record.givenNames;
}

std::string mrzNameLine(std::string_view fullName) {
    // Vietnamese names put the family name first: "Ưng Hoàng Hiệp" -> "UNG<<HOANG<HIEP".
    std::string name = unicode::foldToAsciiUpper(fullName);
    const size_t firstSpace = name.find(' ');
    if (firstSpace != std::string::npos) name.replace(firstSpace, 1, "<<");
    for (char& c : name) {
        if (c == ' ') c = '<';
    }
    return padded(std::move(name));
}

std::optional<std::string> confirmedNameLine(std::string_view readLine, std::string_view fullName) {
    // R and B: seen for a filler on glare-faded hand-held photos ("UYEN<KRKKKK", "<<KB<<").
    constexpr std::string_view kFillerShapes = "<KXCSEGLZRB([{";
    const auto fillerShape = [&](char c) { return kFillerShapes.find(c) != std::string_view::npos; };
    const std::string expected = mrzNameLine(fullName);
    if (readLine.size() != expected.size()) return std::nullopt;
    // An alignment of the read line with the expected one that costs nothing: letters match
    // letters; a filler may be read as a filler shape or dropped; a filler shape may be added
    // next to a filler (OCR splitting one wide gap into two glyphs), never inside a word.
    const size_t n = expected.size();
    std::vector<std::vector<bool>> reach(n + 1, std::vector<bool>(n + 1, false));
    reach[0][0] = true;
    // The band's or the card's edge just left of the line reads as a stroke ("IHUYNH<<…").
    constexpr std::string_view kEdgeShapes = "I1L|";
    if (n > 0 && kEdgeShapes.find(readLine[0]) != std::string_view::npos) reach[0][1] = true;
    for (size_t i = 0; i <= n; ++i) {
        for (size_t j = 0; j <= n; ++j) {
            if (!reach[i][j]) continue;
            if (i < n && j < n && (readLine[j] == expected[i] || (expected[i] == '<' && fillerShape(readLine[j])))) {
                reach[i + 1][j + 1] = true;
            }
            if (i < n && expected[i] == '<') reach[i + 1][j] = true;
            const bool besideFiller = (i > 0 && expected[i - 1] == '<') || (i < n && expected[i] == '<');
            if (j < n && fillerShape(readLine[j]) && besideFiller) reach[i][j + 1] = true;
        }
    }
    if (!reach[n][n]) return std::nullopt;
    return expected;
}

std::array<std::string, 3> buildMrz(const MrzInput& input) {
    const std::string last9 = input.personalId.size() == 12 ? input.personalId.substr(3) : "";
    std::string line1 = "IDVNM" + last9 + checkChar(last9) + input.personalId + "<<" +
                        checkChar(input.personalId);

    const std::string dob = yymmdd(input.birthDate);
    const std::string expiry = input.expiryDate ? yymmdd(*input.expiryDate) : "991231";
    const char sex = input.sex == Sex::Male ? 'M' : input.sex == Sex::Female ? 'F' : '<';
    std::string line2 = dob + checkChar(dob) + sex + expiry + checkChar(expiry) + "VNM" +
                        std::string(11, '<');
    const std::string covered = line1.substr(5, 25) + line2.substr(0, 7) + line2.substr(8, 7) +
                                line2.substr(18, 11);
    line2 += checkChar(covered);

    return {padded(std::move(line1)), padded(std::move(line2)), mrzNameLine(input.fullName)};
}

}  // namespace scanners
