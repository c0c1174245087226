#include "kiosk/ui/ticket_content.hpp"

namespace kiosk::ui {

std::string queueGroupName(const Strings& words, const config::Config& config, const std::string& id) {
    for (const auto& group : config.kiosk.queue.groups) {
        if (group.id == id) return words.text(group.name);
    }
    return id;
}

receipt::ReceiptDocument ticketContent(const Strings& words, const config::Config& config,
                                       const core::QueueTicket& ticket) {
    receipt::ReceiptDocument doc;
    doc.title = words.get("queue.paper_title");
    doc.office = config.kiosk.communeName;
    doc.code = ticket.number;
    doc.codeLine = words.format("queue.number", {{"number", ticket.number}});
    using receipt::BlockKind;
    doc.body.push_back({"queue.group", BlockKind::Paragraph,
                        words.format("queue.group", {{"group", queueGroupName(words, config, ticket.group)}})});
    doc.body.push_back({"queue.time", BlockKind::Paragraph,
                        words.format("queue.time", {{"time", ticket.time}, {"date", ticket.date}})});
    if (ticket.waiting) {
        doc.body.push_back({"queue.waiting", BlockKind::Paragraph,
                            *ticket.waiting == 0
                                ? words.get("queue.waiting_none")
                                : words.format("queue.waiting", {{"count", std::to_string(*ticket.waiting)}})});
    }
    if (ticket.local) doc.body.push_back({"queue.local", BlockKind::Paragraph, words.get("queue.local")});
    doc.footer = words.get("queue.next");
    return doc;
}

}  // namespace kiosk::ui
