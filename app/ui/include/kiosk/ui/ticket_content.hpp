#pragma once
// The one builder of the queue ticket ("Phiếu số thứ tự"): the queue screen draws what it
// returns and the printed ticket renders the same document (receipt::renderTicketPdf). No
// personal data: a number, the desk's group, the time, how many wait.
#include "kiosk/config/config.hpp"
#include "kiosk/core/queue_ticket.hpp"
#include "kiosk/receipt/receipt_pdf.hpp"
#include "kiosk/ui/strings.hpp"

namespace kiosk::ui {

// The ticket in `words`' language (the screen's on screen, Vietnamese on paper). Body lines
// carry the widget IDs the screen draws them under: queue.group, queue.time, queue.waiting,
// queue.local (a number this kiosk gave itself).
receipt::ReceiptDocument ticketContent(const Strings& words, const config::Config& config,
                                       const core::QueueTicket& ticket);

// The group's name from kiosk.toml [queue], in `words`' language; the id when it is gone (a
// reload removed it while the ticket was on screen).
std::string queueGroupName(const Strings& words, const config::Config& config, const std::string& id);

}  // namespace kiosk::ui
