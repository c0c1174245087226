#pragma once
// The structure of the 12-digit personal ID number (số định danh cá nhân), Circular 07/2016/TT-BCA:
// digits 1-3 the birth-registration place, digit 4 century and sex, digits 5-6 the birth year.
#include <optional>
#include <string_view>

#include "kiosk/forms/values.hpp"

namespace kiosk::forms {

enum class Sex { Male, Female };

enum class PersonalIdCheck {
    Ok,
    NotTwelveDigits,  // wrong length or a character that is not a digit
    BirthYearMismatch,  // digits 4-6 give another century or year than the date of birth
    SexMismatch,        // digit 4 is even for men and odd for women
};

// Checks `digits` (spaces already removed); `dob` and `sex` are compared only when known.
PersonalIdCheck checkPersonalId(std::string_view digits, std::optional<Date> dob,
                                std::optional<Sex> sex);

// Reads "Nam"/"Nữ" (any case or diacritics; also "male"/"female") as a sex.
std::optional<Sex> parseSex(std::string_view text);

}  // namespace kiosk::forms
