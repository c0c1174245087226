#pragma once
// Takes queue tickets off the UI thread: the port (core::QueueTicketSource) asks the portal for
// up to a few seconds, then falls back to the kiosk's own numbering; a kiosk::Worker runs it and
// its answer, act::TicketArrived, goes to the runner's one FinishedQueue, which wakes the frame
// loop. Owned by the EffectRunner.
#include <memory>

#include "finished_work.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/core/queue_ticket.hpp"

namespace kiosk::ui {

class TicketDesk {
public:
    // Answers go to `done`, which outlives the desk.
    explicit TicketDesk(FinishedQueue& done) : m_done(done) {}
    ~TicketDesk();
    TicketDesk(const TicketDesk&) = delete;
    TicketDesk& operator=(const TicketDesk&) = delete;

    // Where numbers come from; it must outlive the desk. Unset, every ticket fails (the screen
    // sends the citizen to the desk).
    void setSource(core::QueueTicketSource* source) { m_source = source; }

    // Asks for the next number of `request.group`; returns at once.
    void take(const core::QueueTicketRequest& request);
    // A number is being taken: the screen's progress moves.
    bool busy() const { return m_worker && !m_worker->idle(); }

private:
    void answer(core::act::TicketArrived arrived) { m_done.post({core::Action{std::move(arrived)}, true}); }

    FinishedQueue& m_done;
    core::QueueTicketSource* m_source = nullptr;                 // used on the worker's thread only, once set
    std::unique_ptr<Worker<core::QueueTicketRequest>> m_worker;  // started at the first ticket
};

}  // namespace kiosk::ui
