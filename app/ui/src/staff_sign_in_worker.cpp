#include "staff_sign_in_worker.hpp"

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/staff_sign_in.hpp"

namespace kiosk::ui {

StaffSignInWorker::StaffSignInWorker(core::StaffDirectory& directory, FinishedQueue& done)
    : m_directory(directory),
      m_done(done),
      m_worker({.run =
                    [this](Job& job) {
                        const auto verdict = core::checkStaffSignIn(m_directory, job.operatorId, job.pin);
                        secureWipe(job.pin);
                        m_done.post({core::act::StaffPinChecked{std::move(job.operatorId), verdict}, false});
                    },
                .drop = [](Job& job) { secureWipe(job.pin); }}) {}

void StaffSignInWorker::submit(const std::string& operatorId, const std::string& pin) {
    Job job{operatorId, {}};
    // Past the short-string buffer, so the move below hands the heap buffer over and leaves no
    // copy of the PIN behind in this frame.
    job.pin.reserve(64);
    job.pin = pin;
    m_worker.submit(std::move(job));
}

}  // namespace kiosk::ui
