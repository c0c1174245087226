#include "ui/answer_text.hpp"
#include "ui/layout.hpp"
#include "ui/screens/receipt_print.hpp"
#include "ui/screens/screens.hpp"
#include "ui/screens/status_view.hpp"
#include "ui/widgets/basic.hpp"
#include "ui/widgets/qr_code.hpp"

namespace kiosk::ui {
namespace {

// The "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": who filed what, when, with which documents,
// and when the result is expected (the portal's date once it set one).
void drawReceipt(UiContext& ctx) {
    const core::Session& s = ctx.session;
    const core::Receipt& r = s.receipt;
    beginPanel(ctx);
    subheading(ctx, ctx.t("receipt.title"), "receipt.title");
    mutedText(ctx, ctx.fmt("receipt.office", {{"commune", ctx.config.kiosk.communeName}}));
    if (!r.applicantName.empty()) paragraph(ctx, ctx.fmt("receipt.applicant", {{"name", r.applicantName}}), "receipt.applicant");
    paragraph(ctx, ctx.fmt("receipt.procedure", {{"service", ctx.text(s.service->name)}, {"code", s.service->code}}),
              "receipt.procedure");
    paragraph(ctx, ctx.fmt("receipt.received", {{"date", forms::formatDate(r.receivedOn)}}), "receipt.received");
    if (r.documents.empty()) {
        paragraph(ctx, ctx.t("receipt.no_documents"), "receipt.documents");
    } else {
        paragraph(ctx, ctx.t("receipt.documents"), "receipt.documents");
        std::vector<std::string> names;
        for (const auto& d : r.documents) names.push_back(ctx.text(d));
        bulletList(ctx, names);
    }
    const core::FilingStatus* status = s.filingStatus ? &*s.filingStatus : nullptr;
    if (status && !status->dueAt.empty()) {
        paragraph(ctx, ctx.fmt("status.due", {{"date", displayDate(status->dueAt)}}), "receipt.expected");
    } else if (r.expectedOn) {
        paragraph(ctx, ctx.fmt("receipt.expected", {{"date", forms::formatDate(*r.expectedOn)}}), "receipt.expected");
    } else {
        paragraph(ctx, ctx.t("receipt.expected_later"), "receipt.expected");
    }
    if (r.feeVnd <= 0) {
        paragraph(ctx, ctx.t("receipt.no_fee"), "receipt.fee");
    } else {
        const bool paid = status && status->payment == core::PaymentStage::Paid;
        paragraph(ctx, ctx.fmt(paid ? "receipt.fee_paid" : "receipt.fee_at_desk", {{"amount", groupThousands(r.feeVnd)}}),
                  "receipt.fee");
    }
    endPanel(ctx, PanelTone::Plain);
}

}  // namespace

MaybeAction drawConfirmation(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (s.awaitingPayment) return drawPayment(ctx);
    // The portal's mã hồ sơ replaces the local reference as the code to keep, once it is known.
    const std::string maHoSo = s.filingStatus ? s.filingStatus->maHoSo : std::string();
    const std::string& code = maHoSo.empty() ? s.reference : maHoSo;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        beginPanel(ctx);
        heading(ctx, ctx.t("confirmation.title"));
        paragraph(ctx, ctx.fmt("confirmation.service", {{"service", ctx.text(s.service->name)}}));
        subheading(ctx, ctx.t("confirmation.reference_label"));
        if (maHoSo.empty()) {
            codeLine(ctx, s.reference, "confirmation.reference");
        } else {
            codeLine(ctx, maHoSo, "confirmation.ma_ho_so");
            codeLine(ctx, ctx.fmt("confirmation.local_reference", {{"reference", s.reference}}), "confirmation.reference",
                     CodeSize::Muted);
        }
        endPanel(ctx, PanelTone::Success);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));

        qrCode(ctx, "confirmation.qr", code, ctx.theme.px(kQrEm));
        if (!ctx.theme.portrait) ImGui::SameLine(0.0f, ctx.theme.margin());
        ImGui::BeginGroup();
        mutedText(ctx, ctx.t("confirmation.qr_hint"));
        if (maHoSo.empty() && s.filingStatus) mutedText(ctx, ctx.t("confirmation.waiting_code"), "confirmation.waiting");
        ImGui::EndGroup();

        drawReceipt(ctx);
        if (s.filingStatus) {
            subheading(ctx, ctx.t("confirmation.status_label"));
            drawFilingStatus(ctx, *s.filingStatus, "confirmation.status", StatusDetail::Brief);
        }
        subheading(ctx, ctx.t("confirmation.next_title"));
        paragraph(ctx, ctx.t("confirmation.next_check"));
        if (!s.service->timeLimit.empty()) {
            paragraph(ctx, ctx.fmt("confirmation.time_limit", {{"time_limit", ctx.text(s.service->timeLimit)}}));
        }
        if (s.service->delivery == forms::Delivery::MotPhan && !s.service->inPersonNote.empty()) {
            paragraph(ctx, ctx.text(s.service->inPersonNote));
        }
        paragraph(ctx, ctx.t("confirmation.keep_reference"));
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        printReceiptButton(ctx, code);
        if (button(ctx, "confirmation.done", ctx.t("confirmation.done"))) action = core::act::Finish{};
    }
    return action;
}

}  // namespace kiosk::ui
