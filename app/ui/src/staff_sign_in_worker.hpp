#pragma once
// Checks a staff member's operator id and PIN off the UI thread (core::checkStaffSignIn: PBKDF2,
// about a tenth of a second) on the kiosk's one worker type, and posts the answer to the runner's
// one FinishedQueue, which wakes the frame loop. The PIN is wiped as soon as it is checked, and with
// any job dropped unrun.
#include <string>

#include "finished_work.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/core/staff_directory.hpp"

namespace kiosk::ui {

class StaffSignInWorker {
public:
    // `directory` and `done` (where answers go) outlive the worker.
    StaffSignInWorker(core::StaffDirectory& directory, FinishedQueue& done);

    // Copies both; returns at once.
    void submit(const std::string& operatorId, const std::string& pin);

private:
    struct Job {
        std::string operatorId;
        std::string pin;
    };

    core::StaffDirectory& m_directory;
    FinishedQueue& m_done;
    Worker<Job> m_worker;  // last: its thread starts after everything above exists
};

}  // namespace kiosk::ui
