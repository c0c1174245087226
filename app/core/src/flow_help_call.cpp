// "Gọi cán bộ hỗ trợ": the call goes into the outbox at once (kiosk-sync takes it to the desk
// through the portal) and a calm notice covers the screen; nothing the citizen typed moves.
#include "flow_steps.hpp"

namespace kiosk::core::detail {

void callStaff(Session& s, const FlowContext& ctx) {
    // The desk's intake is an officer's window, and the staff screen is staff's own.
    if (ctx.channel == Channel::Desk || s.screen == Screen::Staff) return;
    if (s.helpCall && s.helpCall->stored) {
        s.helpCall->noticeShown = true;
        return;
    }
    const auto stored = ctx.store.callStaff(screenName(s.screen));
    s.helpCall = HelpCall{stored.ok(), true};
}

}  // namespace kiosk::core::detail
