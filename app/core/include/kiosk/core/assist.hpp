#pragma once
// What a staff member helping a citizen at the kiosk may do beyond the citizen's own steps
// (docs/staff.md "Helping a citizen file"): type the identity by hand when the card cannot be
// read, saying why, and mark that they saw a document's original at the kiosk.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

// Why the card was not read: the detail of the session.card_read_override audit entry (the
// reason, never what was typed). Released codes never change.
inline constexpr std::array<std::string_view, 3> kTypedIdentityReasons{"card_damaged", "card_unreadable", "no_card"};

inline bool isTypedIdentityReason(std::string_view code) {
    return std::find(kTypedIdentityReasons.begin(), kTypedIdentityReasons.end(), code) != kTypedIdentityReasons.end();
}

// The identity step's error (and its anchor) while staff help, no card was read and no reason
// for typing was chosen.
inline constexpr std::string_view kTypedIdentityReasonKey = "typed_identity_reason";

// A filing's originals_seen as the portal takes it (docs/portal-api.md §4.3): at most 50
// document slot ids, each 1-64 of letters, digits, '-', '_', '.', none twice.
inline bool isOriginalsSeenList(const std::vector<std::string>& slots) {
    const auto slotId = [](const std::string& s) {
        return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
        });
    };
    if (slots.size() > 50 || !std::all_of(slots.begin(), slots.end(), slotId)) return false;
    for (size_t i = 0; i < slots.size(); ++i) {
        if (std::find(slots.begin(), slots.begin() + static_cast<std::ptrdiff_t>(i), slots[i]) !=
            slots.begin() + static_cast<std::ptrdiff_t>(i)) {
            return false;
        }
    }
    return true;
}

}  // namespace kiosk::core
