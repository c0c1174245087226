#pragma once
// The desk's portal calls on their own worker (base/worker.hpp): the frame asks and goes on
// drawing; each answer comes back through a mailbox that wakes the frame loop. After every
// action the queue is fetched again, so the list shows what the portal now holds.
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/result.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/desk/filing_record.hpp"
#include "kiosk/desk/staff_portal.hpp"

namespace kiosk::desk {

// What came back from the portal.
struct DeskUpdate {
    enum class Kind { Queue, ActionDone, Failed };
    Kind kind = Kind::Queue;
    std::vector<FilingRecord> queue;  // Queue: the whole work queue
    std::string filingId;             // ActionDone, and Failed for an action
    std::string action;               // ActionDone, and Failed for an action ("" for a fetch)
    std::string status;               // ActionDone: the filing's new status
    Error error;                      // Failed
};

class StaffDesk {
public:
    explicit StaffDesk(std::unique_ptr<StaffPortal> portal);
    ~StaffDesk();
    StaffDesk(const StaffDesk&) = delete;
    StaffDesk& operator=(const StaffDesk&) = delete;

    // Called from the worker after each answer is posted (the runner's frame-loop wake).
    void setWake(std::function<void()> wake);
    // Fetches the queue (returns at once).
    void refresh();
    // Applies an action, then fetches the queue (returns at once).
    void act(std::string filingId, ActionRequest request);
    // The next answer, if any (UI thread).
    std::optional<DeskUpdate> take();
    // Jobs asked for and not yet answered.
    int pending() const { return m_pending.load(); }

private:
    struct Job {
        std::string filingId;  // empty: fetch only
        ActionRequest request;
    };
    void run(Job& job);

    std::unique_ptr<StaffPortal> m_portal;
    Mailbox<DeskUpdate> m_answers;
    std::atomic<int> m_pending{0};
    Worker<Job> m_worker;  // last: it stops (and joins) before the portal and mailbox go
};

}  // namespace kiosk::desk
