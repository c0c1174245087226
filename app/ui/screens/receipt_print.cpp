#include "ui/screens/receipt_print.hpp"

#include "ui/receipt_content.hpp"
#include "ui/receipt_desk.hpp"
#include "ui/widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// Queues the receipt with the print worker: rendered and printed off the UI thread, the PDF
// wiped there once CUPS has it (docs/receipt.md).
void startPrinting(UiContext& ctx, const std::string& code) {
    // Always in Vietnamese: the paper is the commune's official receipt, whatever language the
    // citizen chose on screen.
    const Strings vi(ctx.config.locales, forms::Lang::Vi);
    // The job title shows in lpstat and CUPS's logs: no name, no code.
    ctx.receipts->print(ctx.session.reference, ctx.config.kiosk.printer.name, ctx.t("confirmation.print_job"),
                        receiptContent(vi, ctx.session, code));
}

}  // namespace

void printReceiptButton(UiContext& ctx, const std::string& code) {
    if (ctx.config.kiosk.printer.name.empty() || ctx.receipts == nullptr) return;
    const auto stage = ctx.receipts->stageFor(ctx.session.reference);
    if (stage != ReceiptDesk::Stage::Printing) {
        const bool retry = stage == ReceiptDesk::Stage::Failed;
        if (button(ctx, "confirmation.print", ctx.t(retry ? "confirmation.print_retry" : "confirmation.print"),
                   ButtonStyle::Secondary)) {
            startPrinting(ctx, code);
        }
    }
    switch (ctx.receipts->stageFor(ctx.session.reference)) {
    case ReceiptDesk::Stage::None:
        return;
    case ReceiptDesk::Stage::Printing:
        beginPanel(ctx);
        paragraph(ctx, ctx.t("confirmation.printing"), "confirmation.print_result");
        endPanel(ctx, PanelTone::Plain);
        return;
    case ReceiptDesk::Stage::Printed:
        beginPanel(ctx);
        paragraph(ctx, ctx.t("confirmation.printed"), "confirmation.print_result");
        endPanel(ctx, PanelTone::Success);
        return;
    case ReceiptDesk::Stage::Failed:
        beginPanel(ctx);
        paragraph(ctx, ctx.receipts->outcome().message, "confirmation.print_result");
        endPanel(ctx, PanelTone::Error);
        return;
    }
}

}  // namespace kiosk::ui
