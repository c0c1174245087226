#include "desk_sign_in.hpp"

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/staff_sign_in.hpp"

namespace kiosk::ui::desk_view {
namespace {

DeskSignIn refused(std::string problem, std::string refusal) {
    return DeskSignIn{false, std::move(problem), std::move(refusal)};
}

std::string lockedFor(const Strings& strings, std::chrono::seconds wait) {
    return strings.format("desk.signin.locked", {{"seconds", std::to_string(wait.count())}});
}

}  // namespace

DeskSignIn checkDeskSignIn(core::StaffDirectory* staffList, core::StaffLockout& lockout, const std::string& operatorId,
                           std::string& pin, core::StaffLockout::Time now, const Strings& strings) {
    if (staffList == nullptr) {
        secureWipe(pin);
        return refused(strings.get("desk.signin.no_pin"), "no_pin");
    }
    if (const auto wait = lockout.remaining(now); wait > std::chrono::seconds(0)) {
        secureWipe(pin);
        return refused(lockedFor(strings, wait), "locked");
    }
    // One PBKDF2 check, about a tenth of a second, on the desk's own thread: the desk does not
    // use the kiosk's sign-in worker.
    const auto verdict = core::checkStaffSignIn(*staffList, operatorId, pin);
    secureWipe(pin);
    if (verdict == core::StaffPinVerdict::UnknownOperator || verdict == core::StaffPinVerdict::Unavailable) {
        return refused(strings.get("desk.signin.no_pin"), "no_pin");
    }
    if (verdict != core::StaffPinVerdict::Accepted) {
        const auto wait = lockout.recordFailure(now);
        return refused(wait > std::chrono::seconds(0) ? lockedFor(strings, wait) : strings.get("desk.signin.wrong"),
                       "wrong_pin");
    }
    lockout.recordSuccess();
    return DeskSignIn{true, {}, {}};
}

}  // namespace kiosk::ui::desk_view
