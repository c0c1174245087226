// Backoff: exponential ceilings up to the cap, full jitter within [0, ceiling], Retry-After as a
// floor but never an unbounded one, and no overflow however many failures there were.
#include <doctest/doctest.h>

#include "kiosk/portal_client/backoff.hpp"
#include "kiosk/portal_client/retry_after.hpp"

using namespace kiosk::portal_client;
using namespace std::chrono;

TEST_CASE("ceilings double up to the cap") {
    const BackoffPolicy policy{Millis{100}, Millis{1000}, Millis{60'000}};
    CHECK(backoffCeiling(policy, 0) == Millis{100});
    CHECK(backoffCeiling(policy, 1) == Millis{200});
    CHECK(backoffCeiling(policy, 3) == Millis{800});
    CHECK(backoffCeiling(policy, 4) == Millis{1000});
    CHECK(backoffCeiling(policy, 1'000'000) == Millis{1000});
}

TEST_CASE("full jitter stays within [0, ceiling] and spreads") {
    const BackoffPolicy policy{Millis{100}, Millis{10'000}, Millis{60'000}};
    std::mt19937_64 rng(42);
    Millis low{1'000'000}, high{0};
    for (int i = 0; i < 2000; ++i) {
        const Millis d = fullJitter(policy, 3, rng);
        CHECK(d >= Millis{0});
        CHECK(d <= Millis{800});
        low = std::min(low, d);
        high = std::max(high, d);
    }
    CHECK(low < Millis{80});
    CHECK(high > Millis{720});
}

TEST_CASE("Retry-After is a floor, clamped to maxRetryAfter") {
    const BackoffPolicy policy{Millis{100}, Millis{1000}, Millis{5000}};
    std::mt19937_64 rng(7);
    for (int i = 0; i < 100; ++i) CHECK(retryDelay(policy, 0, seconds{3}, rng) >= Millis{3000});
    CHECK(retryDelay(policy, 0, seconds{365LL * 24 * 3600}, rng) == Millis{5000});
    CHECK(retryDelay(policy, 0, seconds{-5}, rng) <= Millis{100});
}

TEST_CASE("Retry-After values: seconds and the three HTTP-date forms") {
    const sys_seconds now = sys_days{year{1994} / 11 / 6} + hours{8} + minutes{49};
    CHECK(parseRetryAfter("120", now) == seconds{120});
    CHECK(parseRetryAfter(" 7 ", now) == seconds{7});
    CHECK(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now) == seconds{37});
    CHECK(parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now) == seconds{37});
    CHECK(parseRetryAfter("Sun Nov  6 08:49:37 1994", now) == seconds{37});
    CHECK(parseRetryAfter("Sat, 05 Nov 1994 08:49:37 GMT", now) == seconds{0});
    CHECK_FALSE(parseRetryAfter("-1", now));
    CHECK_FALSE(parseRetryAfter("soon", now));
    CHECK_FALSE(parseRetryAfter("", now));
    CHECK(parseRetryAfter("99999999999999999999999", now) > seconds{0});
}
