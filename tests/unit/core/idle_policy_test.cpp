// WCAG 2.2.1: an unattended session is warned at least 20 s before it is wiped, the warning
// counts down, one action extends it as often as needed, and an idle kiosk asks for no redraws.
// Time is passed in, so these tests step a fake clock; nothing here measures real time.
#include <doctest/doctest.h>

#include "kiosk/core/idle_policy.hpp"

using kiosk::core::IdlePolicy;
using Phase = IdlePolicy::Phase;
using std::chrono::seconds;
using std::chrono::milliseconds;

namespace {
const IdlePolicy::Clock::time_point t0{seconds(1000)};
}

TEST_CASE("a session in use is active, then warned with a countdown, then expired") {
    IdlePolicy idle(120, 30);
    idle.noteActivity(t0);
    CHECK(idle.status(t0 + seconds(89), true).phase == Phase::Active);
    const auto warned = idle.status(t0 + seconds(90), true);
    CHECK(warned.phase == Phase::Warning);
    CHECK(warned.secondsLeft == 30);
    CHECK(idle.status(t0 + milliseconds(110'500), true).secondsLeft == 10);
    CHECK(idle.status(t0 + seconds(120), true).phase == Phase::Expired);
}

TEST_CASE("an untouched kiosk is idle and never expires") {
    IdlePolicy idle(120, 30);
    CHECK(idle.status(t0 + seconds(100000), false).phase == Phase::Idle);
    CHECK_FALSE(idle.nextWakeup(t0, false).has_value());
}

TEST_CASE("the warning is never shorter than 20 seconds, whatever the config says") {
    IdlePolicy idle(120, 5);
    CHECK(idle.warningSeconds() == 20);
    idle.noteActivity(t0);
    CHECK(idle.status(t0 + seconds(100), true).phase == Phase::Warning);
    IdlePolicy tiny(10, 60);
    CHECK(tiny.timeoutSeconds() >= 30);
    CHECK(tiny.warningSeconds() < tiny.timeoutSeconds());
}

TEST_CASE("activity during the warning extends the session, as many times as needed") {
    IdlePolicy idle(120, 30);
    idle.noteActivity(t0);
    auto now = t0;
    for (int i = 0; i < 12; ++i) {
        now += seconds(100);
        REQUIRE(idle.status(now, true).phase == Phase::Warning);
        idle.noteActivity(now);  // "Tôi cần thêm thời gian"
        CHECK(idle.status(now, true).phase == Phase::Active);
    }
}

TEST_CASE("wake-ups: once when the warning starts, then every second of the countdown") {
    IdlePolicy idle(120, 30);
    idle.noteActivity(t0);
    const auto first = idle.nextWakeup(t0 + seconds(5), true);
    REQUIRE(first.has_value());
    CHECK(*first == t0 + seconds(90));
    const auto tick = idle.nextWakeup(t0 + milliseconds(95'300), true);
    REQUIRE(tick.has_value());
    CHECK(*tick == t0 + seconds(96));
    CHECK(idle.status(*tick, true).secondsLeft == idle.status(t0 + milliseconds(95'300), true).secondsLeft - 1);
    const auto last = idle.nextWakeup(t0 + milliseconds(119'500), true);
    REQUIRE(last.has_value());
    CHECK(*last == t0 + seconds(120));
}

TEST_CASE("new limits apply at once and restart the timer, so nobody is wiped unwarned") {
    IdlePolicy idle(120, 30);
    idle.noteActivity(t0);
    // 100 s into a 120 s timeout, a reload shortens it to 60 s: not expired, a full 60 s again.
    idle.setLimits(60, 20, t0 + seconds(100));
    CHECK(idle.timeoutSeconds() == 60);
    CHECK(idle.warningSeconds() == 20);
    CHECK(idle.status(t0 + seconds(100), true).phase == Phase::Active);
    CHECK(idle.status(t0 + seconds(140), true).phase == Phase::Warning);
    CHECK(idle.status(t0 + seconds(160), true).phase == Phase::Expired);
    // The same limits again change nothing: the timer is not restarted by every frame.
    idle.setLimits(60, 20, t0 + seconds(150));
    CHECK(idle.status(t0 + seconds(160), true).phase == Phase::Expired);
    // Limits the constructor would raise are compared after raising them.
    IdlePolicy low(10, 5);
    low.noteActivity(t0);
    low.setLimits(10, 5, t0 + seconds(25));
    CHECK(low.status(t0 + seconds(30), true).phase == Phase::Expired);
}
