#include "ui/screens/receipt_print.hpp"

#include "base/secure_wipe.hpp"
#include "receipt/printer.hpp"
#include "receipt/receipt_pdf.hpp"
#include "ui/receipt_content.hpp"
#include "ui/widgets/basic.hpp"

namespace kiosk::ui {
namespace {

// The last print's outcome. Kept here rather than in UiState so the screen's one feature stays
// in one file; it names the filing it belongs to, so the next citizen never sees it.
struct PrintOutcome {
    std::string reference;  // the local reference of the filing printed
    bool failed = false;
    std::string message;    // no personal data: which printer, what went wrong
};
PrintOutcome g_outcome;

// Renders in memory and hands the bytes to CUPS; the PDF and the applicant's line are wiped
// after, since the receipt is never stored (docs/receipt.md).
PrintOutcome print(UiContext& ctx, const std::string& code) {
    PrintOutcome outcome{ctx.session.reference, false, ctx.t("confirmation.printed")};
    const std::string& printer = ctx.config.kiosk.printer.name;
    if (auto found = receipt::findPrinter(printer); !found) return {ctx.session.reference, true, found.error().message};
    // Always in Vietnamese: the paper is the commune's official receipt, whatever language the
    // citizen chose on screen.
    const Strings vi(ctx.config.locales, forms::Lang::Vi);
    receipt::ReceiptDocument document = receiptContent(vi, ctx.session, code);
    auto pdf = receipt::renderReceiptPdf(document);
    receipt::wipeReceiptDocument(document);
    if (!pdf) return {ctx.session.reference, true, pdf.error().message};
    // The job title shows in lpstat and CUPS's logs: no name, no code.
    auto job = receipt::printPdf(printer, ctx.t("confirmation.print_job"), *pdf);
    secureWipe(*pdf);
    if (!job) return {ctx.session.reference, true, job.error().message};
    return outcome;
}

}  // namespace

void printReceiptButton(UiContext& ctx, const std::string& code) {
    if (ctx.config.kiosk.printer.name.empty()) return;
    if (button(ctx, "confirmation.print", ctx.t("confirmation.print"), ButtonStyle::Secondary)) {
        g_outcome = print(ctx, code);
    }
    if (g_outcome.reference == ctx.session.reference && !g_outcome.message.empty()) {
        beginPanel(ctx);
        paragraph(ctx, g_outcome.message, "confirmation.print_result");
        endPanel(ctx, g_outcome.failed ? PanelTone::Error : PanelTone::Success);
    }
}

}  // namespace kiosk::ui
