#pragma once
// The 12-digit personal identification number (số định danh cá nhân): what its digits say.
// Layout (Circular 07/2016/TT-BCA): 3 digits birth-registration province (or country), 1 digit
// century + sex, 2 digits birth year, 6 digits serial. There is no check digit inside it.
#include <string>
#include <string_view>

#include "scanners/civil.hpp"
#include "scanners/result.hpp"

namespace scanners {

struct IdNumber {
    std::string digits;        // exactly 12 ASCII digits
    std::string provinceCode;  // "001" for Hà Nội; empty when born abroad
    std::string provinceName;  // pre-2025 name, empty when the code is not in the table
    bool bornAbroad = false;   // first digit is not 0: a country code
    Sex sex = Sex::Unknown;
    int birthYear = 0;  // century from digit 4, year from digits 5-6
};

// Parses a 12-digit number; spaces and dots between digit groups are ignored. Errors:
// "id.length", "id.not_digits", "id.century" (a century digit the law reserves for after 2099).
Result<IdNumber> parseIdNumber(std::string_view text);

// True when `dob` falls in the birth year the ID number encodes.
bool idMatchesBirthDate(const IdNumber& id, const Date& dob);

// True when `sex` is the one the ID number's fourth digit encodes.
bool idMatchesSex(const IdNumber& id, Sex sex);

// The pre-2025 province name for a 3-digit prefix ("079" -> "TP Hồ Chí Minh"); empty if unknown.
std::string_view provinceName(std::string_view code);

}  // namespace scanners
