// A staff member helping a citizen at the kiosk (issue 14, docs/staff.md "Helping a citizen at
// the kiosk"): the staff screen opened over the citizen's filing signs them in, "Hỗ trợ công dân"
// joins the filing where it stood, every screen then names the helper, and the filing goes as
// kiosk_assisted with their operator id. Joining and leaving are audit entries.
#include <algorithm>
#include <iostream>
#include <utility>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/assist.hpp"
#include "kiosk/core/document_pages.hpp"
#include "kiosk/core/identity_input.hpp"

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
    // The citizen goes on alone: what the helper vouched for does not travel without their name
    // (the audit log keeps it).
    s.typedIdentityReason.clear();
    s.originalsSeen.clear();
    std::erase_if(s.errors, [](const forms::FieldError& e) { return e.key == kTypedIdentityReasonKey; });
    signOutStaff(s, ctx, "");
    std::cerr << "kiosk: the staff member left the session\n";
}

void typeIdentityByHand(Session& s, const FlowContext& ctx, const std::string& reason) {
    if (s.screen != Screen::Identity || s.assistedBy.empty() || !isTypedIdentityReason(reason)) return;
    if (s.typedIdentityReason == reason) return;
    if (!recordStaffAction(ctx, AuditKind::CardReadOverride, s.assistedBy, {}, reason)) return;
    s.typedIdentityReason = reason;
    std::erase_if(s.errors, [](const forms::FieldError& e) { return e.key == kTypedIdentityReasonKey; });
}

void markOriginalSeen(Session& s, const FlowContext& ctx, const std::string& key, bool seen) {
    if (s.screen != Screen::Page || s.assistedBy.empty() || s.service == nullptr) return;
    const forms::Field* field = documentFieldOfKey(*s.service, key);
    if (field == nullptr || s.originalsSeen.contains(key) == seen) return;
    const std::string detail = seen ? field->document : field->document + ":withdrawn";
    if (!recordStaffAction(ctx, AuditKind::OriginalSeen, s.assistedBy, {}, detail)) return;
    if (seen) {
        s.originalsSeen.insert(key);
    } else {
        s.originalsSeen.erase(key);
    }
}

std::vector<forms::FieldError> identityErrors(const Session& s, const FlowContext& ctx) {
    auto errors = validateIdentityInput(*s.config, s.identityInput, ctx.clock.today());
    if (!s.assistedBy.empty() && !s.identityFromCard && s.typedIdentityReason.empty()) {
        // First, as on screen: the reason's panel stands above the boxes.
        const std::string key(kTypedIdentityReasonKey);
        errors.insert(errors.begin(), forms::FieldError{key, key, localText(*s.config, "assist.reason_needed")});
    }
    return errors;
}

std::vector<std::string> originalsSeenSlots(const Session& s) {
    std::vector<std::string> slots;
    if (s.service == nullptr) return slots;
    for (const auto& key : s.originalsSeen) {
        const forms::Field* field = documentFieldOfKey(*s.service, key);
        if (field != nullptr && std::find(slots.begin(), slots.end(), field->document) == slots.end()) {
            slots.push_back(field->document);
        }
    }
    return slots;
}

}  // namespace kiosk::core::detail
