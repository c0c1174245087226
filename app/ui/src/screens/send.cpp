#include "answer_text.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/core/result_delivery.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawSend(UiContext& ctx) {
    const core::Session& s = ctx.session;
    const long long procedureFee = forms::computeFee(core::validationContext(s, ctx.today), s.answers);
    const long long postFee = core::postFeeDue(s);
    const long long fee = procedureFee + postFee;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("send.title"));
        paragraph(ctx, ctx.fmt("send.service", {{"service", ctx.text(s.service->name)}}));
        beginPanel(ctx);
        if (fee > 0) {
            subheading(ctx, ctx.t("send.fee_title"));
            paragraph(ctx, ctx.fmt("money.vnd", {{"amount", groupThousands(fee)}}), "send.fee_amount");
            mutedText(ctx, ctx.fmt("send.fee_words", {{"words", text::numberInWords(fee)}}));
            if (postFee > 0) {
                paragraph(ctx,
                          ctx.fmt("delivery.fee_parts",
                                  {{"fee", groupThousands(procedureFee)}, {"post", groupThousands(postFee)}}),
                          "send.fee_parts");
            }
            // The VietQR comes after sending: its transfer text is the filing's code.
            paragraph(ctx, ctx.t("send.fee_pay_at_desk"));
        } else {
            paragraph(ctx, ctx.t("send.no_fee"), "send.fee_amount");
        }
        endPanel(ctx, PanelTone::Notice);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (s.submitFailed) {
            beginPanel(ctx);
            subheading(ctx, ctx.t("send.error_title"));
            paragraph(ctx, ctx.t("send.error"), "send.error");
            endPanel(ctx, PanelTone::Error);
        }
        paragraph(ctx, ctx.t("send.declaration"));
    }
    // Sending sits in the bottom bar, in reach below the declaration however long the page is.
    return stepBar(ctx, std::move(action), ctx.t("send.submit"), core::act::Submit{}, "send.submit");
}

}  // namespace kiosk::ui
