#include "kiosk/core/ownership.hpp"

#include <algorithm>

#include "kiosk/core/session.hpp"

namespace kiosk::core {

std::chrono::seconds LookupThrottle::remaining(Time now) const {
    if (now >= m_refusingUntil) return std::chrono::seconds(0);
    // Rounded up: "wait 0 seconds" must never be shown while the kiosk still refuses.
    return std::chrono::ceil<std::chrono::seconds>(m_refusingUntil - now);
}

std::chrono::seconds LookupThrottle::recordWrong(Time now) {
    ++m_wrong;
    if (m_wrong < kFreeWrong) return std::chrono::seconds(0);
    const int doublings = std::min(m_wrong - kFreeWrong, 6);  // 60 s x 64 passes the cap
    const std::chrono::seconds wait = std::min(kFirstWait * (1 << doublings), kLongestWait);
    m_refusingUntil = now + wait;
    return wait;
}

bool ownerProven(const Session& s) { return s.lookupResult.has_value() && s.lookupProof != OwnerProof::None; }

}  // namespace kiosk::core
