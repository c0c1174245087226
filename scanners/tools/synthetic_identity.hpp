#pragma once
// Synthetic citizens for tests and the card generator: random Vietnamese names and addresses
// from lists, ID numbers that follow Circular 07/2016, dates that follow the card laws.
// Nobody real: the serial digits are random and the name lists are common words.
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "scanners/civil.hpp"
#include "scanners/identity.hpp"

namespace scanners::synth {

struct Person {
    std::string idNumber;
    std::string oldId;  // 9 digits, or empty
    std::string fullName;
    Date dob;
    Sex sex = Sex::Unknown;
    std::string placeOfOrigin;
    std::string address;
    Date issueDate;
    std::optional<Date> expiryDate;  // empty: no expiry
    CardType cardType = CardType::Unknown;
};

// A small deterministic generator (SplitMix64), so a seed means the same people everywhere.
class Random {
public:
    explicit Random(uint64_t seed) : m_state(seed) {}
    uint64_t next();
    int between(int low, int high);  // inclusive
    bool chance(double probability);

private:
    uint64_t m_state;
};

// A person holding a card of `type` (Cccd2021 or CanCuoc2024).
Person randomPerson(Random& random, CardType type);

// The QR text the card carries: id|old_id|name|ddmmyyyy|sex|address|ddmmyyyy.
std::string qrPayloadFor(const Person& person);

// The card's three MRZ lines.
std::array<std::string, 3> mrzFor(const Person& person);

}  // namespace scanners::synth
