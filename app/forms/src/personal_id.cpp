#include "kiosk/forms/personal_id.hpp"

#include "kiosk/base/text.hpp"

namespace kiosk::forms {

PersonalIdCheck checkPersonalId(std::string_view digits, std::optional<Date> dob,
                                std::optional<Sex> sex) {
    if (digits.size() != 12) return PersonalIdCheck::NotTwelveDigits;
    for (char c : digits) {
        if (c < '0' || c > '9') return PersonalIdCheck::NotTwelveDigits;
    }
    const int centuryDigit = digits[3] - '0';
    if (dob) {
        const int year = static_cast<int>(dob->year());
        const int century = (centuryDigit / 2 + 19) * 100;
        const int yy = (digits[4] - '0') * 10 + (digits[5] - '0');
        if (year / 100 * 100 != century || year % 100 != yy) return PersonalIdCheck::BirthYearMismatch;
    }
    if (sex) {
        const bool female = centuryDigit % 2 == 1;
        if (female != (*sex == Sex::Female)) return PersonalIdCheck::SexMismatch;
    }
    return PersonalIdCheck::Ok;
}

std::optional<Sex> parseSex(std::string_view text) {
    const std::string folded = withoutSpaces(kiosk::text::foldForSearch(text));
    if (folded == "nam" || folded == "male") return Sex::Male;
    if (folded == "nu" || folded == "female") return Sex::Female;
    return std::nullopt;
}

}  // namespace kiosk::forms
