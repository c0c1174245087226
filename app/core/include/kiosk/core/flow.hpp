#pragma once
// The flow state machine: (session, action) -> session. Applied in place, so the personal data
// in a session is never copied into a temporary that is freed without being wiped.
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/base/clock.hpp"
#include "kiosk/core/action.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/core/effect.hpp"
#include "kiosk/core/filing_status.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/core/ownership.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/staff_lockout.hpp"

namespace kiosk::core {

// What a step may consult besides the session: the clock (today's date, the receipt's time),
// where filings go, and the config a fresh session should start with (the newest good one).
struct FlowContext {
    FilingStore& store;
    const Clock& clock;
    std::shared_ptr<const config::Config> latestConfig;
    StatusSource* status = nullptr;  // the local status cache; none: look-ups say so plainly
    // Wrong PINs so far and the keypad's wait; none: the staff screen stays locked.
    StaffLockout* staffLockout = nullptr;
    // Wrong look-up codes at this kiosk; none: no code is checked (the card still proves).
    LookupThrottle* lookupThrottle = nullptr;
    // Where staff actions are recorded (sign-in, refusals, sign-out); none: nobody can sign in.
    AuditLog* audit = nullptr;
    // Where the filings submitted here are made: the kiosk, or the desk's intake window.
    Channel channel = Channel::Kiosk;
};

// Whether the screen shows something the status cache may change (the receipt, the fee): the
// kiosk then applies act::RefreshStatus every few seconds.
bool wantsStatusRefresh(const Session& session);

// The look-up offers "Bổ sung hồ sơ": the owner is proven, staff asked for a supplement, the
// portal has the filing, and no supplement of it is still waiting to be sent.
bool offersSupplement(const Session& session);

// A staff member may join the citizen's session on `screen` (a filing under way, before it is
// sent); the staff entrance is there while nobody helps yet (and on the home screen).
bool staffMayJoinAt(Screen screen);
bool staffEntranceOpen(const Session& session);

// The kiosk waits on the citizen's bank: the fee screen shows the VietQR it asked them to pay.
// The idle timeout then gives way to the longer [idle] waiting_timeout_seconds.
bool awaitsPayment(const Session& session);

// "Về trang đầu", "Xong" (or "Tôi dùng xong") and the idle timeout: each ends the session the
// same way, leaving nothing of this citizen (answers, codes, language, text size, contrast) for
// the next. The UI resets what it holds for the session (read-aloud) on the same actions.
bool endsSession(const Action& action);

// Moves `session` on by `action` and returns what must be done outside the session for it, in
// order: a device to use, a receipt to print, and, when the screen changes or the session
// ends, the speech to stop and the card and page work to drop (none of it outlives its screen).
// Actions that make no sense on the current screen are ignored and need nothing.
Effects apply(Session& session, const Action& action, const FlowContext& ctx);

}  // namespace kiosk::core
