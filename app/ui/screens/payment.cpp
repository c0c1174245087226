// The fee, right after the filing is stored: a VietQR with the amount in figures and in words.
// The kiosk moves on to the receipt by itself when the status cache says the fee is paid; the
// citizen may also choose, in the bottom bar, to pay at the desk.
#include "base/text.hpp"
#include "core/payment_qr.hpp"
#include "ui/answer_text.hpp"
#include "ui/layout.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/basic.hpp"
#include "ui/widgets/qr_code.hpp"

namespace kiosk::ui {
namespace {

constexpr float kPaymentQrEm = 12.0f;  // bigger than the receipt's: a phone camera must read it from arm's length

}  // namespace

MaybeAction drawPayment(UiContext& ctx) {
    const core::Session& s = ctx.session;
    const auto qr = core::paymentQr(s);
    const long long amount = qr ? qr->amount : s.receipt.feeVnd;
    const bool expired = s.filingStatus && s.filingStatus->payment == core::PaymentStage::Expired;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("payment.title"));
        paragraph(ctx, ctx.fmt("payment.intro", {{"reference", s.reference}}));
        beginPanel(ctx);
        subheading(ctx, ctx.t("payment.amount_label"));
        heading(ctx, ctx.fmt("money.vnd", {{"amount", groupThousands(amount)}}), "payment.amount");
        paragraph(ctx, qr ? ctx.fmt("payment.words", {{"words", qr->amountWords}})
                          : ctx.fmt("send.fee_words", {{"words", text::numberInWords(amount)}}),
                  "payment.words");
        endPanel(ctx, PanelTone::Notice);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));

        if (qr && !expired) {
            qrCode(ctx, "payment.qr", qr->payload, ctx.theme.px(kPaymentQrEm));
            if (!ctx.theme.portrait) ImGui::SameLine(0.0f, ctx.theme.margin());
            ImGui::BeginGroup();
            subheading(ctx, ctx.t("payment.steps_title"));
            paragraph(ctx, ctx.t("payment.step_open"));
            paragraph(ctx, ctx.t("payment.step_scan"));
            paragraph(ctx, ctx.fmt("payment.step_check", {{"purpose", qr->purpose}}), "payment.purpose");
            if (!qr->fromPortal && !ctx.config.kiosk.payment.accountName.empty()) {
                mutedText(ctx, ctx.fmt("payment.account", {{"name", ctx.config.kiosk.payment.accountName}}));
            }
            ImGui::EndGroup();
            mutedText(ctx, ctx.t("payment.waiting"), "payment.waiting");
        } else if (expired) {
            paragraph(ctx, ctx.t("payment.expired"), "payment.expired");
            if (button(ctx, "payment.new_qr", ctx.t("payment.new_qr"))) action = core::act::RequestPayment{};
        } else {
            paragraph(ctx, ctx.t("payment.no_qr"), "payment.no_qr");
        }
    }
    // In the bottom bar, where it stays put: in portrait the QR and the steps stack, and a
    // button below them was under the fold.
    if (navBar(ctx, "", ctx.t("payment.at_desk"), "payment.at_desk") == NavChoice::Continue) {
        action = core::act::PayAtDesk{};
    }
    return action;
}

}  // namespace kiosk::ui
