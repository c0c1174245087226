#include "ticket_desk.hpp"

namespace kiosk::ui {

// The worker stops first: a portal call in hand finishes (within its short timeout), the rest drop.
TicketDesk::~TicketDesk() { m_worker.reset(); }

void TicketDesk::take(const core::QueueTicketRequest& request) {
    if (!m_worker) {
        m_worker = std::make_unique<Worker<core::QueueTicketRequest>>(Worker<core::QueueTicketRequest>::Steps{
            .run =
                [this](core::QueueTicketRequest& asked) {
                    core::act::TicketArrived answer{asked.group, std::nullopt};
                    if (m_source != nullptr) {
                        if (auto ticket = m_source->take(asked)) answer.ticket = std::move(*ticket);
                    }
                    m_answers.post(std::move(answer));
                },
            // A request dropped unrun (the kiosk is stopping) still gets its answer: none.
            .drop =
                [this](core::QueueTicketRequest& asked) {
                    m_answers.post({asked.group, std::nullopt});
                }});
    }
    ++m_outstanding;
    m_worker->submit(request);
}

std::optional<core::act::TicketArrived> TicketDesk::arrived() {
    auto answer = m_answers.take();
    if (answer) --m_outstanding;
    return answer;
}

}  // namespace kiosk::ui
