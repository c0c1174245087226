#include "screens/receipt_print.hpp"

#include "kiosk/ui/receipt_content.hpp"
#include "receipt_desk.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// The paper is always in Vietnamese: it is the commune's official receipt, whatever language
// the citizen chose on screen.
receipt::ReceiptDocument paperReceipt(UiContext& ctx, const std::string& code) {
    const Strings vi(ctx.config.locales, forms::Lang::Vi);
    return receiptContent(vi, ctx.session, code);
}

void notice(UiContext& ctx, const std::string& text, const char* id, PanelTone tone) {
    beginPanel(ctx);
    paragraph(ctx, text, id);
    endPanel(ctx, tone);
}

// No printer: the receipt is kept (encrypted in the outbox), and the citizen is told that staff
// at the desk will print it. It is kept again when the portal's mã hồ sơ replaces the local
// reference, so the paper staff print carries the official code.
void keepForTheDesk(UiContext& ctx, const std::string& code) {
    const auto stage = ctx.receipts->stageFor(ctx.session.reference);
    const bool stale = stage != ReceiptDesk::Stage::None && stage != ReceiptDesk::Stage::Keeping &&
                       ctx.receipts->outcome().code != code;
    if (stage == ReceiptDesk::Stage::None || stale) {
        ctx.receipts->keep(ctx.session.reference, code, paperReceipt(ctx, code));
    }
    switch (ctx.receipts->stageFor(ctx.session.reference)) {
    case ReceiptDesk::Stage::Kept:
    case ReceiptDesk::Stage::Keeping:
        if (ctx.receipts->outcome().kept) {
            notice(ctx, ctx.t("receipt.at_desk"), "receipt.kept", PanelTone::Notice);
        }
        return;
    case ReceiptDesk::Stage::NotKept: notice(ctx, ctx.t("receipt.not_kept"), "receipt.kept", PanelTone::Notice); return;
    default:
        return;
    }
}

}  // namespace

void printReceiptButton(UiContext& ctx, const std::string& code) {
    if (ctx.receipts == nullptr) return;
    if (ctx.config.kiosk.printer.name.empty()) return keepForTheDesk(ctx, code);
    const auto stage = ctx.receipts->stageFor(ctx.session.reference);
    if (stage != ReceiptDesk::Stage::Printing) {
        const bool retry = stage == ReceiptDesk::Stage::Failed;
        if (button(ctx, "receipt.print", ctx.t(retry ? "receipt.print_retry" : "receipt.print"),
                   ButtonStyle::Secondary)) {
            // The job title shows in lpstat and CUPS's logs: no name, no code.
            ctx.receipts->print(ctx.session.reference, ctx.config.kiosk.printer.name, ctx.t("receipt.print_job"),
                                paperReceipt(ctx, code));
        }
    }
    switch (ctx.receipts->stageFor(ctx.session.reference)) {
    case ReceiptDesk::Stage::Printing:
        notice(ctx, ctx.t("receipt.printing"), "receipt.print_result", PanelTone::Plain);
        return;
    case ReceiptDesk::Stage::Printed:
        notice(ctx, ctx.t("receipt.printed"), "receipt.print_result", PanelTone::Success);
        return;
    case ReceiptDesk::Stage::Failed:
        notice(ctx, ctx.receipts->outcome().message, "receipt.print_result", PanelTone::Error);
        if (ctx.receipts->outcome().kept) {
            notice(ctx, ctx.t("receipt.at_desk"), "receipt.kept", PanelTone::Notice);
        }
        return;
    default:
        return;
    }
}

}  // namespace kiosk::ui
