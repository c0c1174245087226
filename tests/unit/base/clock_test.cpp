// The one clock: a manual clock moves steady and local time together, today() is the local
// date of localNow() (midnight belongs to the new day), and the system clock's local time is
// the C library's local time.
#include <doctest/doctest.h>

#include <ctime>

#include "kiosk/base/clock.hpp"

using namespace std::chrono;
using namespace std::chrono_literals;

TEST_CASE("a manual clock moves steady and local time together, and dates follow") {
    const auto evening = local_days(year(2026) / 12 / 31) + 23h + 59min + 59s;
    kiosk::ManualClock clock(kiosk::Clock::Steady::time_point(1000h), evening);
    CHECK(clock.today() == year(2026) / 12 / 31);
    clock.advance(999ms);
    CHECK(clock.localNow() == evening);  // whole seconds only
    CHECK(clock.today() == year(2026) / 12 / 31);
    clock.advance(1ms);
    CHECK(clock.steadyNow() == kiosk::Clock::Steady::time_point(1000h + 1s));
    CHECK(clock.localNow() == local_days(year(2027) / 1 / 1));
    CHECK(clock.today() == year(2027) / 1 / 1);
    clock.setLocal(local_days(year(2025) / 8 / 15) + 9h);
    CHECK(clock.today() == year(2025) / 8 / 15);
    CHECK(clock.steadyNow() == kiosk::Clock::Steady::time_point(1000h + 1s));  // no jump
}

TEST_CASE("the system clock's local time is the C library's") {
    const kiosk::SystemClock clock;
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    const auto local = clock.localNow();
    const auto expected = local_days(year(tm.tm_year + 1900) / (tm.tm_mon + 1) / tm.tm_mday) + hours(tm.tm_hour) +
                          minutes(tm.tm_min) + seconds(tm.tm_sec);
    CHECK(abs(local - expected) <= 2s);
}
