#include "ui/layout.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/basic.hpp"
#include "ui/widgets/qr_code.hpp"

namespace kiosk::ui {

MaybeAction drawConfirmation(UiContext& ctx) {
    const core::Session& s = ctx.session;
    MaybeAction action;
    {
        ScrollBody body(ctx);
        beginPanel(ctx);
        heading(ctx, ctx.t("confirmation.title"));
        paragraph(ctx, ctx.fmt("confirmation.service", {{"service", ctx.text(s.service->name)}}));
        subheading(ctx, ctx.t("confirmation.reference_label"));
        heading(ctx, s.reference, "confirmation.reference");
        endPanel(ctx, PanelTone::Success);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));

        qrCode(ctx, "confirmation.qr", s.reference, ctx.theme.px(kQrEm));
        if (!ctx.theme.portrait) ImGui::SameLine(0.0f, ctx.theme.margin());
        ImGui::BeginGroup();
        mutedText(ctx, ctx.t("confirmation.qr_hint"));
        ImGui::EndGroup();

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
        if (button(ctx, "confirmation.done", ctx.t("confirmation.done"))) action = core::act::Finish{};
    }
    return action;
}

}  // namespace kiosk::ui
