#include "mrz_text.hpp"
#include "scanners/mrz.hpp"
#include "unicode.hpp"

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
