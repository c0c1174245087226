#include "scanners/id_number.hpp"

namespace scanners {

Result<IdNumber> parseIdNumber(std::string_view text) {
    std::string digits;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != ' ' && c != '.' && c != '\t') {
            return Error{"id.not_digits", "Số định danh chỉ gồm chữ số.", "id_number"};
        }
        if (digits.size() > 12) break;
    }
    if (digits.size() != 12) {
        return Error{"id.length", "Số định danh phải có đúng 12 chữ số.", "id_number"};
    }
    const int centurySex = digits[3] - '0';
    // Digits 4..9 mean births from 2100 on: no living person has them, so it is a misread.
    if (centurySex > 3) {
        return Error{"id.century", "Chữ số thứ tư của số định danh không hợp lệ.", "id_number"};
    }
    IdNumber id;
    id.bornAbroad = digits[0] != '0';
    if (!id.bornAbroad) {
        id.provinceCode = digits.substr(0, 3);
        id.provinceName = std::string(provinceName(id.provinceCode));
    }
    id.sex = centurySex % 2 == 0 ? Sex::Male : Sex::Female;
    id.birthYear = (centurySex / 2 + 19) * 100 + (digits[4] - '0') * 10 + (digits[5] - '0');
    id.digits = std::move(digits);
    return id;
}

bool idMatchesBirthDate(const IdNumber& id, const Date& dob) { return dob.year == id.birthYear; }

bool idMatchesSex(const IdNumber& id, Sex sex) { return sex == id.sex; }

}  // namespace scanners
