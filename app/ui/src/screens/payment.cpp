// The fee, right after the filing is stored: a VietQR with the amount in figures and in words,
// who is paid, and the one code the transfer must carry. The kiosk moves on to the receipt by
// itself when the status cache says the fee is paid. In the bottom bar, where it stays put (in
// portrait the QR fills the width and anything below it is under the fold): the main button
// "Tôi đã chuyển xong", which waits for the bank's word, and "Tôi sẽ nộp tại quầy" beside it.
#include "answer_text.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/core/payment_qr.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/qr_code.hpp"

namespace kiosk::ui {
namespace {

constexpr float kPaymentQrEm = 12.0f;  // bigger than the receipt's: a phone camera must read it from arm's length

// Beside the QR (under it in portrait): who is paid, the code to carry, and the steps.
void drawTransfer(UiContext& ctx, const core::PaymentQr& qr) {
    qrCode(ctx, "payment.qr", qr.payload, ctx.theme.px(kPaymentQrEm));
    if (!ctx.theme.portrait) ImGui::SameLine(0.0f, ctx.theme.margin());
    ImGui::BeginGroup();
    if (!qr.payee.empty()) subheading(ctx, ctx.fmt("payment.account", {{"name", qr.payee}}), "payment.payee");
    paragraph(ctx, ctx.t("payment.purpose_label"));
    codeLine(ctx, qr.purpose, "payment.purpose");
    subheading(ctx, ctx.t("payment.steps_title"));
    paragraph(ctx, ctx.t("payment.step_open"));
    paragraph(ctx, ctx.t("payment.step_scan"));
    paragraph(ctx, ctx.t("payment.step_check"));
    ImGui::EndGroup();
}

}  // namespace

MaybeAction drawPayment(UiContext& ctx) {
    const core::Session& s = ctx.session;
    const auto qr = core::paymentQr(s);
    const long long amount = qr ? qr->amount : s.receipt.feeVnd;
    const bool expired = s.filingStatus && s.filingStatus->payment == core::PaymentStage::Expired;
    const bool canPay = qr && !expired;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("payment.title"));
        if (canPay && s.transferClaimed) {
            // At the top, in sight whatever the screen's size: the press was taken.
            beginPanel(ctx);
            subheading(ctx, ctx.t("payment.checking_title"), "payment.checking");
            paragraph(ctx, ctx.t("payment.checking"));
            endPanel(ctx, PanelTone::Notice);
        } else {
            paragraph(ctx, ctx.t("payment.intro"));
        }
        beginPanel(ctx);
        subheading(ctx, ctx.t("payment.amount_label"));
        heading(ctx, ctx.fmt("money.vnd", {{"amount", groupThousands(amount)}}), "payment.amount");
        paragraph(ctx, qr ? ctx.fmt("payment.words", {{"words", qr->amountWords}})
                          : ctx.fmt("send.fee_words", {{"words", text::numberInWords(amount)}}),
                  "payment.words");
        if (s.receipt.postFeeVnd > 0) {
            paragraph(ctx,
                      ctx.fmt("delivery.fee_parts", {{"fee", groupThousands(s.receipt.feeVnd - s.receipt.postFeeVnd)},
                                                     {"post", groupThousands(s.receipt.postFeeVnd)}}),
                      "payment.fee_parts");
        }
        endPanel(ctx, PanelTone::Notice);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));

        if (canPay) {
            drawTransfer(ctx, *qr);
        } else if (expired) {
            paragraph(ctx, ctx.t("payment.expired"), "payment.expired");
            if (button(ctx, "payment.new_qr", ctx.t("payment.new_qr"))) action = core::act::RequestPayment{};
        } else {
            paragraph(ctx, ctx.t("payment.no_qr"), "payment.no_qr");
        }
    }
    if (!canPay) {
        // Nothing to transfer to: paying at the desk is the only way on, so it is the main one.
        if (choiceBar(ctx, "", "", "payment.at_desk", ctx.t("payment.at_desk")) == NavChoice::Continue) {
            action = core::act::PayAtDesk{};
        }
        return action;
    }
    const std::string main = s.transferClaimed ? ctx.t("payment.waiting_bank") : ctx.t("payment.transferred");
    switch (choiceBar(ctx, "payment.at_desk", ctx.t("payment.at_desk"), "payment.transferred", main, !s.transferClaimed)) {
        case NavChoice::Back: action = core::act::PayAtDesk{}; break;
        case NavChoice::Continue: action = core::act::ClaimTransfer{}; break;
        case NavChoice::None: break;
    }
    return action;
}

}  // namespace kiosk::ui
