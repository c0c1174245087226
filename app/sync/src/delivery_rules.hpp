#pragma once
// What delivering filings, supplements and help calls share: when a job gives up its place in
// the queue, when a help call is too old to send, and wiping a body with personal data however the step ends.
#include <chrono>
#include <string>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::sync {

// After this many failed attempts a job gives up its place, so one job the portal keeps turning
// away for a passing reason cannot hold back every job behind it.
inline constexpr int kAttemptsBeforeLosingPlace = 5;

// A help call not delivered within this long is dropped as stale rather than sent.
inline constexpr std::chrono::minutes kHelpCallStaleAfter{30};

// Wipes a string holding personal data when the delivery step ends, however it ends.
struct WipeOnExit {
    std::string& text;
    ~WipeOnExit() { secureWipe(text); }
};

}  // namespace kiosk::sync
