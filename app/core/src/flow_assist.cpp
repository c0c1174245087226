// A staff member helping a citizen at the kiosk (issue 14, docs/staff.md "Helping a citizen at
// the kiosk"): the staff screen opened over the citizen's filing signs them in, "Hỗ trợ công dân"
// joins the filing where it stood, every screen then names the helper, and the filing goes as
// kiosk_assisted with their operator id. Joining and leaving are audit entries.
#include <iostream>
#include <utility>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::core {

bool staffMayJoinAt(Screen screen) {
    switch (screen) {
        case Screen::Catalogue:
        case Screen::ServiceInfo:
        case Screen::PreQuestions:
        case Screen::Identity:
        case Screen::Page:
        case Screen::CheckAnswers:
        case Screen::Consent:
        case Screen::Send: return true;
        default: return false;
    }
}

bool staffEntranceOpen(const Session& session) {
    return session.assistedBy.empty() && (session.screen == Screen::Home || staffMayJoinAt(session.screen));
}

}  // namespace kiosk::core

namespace kiosk::core::detail {

void joinSession(Session& s, const FlowContext& ctx) {
    if (s.screen != Screen::Staff || s.staffOperator.empty() || !staffMayJoinAt(s.staffReturn)) return;
    // Helping unrecorded is not allowed: without the entry the staff screen stays.
    if (!recordStaffAction(ctx, AuditKind::AssistSession, s.staffOperator, {}, "join")) return;
    s.assistedBy = s.staffOperator;
    s.screen = std::exchange(s.staffReturn, Screen::Home);
    std::cerr << "kiosk: a staff member joined the session\n";
}

bool backToFiling(Session& s, const FlowContext& ctx) {
    if (!staffMayJoinAt(s.staffReturn)) return false;
    // Signed in but not helping: nobody stays signed in behind the citizen's back.
    signOutStaff(s, ctx, "");
    secureWipe(s.staffOperatorInput);
    secureWipe(s.staffPinInput);
    s.staffChecking = false;
    s.staffRefusal = StaffRefusal::None;
    s.screen = std::exchange(s.staffReturn, Screen::Home);
    return true;
}

void leaveSession(Session& s, const FlowContext& ctx) {
    if (s.assistedBy.empty()) return;
    signOutStaff(s, ctx, "");
    std::cerr << "kiosk: the staff member left the session\n";
}

}  // namespace kiosk::core::detail
