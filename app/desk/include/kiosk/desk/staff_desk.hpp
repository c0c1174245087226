#pragma once
// The desk's portal calls on their own worker (base/worker.hpp): the frame asks and goes on
// drawing; each answer comes back through a mailbox that wakes the frame loop. After every
// action the queue is fetched again, so the list shows what the portal now holds. The list
// arrives ordered and classified (FilingList::replace runs on the worker), and a list the desk
// no longer shows is wiped there too: with 10,000 filings either would cost a frame its 16 ms.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/result.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/base/working_calendar.hpp"
#include "kiosk/desk/filing_list.hpp"
#include "kiosk/desk/filing_record.hpp"
#include "kiosk/desk/staff_portal.hpp"

namespace kiosk::desk {

// What came back from the portal.
struct DeskUpdate {
    enum class Kind { Queue, ActionDone, Failed, HelpCalls };
    Kind kind = Kind::Queue;
    std::unique_ptr<FilingList> list;  // Queue: the whole work queue, ready to show
    std::vector<HelpCall> helpCalls;   // HelpCalls: the open ones
    std::string helpCallId;            // Failed answering a help call (action "help_call.answer")
    std::string filingId;              // ActionDone, and Failed for an action
    std::string action;                // ActionDone, and Failed for an action ("" for a fetch)
    std::string status;                // ActionDone: the filing's new status
    Error error;                       // Failed
};

class StaffDesk {
public:
    // `calendar`: the commune's working days, to work out the due states.
    StaffDesk(std::unique_ptr<StaffPortal> portal, WorkingCalendar calendar);
    ~StaffDesk();
    StaffDesk(const StaffDesk&) = delete;
    StaffDesk& operator=(const StaffDesk&) = delete;

    // Called from the worker after each answer is posted (the runner's frame-loop wake).
    void setWake(std::function<void()> wake);
    // Fetches the queue; its due states are those of `today` (returns at once).
    void refresh(std::chrono::sys_days today);
    // Applies an action, then fetches the queue (returns at once).
    void act(std::string filingId, ActionRequest request, std::chrono::sys_days today);
    // Fetches the open help calls (returns at once); Failed with action "help_calls" when it
    // could not.
    void refreshHelpCalls();
    // Marks a help call answered, then fetches the open ones again (returns at once).
    void answerHelpCall(std::string helpCallId);
    // Wipes and frees a list the desk has replaced, on the worker (returns at once).
    void retire(std::unique_ptr<FilingList> list);
    // The next answer, if any (UI thread).
    std::optional<DeskUpdate> take();
    // Jobs asked for and not yet answered.
    int pending() const { return m_pending.load(); }
    // Help call jobs asked for and not yet answered (apart: the desk polls them every few seconds).
    int helpCallsPending() const { return m_helpPending.load(); }

private:
    struct Job {
        std::string filingId;  // empty: fetch only
        ActionRequest request;
        std::chrono::sys_days today{};
        std::unique_ptr<FilingList> retired;  // set: only this to wipe, no portal call
        bool helpCalls = false;               // the help calls, not the work queue
        std::string helpCallToAnswer = {};    // with helpCalls: answer this one first
    };
    void run(Job& job);
    void runHelpCalls(const Job& job);

    std::unique_ptr<StaffPortal> m_portal;
    const WorkingCalendar m_calendar;
    Mailbox<DeskUpdate> m_answers;
    std::atomic<int> m_pending{0};
    std::atomic<int> m_helpPending{0};
    Worker<Job> m_worker;  // last: it stops (and joins) before the portal and mailbox go
};

}  // namespace kiosk::desk
