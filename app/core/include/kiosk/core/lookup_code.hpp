#pragma once
// What a citizen types on the look-up screen, made into a search the status cache understands.
// A receipt carries the code in full ("KIOSK-DEMO-01-261207-0001", "000.00.00.H66-261207-0001"),
// but people copy the part that looks like a number ("261207-0001"), leave out the dots and
// dashes, or type spaces where the line broke.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

// The fewest letters and digits that still say which filing: the day (yymmdd) and a 4-digit
// sequence.
inline constexpr std::size_t kShortestLookupKey = 10;

// The receipt's QR holds the filing's code, this character, then its look-up code (the secret of
// kiosk/base/lookup_secret.hpp): "000.00.00.H66-261207-0001#K7M3PX".
inline constexpr char kReceiptQrSeparator = '#';

// The typed code's letters and digits, upper-cased, everything else dropped; nullopt when fewer
// than kShortestLookupKey remain (too little to tell one filing from another) or when it holds
// anything but ASCII letters, digits, spaces, '.', '-' and '/' (no code has other characters).
std::optional<std::string> lookupKey(std::string_view typed);

}  // namespace kiosk::core
