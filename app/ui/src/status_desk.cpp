#include "status_desk.hpp"

#include <utility>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/status_read.hpp"

namespace kiosk::ui {

Result<std::optional<core::FilingStatus>> LockedStatusSource::statusOf(std::string_view reference) {
    const std::lock_guard lock(m_mutex);
    return m_source.statusOf(reference);
}

Result<std::vector<std::string>> LockedStatusSource::referencesEndingWith(std::string_view key, int limit) {
    const std::lock_guard lock(m_mutex);
    return m_source.referencesEndingWith(key, limit);
}

Result<bool> LockedStatusSource::applicantIs(std::string_view reference, std::string_view idNumber) {
    const std::lock_guard lock(m_mutex);
    return m_source.applicantIs(reference, idNumber);
}

Result<void> LockedStatusSource::requestPayment(std::string_view reference) {
    const std::lock_guard lock(m_mutex);
    return m_source.requestPayment(reference);
}

// The worker stops first: a read in hand finishes, the rest drop (their secrets wiped).
StatusDesk::~StatusDesk() { m_worker.reset(); }

void StatusDesk::setSource(core::StatusSource* source) {
    m_worker.reset();
    m_locked = source != nullptr ? std::make_unique<LockedStatusSource>(*source) : nullptr;
}

void StatusDesk::read(core::fx::ReadStatus asked) { submit(std::move(asked)); }

void StatusDesk::lookUp(core::fx::LookUpStatus asked) { submit(std::move(asked)); }

void StatusDesk::submit(Job job) {
    if (!m_locked) return;  // the flow asks for no read without a source
    if (!m_worker) {
        m_worker = std::make_unique<Worker<Job>>(
            Worker<Job>::Steps{.run =
                                   [this](Job& job) {
                                       if (auto* asked = std::get_if<core::fx::ReadStatus>(&job)) {
                                           // The kiosk's own re-read: it does not hold the idle timeout off.
                                           m_done.post({core::readStatus(*m_locked, *asked), true});
                                       } else if (auto* code = std::get_if<core::fx::LookUpStatus>(&job)) {
                                           // The answer to the citizen's "Tra cứu", applied as their step.
                                           m_done.post({core::lookUpStatus(*m_locked, *code), false});
                                           secureWipe(code->secret);
                                       }
                                   },
                               .drop =
                                   [](Job& job) {
                                       if (auto* code = std::get_if<core::fx::LookUpStatus>(&job))
                                           secureWipe(code->secret);
                                   }});
    }
    m_worker->submit(std::move(job));
}

void StatusDesk::waitAnswered(std::chrono::milliseconds timeout) {
    if (m_worker) m_worker->waitIdle(timeout);
}

}  // namespace kiosk::ui
