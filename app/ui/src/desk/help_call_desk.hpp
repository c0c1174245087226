#pragma once
// The desk's side of the kiosks' help calls (help_calls_view.cpp draws them): asks the portal
// every few seconds while staff are signed in, takes what comes back into DeskState, and sends
// "Đã đến hỗ trợ" once the audit log holds it, as every desk action.
#include <chrono>
#include <functional>
#include <string>

#include "desk_view.hpp"
#include "kiosk/desk/staff_desk.hpp"

namespace kiosk::ui::desk_view {

class HelpCallDesk {
public:
    using Time = std::chrono::steady_clock::time_point;
    // Appends a desk.action entry with this detail; false when the log could not take it.
    using Audit = std::function<bool(const std::string& detail)>;

    // Asks for the open calls when the last ask is answered and a poll old.
    void poll(desk::StaffDesk& staff, const DeskState& state, Time now);
    // When the next ask is due.
    Time nextPoll() const { return m_nextPoll; }
    // Takes `update` when it is about help calls (a list, or a fetch or an answer that failed:
    // said on the desk, a failed answer audited); false for any other update.
    static bool take(desk::DeskUpdate& update, DeskState& state, const Strings& strings, const Audit& audit);
    // "Đã đến hỗ trợ" on `helpCallId`: audited, then sent (not sent when the log refused it).
    static void answer(desk::StaffDesk& staff, DeskState& state, const std::string& helpCallId, const Audit& audit);
    // Signed out: nothing of the calls stays on the desk.
    static void forget(DeskState& state);

private:
    Time m_nextPoll{};  // the first frame of the list asks at once
};

}  // namespace kiosk::ui::desk_view
