#pragma once
// Synthetic people for example filings: seeded, so a seed always gives the same person, and
// never a real one. ID numbers follow the structure the form checks (forms/personal_id.hpp).
#include <random>
#include <string>

#include "kiosk/forms/personal_id.hpp"
#include "kiosk/forms/values.hpp"

namespace kiosk::admin {

class SyntheticPeople {
public:
    explicit SyntheticPeople(unsigned seed) : m_rng(seed) {}

    // "Nguyễn Thị Lan": family, middle and given name, NFC.
    std::string fullName(forms::Sex sex);
    // 12 digits: `placeCode` (3 digits), century-and-sex digit, two-digit year, 6-digit serial.
    std::string idNumber(forms::Date dob, forms::Sex sex, const std::string& placeCode);
    // A 10-digit mobile number starting with 09.
    std::string mobileNumber();
    // A uniformly chosen index below `count` (count > 0).
    size_t pick(size_t count);
    // A number from `low` to `high`, both included.
    int between(int low, int high);
    forms::Sex sex() { return pick(2) == 0 ? forms::Sex::Male : forms::Sex::Female; }

private:
    std::mt19937 m_rng;
};

}  // namespace kiosk::admin
