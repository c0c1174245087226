#pragma once
// State codes in an MRZ (issuer, nationality), which no check digit covers.
#include <optional>
#include <string>
#include <string_view>

namespace scanners::mrz {

// A 3-character code field as read ("UTO", "D<<", "0<<", "1TA"): the field itself when it
// names a known state as read; the known code it stands for when exactly one reading of its
// confusable characters (a digit for a letter, O/D/Q, I/L, M/N, V/Y) is known; nullopt
// otherwise (the field then stays as read: "SI<" is Slovenia's own practice).
std::optional<std::string> provenStateCode(std::string_view field);

}  // namespace scanners::mrz
