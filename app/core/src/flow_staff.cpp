// Staff sign-in on the staff screen (docs/staff.md): operator id and PIN, checked on the sign-in
// worker behind the keypad's lockout; every attempt, refusal and sign-out is an audit entry. The
// kiosk's log says what happened at each attempt, never the digits or what was typed as an id.
#include <iostream>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/staff_sign_in.hpp"

namespace kiosk::core::detail {
namespace {

void forgetTyped(Session& s) {
    secureWipe(s.staffOperatorInput);
    secureWipe(s.staffPinInput);
}

void record(const FlowContext& ctx, AuditKind kind, std::string_view operatorId, std::string_view detail = {}) {
    recordStaffAction(ctx, kind, operatorId, {}, detail);
}

// Shows the keypad's wait when the lockout runs at `now`; true when it does.
bool showLockout(Session& s, const FlowContext& ctx, std::chrono::local_seconds now) {
    if (ctx.staffLockout->remaining(now) <= std::chrono::seconds(0)) return false;
    s.staffLockedUntil = ctx.staffLockout->lockedUntil();
    return true;
}

}  // namespace

bool recordStaffAction(const FlowContext& ctx, AuditKind kind, std::string_view operatorId, std::string_view filingId,
                       std::string_view detail) {
    if (ctx.audit == nullptr) return false;
    if (auto done = ctx.audit->append(kind, operatorId, filingId, detail); !done) {
        std::cerr << "kiosk: không ghi được nhật ký cán bộ (cannot write the staff audit log): " << done.error().code
                  << '\n';
        return false;
    }
    return true;
}

void openStaff(Session& s, const FlowContext& ctx) {
    // Opened over a citizen's filing, the staff screen goes back to it (flow_assist.cpp).
    if (s.screen != Screen::Staff) s.staffReturn = s.screen;
    forgetTyped(s);
    s.staffOperator.clear();
    s.staffChecking = false;
    s.staffRefusal = StaffRefusal::None;
    if (ctx.staffLockout) showLockout(s, ctx, ctx.clock.localNow());
    s.screen = Screen::Staff;
}

bool unlockStaff(Session& s, const FlowContext& ctx) {
    if (s.staffChecking || !s.staffOperator.empty()) return false;
    const auto now = ctx.clock.localNow();
    s.staffRefusal = StaffRefusal::None;
    if (ctx.staffLockout == nullptr || ctx.audit == nullptr) {
        forgetTyped(s);
        s.staffRefusal = StaffRefusal::Unavailable;
        std::cerr << "kiosk: staff sign-in refused: this kiosk has no staff list or audit log\n";
        return false;
    }
    if (ctx.staffLockout->checking()) return false;  // the last PIN's answer is not counted yet
    if (showLockout(s, ctx, now)) {
        forgetTyped(s);
        record(ctx, AuditKind::SignInRefused, kNoOperator, "locked");
        std::cerr << "kiosk: staff PIN not checked: the keypad is locked for "
                  << ctx.staffLockout->remaining(now).count() << " s more\n";
        return false;
    }
    ctx.staffLockout->startCheck();
    s.staffChecking = true;
    return true;
}

void staffPinChecked(Session& s, const act::StaffPinChecked& a, const FlowContext& ctx) {
    if (ctx.staffLockout == nullptr || !ctx.staffLockout->checking()) return;  // not an answer it waits for
    const bool waiting = s.screen == Screen::Staff && s.staffChecking;
    s.staffChecking = false;
    if (waiting) forgetTyped(s);
    const auto now = ctx.clock.localNow();
    const std::string id = normalOperatorId(a.operatorId);
    switch (a.verdict) {
        case StaffPinVerdict::Accepted:
            ctx.staffLockout->recordSuccess();
            record(ctx, AuditKind::SignIn, id);
            // An answer that arrives after the staff member left the screen counts, but signs
            // nobody in.
            if (waiting) s.staffOperator = id;
            std::cerr << "kiosk: staff member signed in\n";
            return;
        case StaffPinVerdict::WrongPin:
        case StaffPinVerdict::UnknownOperator: {
            const bool known = a.verdict == StaffPinVerdict::WrongPin;
            const auto wait = ctx.staffLockout->recordFailure(now);
            record(ctx, AuditKind::SignInRefused, known ? std::string_view(id) : kNoOperator,
                   known ? "wrong_pin" : "unknown_operator");
            if (waiting) s.staffRefusal = StaffRefusal::WrongPin;
            if (waiting && wait > std::chrono::seconds(0)) showLockout(s, ctx, now);
            std::cerr << "kiosk: staff sign-in refused (" << ctx.staffLockout->failures() << " in a row)";
            if (wait > std::chrono::seconds(0)) std::cerr << "; keypad locked for " << wait.count() << " s";
            std::cerr << '\n';
            return;
        }
        case StaffPinVerdict::Unavailable:
            ctx.staffLockout->abandonCheck();
            if (waiting) s.staffRefusal = StaffRefusal::Unavailable;
            std::cerr << "kiosk: staff sign-in not checked: the staff list cannot be read\n";
            return;
    }
}

void signOutStaff(Session& s, const FlowContext& ctx, std::string_view why) {
    if (s.staffOperator.empty()) return;
    // Whoever was helping the citizen leaves with the sign-out, however the session ends.
    if (!s.assistedBy.empty()) record(ctx, AuditKind::AssistSession, s.assistedBy, "leave");
    s.assistedBy.clear();
    record(ctx, AuditKind::SignOut, s.staffOperator, why);
    s.staffOperator.clear();
    std::cerr << "kiosk: staff member signed out\n";
}

}  // namespace kiosk::core::detail
