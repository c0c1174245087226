#pragma once
// The short look-up code printed beside the mã hồ sơ (docs/portal-api.md §4.5): the portal
// issues it, the kiosk prints it, and a citizen types it to see more than a filing's status.
// Both sides share its alphabet and how a typed code is read.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// Letters and digits a person cannot mistake for one another when read off paper: no 0/O/Q/D,
// 1/I/L, 2/Z, 5/S, 8/B or U/V.
inline constexpr std::string_view kLookupSecretAlphabet = "34679ACEFGHJKMNPRTWXY";
inline constexpr std::size_t kLookupSecretLength = 6;

// The typed code, upper-cased, with spaces and dashes dropped; nullopt unless exactly
// kLookupSecretLength characters of the alphabet remain.
std::optional<std::string> readLookupSecret(std::string_view typed);

}  // namespace kiosk
