#pragma once
// How long kiosk-sync waits after a failed attempt: exponential backoff with "full jitter"
// (portal-integration.md §3.3), with the portal's Retry-After as a floor.
#include <chrono>
#include <cstdint>
#include <optional>
#include <random>

namespace kiosk::portal_client {

using Millis = std::chrono::milliseconds;

struct BackoffPolicy {
    Millis base{1000};            // the ceiling after the first failure
    Millis cap{5 * 60 * 1000};    // the ceiling never grows past this
    // A Retry-After longer than this is cut to it: a broken or hostile reply (a captive portal
    // saying "come back in a year") must not park the queue indefinitely.
    Millis maxRetryAfter{60 * 60 * 1000};
};

// min(cap, base * 2^failures) for the `failures`-th consecutive failure (0 = the first), saturating.
Millis backoffCeiling(const BackoffPolicy& policy, int failures);

// A delay drawn uniformly from [0, backoffCeiling(policy, failures)].
Millis fullJitter(const BackoffPolicy& policy, int failures, std::mt19937_64& rng);

// The wait before the next attempt: max(Retry-After clamped to maxRetryAfter, full jitter).
Millis retryDelay(const BackoffPolicy& policy, int failures, std::optional<std::chrono::seconds> retryAfter,
                  std::mt19937_64& rng);

// A generator seeded from the operating system, so kiosks that restart together do not
// draw the same delays.
std::mt19937_64 seededGenerator();

}  // namespace kiosk::portal_client
