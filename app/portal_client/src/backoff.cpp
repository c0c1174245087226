#include "kiosk/portal_client/backoff.hpp"

#include <algorithm>
#include <limits>

namespace kiosk::portal_client {

Millis backoffCeiling(const BackoffPolicy& policy, int failures) {
    const std::int64_t base = std::max<std::int64_t>(0, policy.base.count());
    const std::int64_t cap = std::max<std::int64_t>(0, policy.cap.count());
    if (base == 0) return Millis{0};
    std::int64_t ceiling = base;
    // Doubling stops at the cap, so the shift can never overflow however many failures there were.
    for (int i = 0; i < failures && ceiling < cap; ++i) {
        ceiling = ceiling > std::numeric_limits<std::int64_t>::max() / 2 ? cap : ceiling * 2;
    }
    return Millis{std::min(ceiling, cap)};
}

Millis fullJitter(const BackoffPolicy& policy, int failures, std::mt19937_64& rng) {
    const std::int64_t ceiling = backoffCeiling(policy, failures).count();
    std::uniform_int_distribution<std::int64_t> pick(0, ceiling);
    return Millis{pick(rng)};
}

Millis retryDelay(const BackoffPolicy& policy, int failures, std::optional<std::chrono::seconds> retryAfter,
                  std::mt19937_64& rng) {
    const Millis jitter = fullJitter(policy, failures, rng);
    if (!retryAfter) return jitter;
    // Compared in seconds first so that an enormous value cannot overflow the conversion.
    const auto longest = std::chrono::duration_cast<std::chrono::seconds>(policy.maxRetryAfter);
    const auto asked = std::max(*retryAfter, std::chrono::seconds{0});
    const Millis floor = asked >= longest ? policy.maxRetryAfter : std::chrono::duration_cast<Millis>(asked);
    return std::max(floor, jitter);
}

std::mt19937_64 seededGenerator() {
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device()};
    return std::mt19937_64(seed);
}

}  // namespace kiosk::portal_client
