#pragma once
// The stored form of a staff member's PIN (outbox table staff_member, column pin_hash):
//   pbkdf2-sha256$<iterations>$<salt, 32 hex digits>$<PBKDF2-HMAC-SHA256, 64 hex digits>
// Only the format lives here; core/staff_pin does the hashing.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct StaffPinHash {
    int iterations = 0;
    std::vector<unsigned char> salt;  // 16 bytes
    std::vector<unsigned char> hash;  // 32 bytes
};

// Fewer rounds make a stolen database cheap to brute-force (a 6-digit PIN has a million
// values); more than the maximum would stall the keypad for seconds.
inline constexpr int kMinStaffPinIterations = 10000;
inline constexpr int kMaxStaffPinIterations = 5000000;

// Nullopt when `text` is not exactly the format above.
std::optional<StaffPinHash> parseStaffPinHash(std::string_view text);
std::string formatStaffPinHash(const StaffPinHash& hash);

}  // namespace kiosk::core
