#pragma once
// Takes queue tickets off the UI thread: the port (core::QueueTicketSource) asks the portal for
// up to a few seconds, then falls back to the kiosk's own numbering; a kiosk::Worker runs it and
// its answer comes back through a Mailbox that wakes the frame loop, as act::TicketArrived.
// Owned by the EffectRunner.
#include <functional>
#include <memory>
#include <optional>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/core/action.hpp"
#include "kiosk/core/queue_ticket.hpp"

namespace kiosk::ui {

class TicketDesk {
public:
    TicketDesk() = default;
    ~TicketDesk();
    TicketDesk(const TicketDesk&) = delete;
    TicketDesk& operator=(const TicketDesk&) = delete;

    // Where numbers come from; it must outlive the desk. Unset, every ticket fails (the screen
    // sends the citizen to the desk).
    void setSource(core::QueueTicketSource* source) { m_source = source; }
    void setWake(std::function<void()> wake) { m_answers.setWake(std::move(wake)); }

    // Asks for the next number of `request.group`; returns at once.
    void take(const core::QueueTicketRequest& request);
    // A ticket that came (or failed), once.
    std::optional<core::act::TicketArrived> arrived();
    // A number is being taken: the screen's progress moves.
    bool busy() const { return m_outstanding > 0; }

private:
    core::QueueTicketSource* m_source = nullptr;  // used on the worker's thread only, once set
    Mailbox<core::act::TicketArrived> m_answers;
    std::unique_ptr<Worker<core::QueueTicketRequest>> m_worker;  // started at the first ticket
    int m_outstanding = 0;                                       // asked, answer not yet taken
};

}  // namespace kiosk::ui
