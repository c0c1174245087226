#pragma once
// Checks a staff member's operator id and PIN off the UI thread (core::checkStaffSignIn: PBKDF2,
// about a tenth of a second) on the kiosk's one worker type, and hands the answer back through a
// Mailbox, whose post wakes the frame loop. The PIN is wiped as soon as it is checked, and with
// any job dropped unrun.
#include <functional>
#include <optional>
#include <string>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/core/action.hpp"
#include "kiosk/core/staff_directory.hpp"

namespace kiosk::ui {

class StaffSignInWorker {
public:
    // `directory` outlives the worker.
    explicit StaffSignInWorker(core::StaffDirectory& directory);

    void setWake(std::function<void()> wake) { m_answers.setWake(std::move(wake)); }
    // Copies both; returns at once.
    void submit(const std::string& operatorId, const std::string& pin);
    // The next answer, if one came.
    std::optional<core::act::StaffPinChecked> take() { return m_answers.take(); }

private:
    struct Job {
        std::string operatorId;
        std::string pin;
    };

    core::StaffDirectory& m_directory;
    Mailbox<core::act::StaffPinChecked> m_answers;
    Worker<Job> m_worker;  // last: its thread may post to the mailbox above until it stops
};

}  // namespace kiosk::ui
