// Staff sign-in through the flow: operator id and PIN go to the sign-in worker (an effect), its
// answer is counted by the lockout and recorded in the audit log, the lockout's wait follows the
// flow's clock (no sleeping), and nothing a guesser types tells them which operator ids exist.
#include <doctest/doctest.h>

#include "kiosk/core/staff_sign_in.hpp"
#include "sample_config.hpp"

using namespace std::chrono_literals;
namespace core = kiosk::core;
namespace act = kiosk::core::act;
using core::AuditKind;
using core::Screen;
using core::StaffRefusal;

namespace {

const std::chrono::local_seconds kNoon = std::chrono::local_days(std::chrono::year(2026) / 12 / 7) + 12h;

struct StaffFlow : kiosk::test::Flow {
    StaffFlow() {
        staff.add("CB-01", "246810");
        now = kNoon;
        (*this)(act::OpenStaff{});
        REQUIRE(session.screen == Screen::Staff);
    }
    const kiosk::test::RecordedAudit& lastEntry() const {
        REQUIRE_FALSE(audit.entries.empty());
        return audit.entries.back();
    }
};

}  // namespace

TEST_CASE("the right operator id and PIN sign in, checked on the worker, and the PIN is wiped") {
    StaffFlow flow;
    flow(act::SetText{core::TextTarget::StaffOperator, "", "cb-01 "});
    flow(act::SetText{core::TextTarget::StaffPin, "", "246810"});
    const auto effects = flow(act::UnlockStaff{});
    REQUIRE(effects.size() == 1);
    CHECK(std::holds_alternative<core::fx::CheckStaffPin>(effects.front()));
    CHECK(flow.session.staffChecking);
    // While the check runs the typed values stay as they were and a second press asks nothing.
    flow(act::SetText{core::TextTarget::StaffPin, "", "999999"});
    CHECK(flow.session.staffPinInput == "246810");
    CHECK(flow(act::UnlockStaff{}).empty());

    const auto verdict = core::checkStaffSignIn(flow.staff, flow.session.staffOperatorInput,
                                                flow.session.staffPinInput);
    CHECK(verdict == core::StaffPinVerdict::Accepted);
    flow(act::StaffPinChecked{flow.session.staffOperatorInput, verdict});
    CHECK(flow.session.staffOperator == "CB-01");
    CHECK_FALSE(flow.session.staffChecking);
    CHECK(flow.session.staffPinInput.empty());
    CHECK(flow.session.staffOperatorInput.empty());
    CHECK(flow.lastEntry().kind == AuditKind::SignIn);
    CHECK(flow.lastEntry().operatorId == "CB-01");
}

TEST_CASE("a wrong PIN and an unknown operator id read the same; the log keeps no typed id") {
    StaffFlow flow;
    REQUIRE(flow.signIn("CB-01", "111111"));
    CHECK(flow.session.staffOperator.empty());
    CHECK(flow.session.staffRefusal == StaffRefusal::WrongPin);
    CHECK(flow.session.staffPinInput.empty());
    CHECK(flow.lastEntry().kind == AuditKind::SignInRefused);
    CHECK(flow.lastEntry().operatorId == "CB-01");
    CHECK(flow.lastEntry().detail == "wrong_pin");

    REQUIRE(flow.signIn("Nguyen Van An", "246810"));
    CHECK(flow.session.staffRefusal == StaffRefusal::WrongPin);
    CHECK(flow.lastEntry().operatorId == std::string(core::kNoOperator));
    CHECK(flow.lastEntry().detail == "unknown_operator");
    CHECK(flow.staffLockout.failures() == 2);
}

TEST_CASE("3 wrong PINs lock the keypad for 30 s, then 60 s; the clock, not a sleep, ends each wait") {
    StaffFlow flow;
    REQUIRE(flow.signIn("CB-01", "111111"));
    REQUIRE(flow.signIn("CB-02", "222222"));
    CHECK(flow.session.staffLockedUntil <= kNoon);
    REQUIRE(flow.signIn("CB-01", "333333"));
    CHECK(flow.session.staffRefusal == StaffRefusal::WrongPin);
    CHECK(flow.session.staffLockedUntil == kNoon + 30s);

    // The right PIN during the wait is not even checked, and the refusal is recorded.
    flow.now = kNoon + 20s;
    CHECK_FALSE(flow.signIn("CB-01", "246810"));
    CHECK(flow.session.staffOperator.empty());
    CHECK(flow.session.staffPinInput.empty());
    CHECK(flow.lastEntry().detail == "locked");
    CHECK(flow.staffLockout.failures() == 3);

    // Leaving and coming back shows the same wait.
    flow(act::Back{});
    flow(act::OpenStaff{});
    CHECK(flow.session.staffLockedUntil == kNoon + 30s);

    flow.now = kNoon + 30s;
    REQUIRE(flow.signIn("CB-01", "444444"));
    CHECK(flow.session.staffLockedUntil == kNoon + 90s);
    flow.now = kNoon + 90s;
    REQUIRE(flow.signIn("CB-01", "246810"));
    CHECK(flow.session.staffOperator == "CB-01");
    CHECK(flow.staffLockout.failures() == 0);
}

TEST_CASE("a wrong PIN whose answer comes after the staff member left still counts, and signs nobody in") {
    StaffFlow flow;
    flow(act::SetText{core::TextTarget::StaffOperator, "", "CB-01"});
    flow(act::SetText{core::TextTarget::StaffPin, "", "246810"});
    REQUIRE(flow(act::UnlockStaff{}).size() == 1);
    flow(act::Back{});
    REQUIRE(flow.session.screen == Screen::Home);
    // No second PIN can be sent before the first is counted.
    flow(act::OpenStaff{});
    CHECK_FALSE(flow.signIn("CB-01", "246810"));
    flow(act::StaffPinChecked{"CB-01", core::StaffPinVerdict::WrongPin});
    CHECK(flow.staffLockout.failures() == 1);
    CHECK(flow.lastEntry().detail == "wrong_pin");
    flow(act::StaffPinChecked{"CB-01", core::StaffPinVerdict::Accepted});  // an answer nobody waits for
    CHECK(flow.session.staffOperator.empty());
    CHECK(flow.staffLockout.failures() == 1);
}

TEST_CASE("signing out, leaving the screen and the idle timeout each record a sign-out") {
    StaffFlow flow;
    REQUIRE(flow.signIn("CB-01", "246810"));
    flow(act::SignOutStaff{});
    CHECK(flow.session.staffOperator.empty());
    CHECK(flow.session.screen == Screen::Staff);
    CHECK(flow.lastEntry().kind == AuditKind::SignOut);

    REQUIRE(flow.signIn("CB-01", "246810"));
    flow(act::Back{});
    CHECK(flow.lastEntry().kind == AuditKind::SignOut);
    CHECK(flow.lastEntry().detail.empty());

    flow(act::OpenStaff{});
    REQUIRE(flow.signIn("CB-01", "246810"));
    flow(act::Timeout{});
    CHECK(flow.session.screen == Screen::Home);
    CHECK(flow.lastEntry().kind == AuditKind::SignOut);
    CHECK(flow.lastEntry().detail == "idle");
    CHECK(flow.audit.entries.size() == 6);
}

TEST_CASE("a staff list that cannot be read signs nobody in and counts nothing") {
    StaffFlow flow;
    flow.staff.breakDown();
    REQUIRE(flow.signIn("CB-01", "246810"));
    CHECK(flow.session.staffRefusal == StaffRefusal::Unavailable);
    CHECK(flow.session.staffOperator.empty());
    CHECK(flow.staffLockout.failures() == 0);
    CHECK_FALSE(flow.staffLockout.checking());
}

TEST_CASE("without an audit log nobody can sign in") {
    kiosk::test::Flow flow;
    flow.staff.add("CB-01", "246810");
    flow(act::OpenStaff{});
    flow(act::SetText{core::TextTarget::StaffOperator, "", "CB-01"});
    flow(act::SetText{core::TextTarget::StaffPin, "", "246810"});
    const kiosk::ManualClock clock(kiosk::ManualClock::Steady::time_point{}, kNoon);
    const auto effects = core::apply(flow.session, act::UnlockStaff{},
                                     core::FlowContext{flow.store, clock, flow.config, nullptr, &flow.staffLockout,
                                                       &flow.lookupThrottle, nullptr});
    CHECK(effects.empty());
    CHECK(flow.session.staffRefusal == StaffRefusal::Unavailable);
    CHECK(flow.session.staffPinInput.empty());
}
