// "Lấy số thứ tự": one big button per desk group (kiosk.toml [queue]); the kiosk takes the
// number on a worker ("Đang lấy số…"), then shows the ticket as the paper says it (the same
// builder, ticket_content), and how its printing went. A kiosk without paper shows the ticket
// only, and says to remember the number.
#include "kiosk/ui/ticket_content.hpp"
#include "layout.hpp"
#include "receipt_desk.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

void notice(UiContext& ctx, const std::string& text, const char* id, PanelTone tone) {
    beginPanel(ctx);
    paragraph(ctx, text, id);
    endPanel(ctx, tone);
}

MaybeAction drawGroups(UiContext& ctx) {
    const bool paper = !ctx.config.kiosk.printer.name.empty();
    paragraph(ctx, ctx.t(paper ? "queue.intro" : "queue.intro_no_printer"));
    MaybeAction action;
    for (const auto& group : ctx.config.kiosk.queue.groups) {
        if (button(ctx, "queue.group." + group.id, ctx.text(group.name), ButtonStyle::ListItem)) {
            action = core::act::TakeTicket{group.id};
        }
    }
    return action;
}

void drawPrinting(UiContext& ctx, const core::QueueTicket& ticket) {
    if (ctx.config.kiosk.printer.name.empty() || ctx.receipts == nullptr) {
        notice(ctx, ctx.t("queue.no_printer"), "queue.print_result", PanelTone::Notice);
        return;
    }
    switch (ctx.receipts->stageFor(ticket.number)) {
        case ReceiptDesk::Stage::Printed:
            notice(ctx, ctx.t("queue.printed"), "queue.print_result", PanelTone::Success);
            break;
        case ReceiptDesk::Stage::Failed:
            // The printer's own words speak of a filing kept safe: not this citizen's case.
            notice(ctx, ctx.t("queue.print_failed"), "queue.print_result", PanelTone::Error);
            break;
        default: notice(ctx, ctx.t("queue.printing"), "queue.print_result", PanelTone::Plain); break;
    }
}

void drawTicket(UiContext& ctx, const core::QueueTicket& ticket) {
    const auto doc = ticketContent(ctx.strings, ctx.config, ticket);
    beginPanel(ctx);
    subheading(ctx, ctx.t("queue.ticket_heading"));
    codeLine(ctx, ticket.number, "queue.number", CodeSize::Ticket);
    for (const auto& line : doc.body) paragraph(ctx, line.text, line.id);
    endPanel(ctx, PanelTone::Success);
    paragraph(ctx, doc.footer, "queue.next");
    drawPrinting(ctx, ticket);
}

}  // namespace

MaybeAction drawQueue(UiContext& ctx) {
    const core::QueueVisit& visit = ctx.session.queue;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("queue.title"));
        switch (visit.stage) {
            case core::QueueStage::Choosing: action = drawGroups(ctx); break;
            case core::QueueStage::Taking: notice(ctx, ctx.t("queue.taking"), "queue.taking", PanelTone::Plain); break;
            case core::QueueStage::Failed:
                notice(ctx, ctx.t("queue.failed"), "queue.failed", PanelTone::Error);
                action = drawGroups(ctx);
                break;
            case core::QueueStage::Shown:
                if (visit.ticket) drawTicket(ctx, *visit.ticket);
                break;
        }
    }
    if (visit.stage == core::QueueStage::Shown) {
        if (choiceBar(ctx, "", "", "queue.done", ctx.t("queue.done")) == NavChoice::Continue)
            action = core::act::Finish{};
    } else if (visit.stage != core::QueueStage::Taking) {
        if (choiceBar(ctx, "nav.back", ctx.t("nav.back"), "", "") == NavChoice::Back) action = core::act::Back{};
    }
    return action;
}

}  // namespace kiosk::ui
