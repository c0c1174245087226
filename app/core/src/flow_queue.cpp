// "Lấy số thứ tự": choose the desk's group, take a number (a worker asks the portal, else numbers
// it locally), show the ticket and print it when the kiosk has a printer.
#include <algorithm>

#include "flow_steps.hpp"

namespace kiosk::core::detail {
namespace {

bool knownGroup(const Session& s, const std::string& id) {
    const auto& groups = s.config->kiosk.queue.groups;
    return std::any_of(groups.begin(), groups.end(), [&](const config::QueueGroup& g) { return g.id == id; });
}

}  // namespace

void openQueue(Session& s) {
    if (s.config->kiosk.queue.groups.empty()) return;
    s.queue = {};
    s.screen = Screen::Queue;
}

// One number per touch: while one is being taken, or once shown, another tap takes none.
void takeTicket(Session& s, const std::string& group, Effects& effects) {
    if (s.screen != Screen::Queue || !knownGroup(s, group)) return;
    if (s.queue.stage != QueueStage::Choosing && s.queue.stage != QueueStage::Failed) return;
    s.queue = QueueVisit{QueueStage::Taking, group, std::nullopt};
    effects.emplace_back(fx::TakeTicket{QueueTicketRequest{group, s.config->kiosk.queue.localPrefix}});
}

// A late answer (the citizen left, or went home and came back) is dropped: it is not theirs.
void ticketArrived(Session& s, const act::TicketArrived& arrived, Effects& effects) {
    if (s.screen != Screen::Queue || s.queue.stage != QueueStage::Taking || s.queue.group != arrived.group) return;
    if (!arrived.ticket) {
        s.queue.stage = QueueStage::Failed;
        return;
    }
    s.queue.ticket = arrived.ticket;
    s.queue.stage = QueueStage::Shown;
    if (!s.config->kiosk.printer.name.empty()) effects.emplace_back(fx::PrintTicket{});
}

}  // namespace kiosk::core::detail
