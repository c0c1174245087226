#include "help_call_desk.hpp"

#include <algorithm>

namespace kiosk::ui::desk_view {
namespace {

// How often the open help calls are asked for: a citizen at a kiosk should not wait longer than
// this for the desk to see them.
constexpr auto kPoll = std::chrono::seconds(5);

constexpr std::string_view kFetch = "help_calls";
constexpr std::string_view kAnswer = "help_call.answer";

void arrived(DeskState& state, std::vector<desk::HelpCall> calls) {
    // "Đang ghi..." stays on a call until a list without it comes (the answer reached the
    // portal) or the answer fails: a list fetched just before the answer was sent must not
    // offer the button again.
    std::erase_if(state.answeringHelpCalls, [&calls](const std::string& id) {
        return std::none_of(calls.begin(), calls.end(), [&id](const desk::HelpCall& c) { return c.id == id; });
    });
    state.helpCalls = std::move(calls);
    state.helpCallsProblem.clear();
}

}  // namespace

void HelpCallDesk::poll(desk::StaffDesk& staff, const DeskState& state, Time now) {
    if (!state.signedIn || now < m_nextPoll || staff.helpCallsPending() > 0) return;
    staff.refreshHelpCalls();
    m_nextPoll = now + kPoll;
}

bool HelpCallDesk::take(desk::DeskUpdate& update, DeskState& state, const Strings& strings, const Audit& audit) {
    if (update.kind == desk::DeskUpdate::Kind::HelpCalls) {
        if (state.signedIn) arrived(state, std::move(update.helpCalls));  // else fetched before sign-out
        return true;
    }
    if (update.kind != desk::DeskUpdate::Kind::Failed) return false;
    if (update.action == kFetch) {
        state.helpCallsProblem = strings.format("desk.help_calls.unreachable", {{"why", update.error.message}});
        return true;
    }
    if (update.action != kAnswer) return false;
    state.answeringHelpCalls.erase(update.helpCallId);
    state.message = strings.format("desk.help_calls.answer_failed", {{"why", update.error.message}});
    state.messageIsError = true;
    const std::string outcome = update.error.where.empty() ? update.error.code : update.error.where;
    audit(std::string(kAnswer) + ":" + update.helpCallId + ":refused:" + outcome);
    return true;
}

void HelpCallDesk::answer(desk::StaffDesk& staff, DeskState& state, const std::string& helpCallId, const Audit& audit) {
    if (!audit(std::string(kAnswer) + ":" + helpCallId)) return;
    state.answeringHelpCalls.insert(helpCallId);
    staff.answerHelpCall(helpCallId);
}

void HelpCallDesk::forget(DeskState& state) {
    state.helpCalls.clear();
    state.helpCallsProblem.clear();
    state.answeringHelpCalls.clear();
}

}  // namespace kiosk::ui::desk_view
