#pragma once
// A passport's machine-readable zone (ICAO 9303 TD3, two lines of 44) made at test time for a
// synthetic person, with the check digits computed as a real passport prints them; a test may
// break one on purpose.
#include <string>
#include <utility>

#include <doctest/doctest.h>

#include "scanners/mrz.hpp"
#include "scanners/travel_document.hpp"

namespace kiosk::test {

struct PassportPerson {
    std::string surname = "LEE";          // A-Z, single '<' between words
    std::string givenNames = "SEO YEON";  // spaces become '<'
    std::string nationality = "KOR";      // the issuer too
    std::string number = "M12345678";     // up to 9 characters
    std::string birth = "950314";         // YYMMDD
    char sex = 'F';
    std::string expiry = "330520";  // YYMMDD
};

inline std::string mrzField(std::string text, size_t width) {
    for (char& c : text) {
        if (c == ' ') c = '<';
    }
    text.resize(width, '<');
    return text;
}

inline char checkDigitOf(const std::string& field) { return static_cast<char>('0' + scanners::mrzCheckDigit(field)); }

inline std::pair<std::string, std::string> td3Lines(const PassportPerson& p) {
    const std::string line1 = mrzField("P<" + mrzField(p.nationality, 3) + p.surname + "<<" + p.givenNames, 44);
    const std::string number = mrzField(p.number, 9), optional = mrzField("", 14);
    const std::string numberPart = number + checkDigitOf(number);
    const std::string birthPart = p.birth + checkDigitOf(p.birth);
    const std::string expiryPart = p.expiry + checkDigitOf(p.expiry);
    const std::string optionalPart = optional + checkDigitOf(optional);
    const std::string composite = numberPart + birthPart + expiryPart + optionalPart;
    const std::string line2 = numberPart + mrzField(p.nationality, 3) + birthPart + p.sex + expiryPart + optionalPart +
                              checkDigitOf(composite);
    return {line1, line2};
}

// The zone of `person` as the scanner parses it (the expiry's century as seen in 2025).
inline scanners::TravelDocument parsedTd3(const PassportPerson& person) {
    const auto [line1, line2] = td3Lines(person);
    auto parsed = scanners::parseTravelDocument(line1 + "\n" + line2 + "\n", 2025);
    REQUIRE(parsed.ok());
    return std::move(parsed).value();
}

}  // namespace kiosk::test
