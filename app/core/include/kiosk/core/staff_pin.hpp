#pragma once
// A staff member's PIN: hashed with PBKDF2-HMAC-SHA256 and a random salt for the staff list
// (format in core/staff_pin_hash.hpp), and checked against that hash.
#include <string>

namespace kiosk::core {

// The rounds `kiosk-admin staff add` uses: about a tenth of a second on a kiosk's CPU, once
// per attempt at the keypad, and a million PINs cost an attacker with the file that many times.
inline constexpr int kStaffPinIterations = 200000;

// A new PIN is 6 to 12 digits: the keypad has only digits, and 6 gives a million values.
bool acceptableNewStaffPin(const std::string& pin);

// A fresh random salt each call, so one PIN gives a different pin_hash on every kiosk.
std::string hashStaffPin(const std::string& pin, int iterations = kStaffPinIterations);

// True when `pin` matches `storedHash`; false for a malformed hash. Compares in constant time.
bool verifyStaffPin(const std::string& pin, const std::string& storedHash);

}  // namespace kiosk::core
