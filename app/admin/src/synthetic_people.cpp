#include "synthetic_people.hpp"

#include <array>

namespace kiosk::admin {
namespace {

// Common family names (Kinh and Ê Đê, as in the demo province) and given names; the given
// names are chosen so that no combination is a well-known person.
constexpr std::array kFamily{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Niê", "Ksor", "H'Mok"};
constexpr std::array kMiddleMale{"Văn", "Minh", "Đức", "Hữu", "Quốc"};
constexpr std::array kMiddleFemale{"Thị", "Ngọc", "Thu", "Mỹ", "Hồng"};
constexpr std::array kGiven{"An", "Bình", "Hoa", "Lan", "Thử", "Mẫu", "Nghiệm", "Khánh", "Yên"};

std::string padded(long value, size_t width) {
    std::string digits = std::to_string(value);
    return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
}

}  // namespace

size_t SyntheticPeople::pick(size_t count) {
    return std::uniform_int_distribution<size_t>(0, count - 1)(m_rng);
}

int SyntheticPeople::between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }

std::string SyntheticPeople::fullName(forms::Sex sex) {
    const bool female = sex == forms::Sex::Female;
    const char* middle = female ? kMiddleFemale[pick(kMiddleFemale.size())] : kMiddleMale[pick(kMiddleMale.size())];
    return std::string(kFamily[pick(kFamily.size())]) + " " + middle + " " + kGiven[pick(kGiven.size())];
}

std::string SyntheticPeople::idNumber(forms::Date dob, forms::Sex sex, const std::string& placeCode) {
    const int year = static_cast<int>(dob.year());
    // Digit 4: 0/1 for the 20th century (male/female), 2/3 for the 21st, and so on.
    const int centuryDigit = (year / 100 - 19) * 2 + (sex == forms::Sex::Female ? 1 : 0);
    return padded(std::stol(placeCode), 3) + std::to_string(centuryDigit) + padded(year % 100, 2) +
           padded(between(0, 999999), 6);
}

std::string SyntheticPeople::mobileNumber() { return "09" + padded(between(0, 99999999), 8); }

}  // namespace kiosk::admin
