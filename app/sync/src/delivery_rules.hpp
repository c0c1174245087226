#pragma once
// What delivering a filing and delivering a supplement share: when a job gives up its place in
// the queue, and wiping a body with personal data however the step ends.
#include <string>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::sync {

// After this many failed attempts a job gives up its place, so one job the portal keeps turning
// away for a passing reason cannot hold back every job behind it.
inline constexpr int kAttemptsBeforeLosingPlace = 5;

// Wipes a string holding personal data when the delivery step ends, however it ends.
struct WipeOnExit {
    std::string& text;
    ~WipeOnExit() { secureWipe(text); }
};

}  // namespace kiosk::sync
