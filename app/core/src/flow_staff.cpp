// The staff screen's PIN: checked against the hash in kiosk.toml, behind the keypad's lockout.
// The log says what happened at each attempt, never the digits.
#include <iostream>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/staff_pin.hpp"

namespace kiosk::core::detail {

void openStaff(Session& s, const FlowContext& ctx) {
    secureWipe(s.staffPinInput);
    s.staffUnlocked = false;
    s.staffPinWrong = false;
    s.staffWait = ctx.staffLockout ? ctx.staffLockout->remaining(ctx.clock.localNow()) : std::chrono::seconds(0);
    s.screen = Screen::Staff;
}

void unlockStaff(Session& s, const FlowContext& ctx) {
    const auto now = ctx.clock.localNow();
    s.staffUnlocked = false;
    s.staffPinWrong = false;
    s.staffWait = std::chrono::seconds(0);
    if (ctx.staffPinHash.empty() || ctx.staffLockout == nullptr) {
        secureWipe(s.staffPinInput);
        s.staffPinWrong = true;
        std::cerr << "kiosk: staff PIN refused: no [staff] pin_hash is set\n";
        return;
    }
    if (const auto wait = ctx.staffLockout->remaining(now); wait > std::chrono::seconds(0)) {
        secureWipe(s.staffPinInput);
        s.staffWait = wait;
        std::cerr << "kiosk: staff PIN not checked: the keypad is locked for " << wait.count() << " s more\n";
        return;
    }
    s.staffUnlocked = verifyStaffPin(s.staffPinInput, ctx.staffPinHash);
    secureWipe(s.staffPinInput);
    if (s.staffUnlocked) {
        ctx.staffLockout->recordSuccess();
        std::cerr << "kiosk: staff PIN accepted, staff screen opened\n";
        return;
    }
    s.staffPinWrong = true;
    s.staffWait = ctx.staffLockout->recordFailure(now);
    std::cerr << "kiosk: wrong staff PIN (" << ctx.staffLockout->failures() << " in a row)";
    if (s.staffWait > std::chrono::seconds(0)) std::cerr << "; keypad locked for " << s.staffWait.count() << " s";
    std::cerr << '\n';
}

}  // namespace kiosk::core::detail
