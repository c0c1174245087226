#include "ticket_desk.hpp"

namespace kiosk::ui {

// The worker stops first: a portal call in hand finishes (within its short timeout), the rest drop.
TicketDesk::~TicketDesk() { m_worker.reset(); }

void TicketDesk::take(const core::QueueTicketRequest& request) {
    if (!m_worker) {
        m_worker = std::make_unique<Worker<core::QueueTicketRequest>>(Worker<core::QueueTicketRequest>::Steps{
            .run =
                [this](core::QueueTicketRequest& asked) {
                    core::act::TicketArrived arrived{asked.group, std::nullopt};
                    if (m_source != nullptr) {
                        if (auto ticket = m_source->take(asked)) arrived.ticket = std::move(*ticket);
                    }
                    answer(std::move(arrived));
                },
            // A request dropped unrun (the kiosk is stopping) still gets its answer: none.
            .drop =
                [this](core::QueueTicketRequest& asked) {
                    answer({asked.group, std::nullopt});
                }});
    }
    m_worker->submit(request);
}

}  // namespace kiosk::ui
