#include "ui/screens/receipt_print.hpp"

#include "base/secure_wipe.hpp"
#include "receipt/printer.hpp"
#include "receipt/receipt_pdf.hpp"
#include "ui/answer_text.hpp"
#include "ui/screens/status_view.hpp"
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

// The same texts drawReceipt (confirmation.cpp) puts on screen, so paper and screen agree, but
// always in Vietnamese: the paper is the commune's official receipt, whatever language the
// citizen chose on screen.
receipt::ReceiptDocument receiptDocument(UiContext& ctx, const std::string& code) {
    const Strings vi(ctx.config.locales, forms::Lang::Vi);
    const core::Session& s = ctx.session;
    const core::Receipt& r = s.receipt;
    receipt::ReceiptDocument d;
    d.title = vi.get("receipt.title");
    d.office = vi.format("receipt.office", {{"commune", ctx.config.kiosk.communeName}});
    d.code = code;
    d.codeLine = vi.get("confirmation.reference_label") + " " + code;
    if (!r.applicantName.empty()) d.before.push_back(vi.format("receipt.applicant", {{"name", r.applicantName}}));
    d.before.push_back(vi.format("receipt.procedure", {{"service", vi.text(s.service->name)}, {"code", s.service->code}}));
    d.before.push_back(vi.format("receipt.received", {{"date", forms::formatDate(r.receivedOn)}}));
    if (r.documents.empty()) {
        d.before.push_back(vi.get("receipt.no_documents"));
    } else {
        d.documentsHeading = vi.get("receipt.documents");
        for (const auto& doc : r.documents) d.documents.push_back(vi.text(doc));
    }
    const core::FilingStatus* status = s.filingStatus ? &*s.filingStatus : nullptr;
    if (status && !status->dueAt.empty()) {
        d.after.push_back(vi.format("status.due", {{"date", displayDate(status->dueAt)}}));
    } else if (r.expectedOn) {
        d.after.push_back(vi.format("receipt.expected", {{"date", forms::formatDate(*r.expectedOn)}}));
    } else {
        d.after.push_back(vi.get("receipt.expected_later"));
    }
    if (r.feeVnd <= 0) {
        d.after.push_back(vi.get("receipt.no_fee"));
    } else {
        const bool paid = status && status->payment == core::PaymentStage::Paid;
        d.after.push_back(
            vi.format(paid ? "receipt.fee_paid" : "receipt.fee_at_desk", {{"amount", groupThousands(r.feeVnd)}}));
    }
    d.footer = vi.get("confirmation.keep_reference");
    return d;
}

// Renders in memory and hands the bytes to CUPS; the PDF and the applicant's line are wiped
// after, since the receipt is never stored (docs/receipt.md).
PrintOutcome print(UiContext& ctx, const std::string& code) {
    PrintOutcome outcome{ctx.session.reference, false, ctx.t("confirmation.printed")};
    const std::string& printer = ctx.config.kiosk.printer.name;
    if (auto found = receipt::findPrinter(printer); !found) return {ctx.session.reference, true, found.error().message};
    receipt::ReceiptDocument document = receiptDocument(ctx, code);
    auto pdf = receipt::renderReceiptPdf(document);
    for (auto& line : document.before) secureWipe(line);
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
