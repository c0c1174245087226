#pragma once
// Reads the local status cache off the UI thread for the effects that ask for it (the receipt's
// timed re-read, the look-up by code): a kiosk::Worker runs core::readStatus / core::lookUpStatus
// and posts the answer, as the action core applies, to the runner's one FinishedQueue, which
// wakes the frame loop. The flow still reads the same source at once for a few steps (a proof,
// a supplement, the fee's payment intent), so the source is shared behind a lock (source()).
// Owned by the EffectRunner.
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "finished_work.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/core/effect.hpp"
#include "kiosk/core/filing_status.hpp"

namespace kiosk::ui {

// The status port, used one call at a time from the UI thread and the status worker.
class LockedStatusSource final : public core::StatusSource {
public:
    explicit LockedStatusSource(core::StatusSource& source) : m_source(source) {}
    Result<std::optional<core::FilingStatus>> statusOf(std::string_view reference) override;
    Result<std::vector<std::string>> referencesEndingWith(std::string_view key, int limit) override;
    Result<bool> applicantIs(std::string_view reference, std::string_view idNumber) override;
    Result<void> requestPayment(std::string_view reference) override;

private:
    std::mutex m_mutex;
    core::StatusSource& m_source;
};

class StatusDesk {
public:
    // Answers go to `done`, which outlives the desk.
    explicit StatusDesk(FinishedQueue& done) : m_done(done) {}
    ~StatusDesk();
    StatusDesk(const StatusDesk&) = delete;
    StatusDesk& operator=(const StatusDesk&) = delete;

    // The kiosk's status cache; it must outlive the desk. Unset (null), there is none: the flow
    // then asks for no read. Set before the first frame.
    void setSource(core::StatusSource* source);
    // What the flow reads through (the same source, locked), or null when there is none.
    core::StatusSource* source() { return m_locked.get(); }

    void read(core::fx::ReadStatus asked);
    void lookUp(core::fx::LookUpStatus asked);
    // Waits up to `timeout` for the reads asked for to be answered (posted).
    void waitAnswered(std::chrono::milliseconds timeout);

private:
    using Job = std::variant<core::fx::ReadStatus, core::fx::LookUpStatus>;
    void submit(Job job);

    FinishedQueue& m_done;
    std::unique_ptr<LockedStatusSource> m_locked;
    std::unique_ptr<Worker<Job>> m_worker;  // started at the first read
};

}  // namespace kiosk::ui
