#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawConsent(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("consent.title"));
        // Said first and in a box: a staff member may be helping with the form, but agreeing is
        // the citizen's own act (issue 14), so the notice tells them before anything else.
        beginPanel(ctx);
        paragraph(ctx, ctx.t("consent.own_choice"), "consent.own_choice");
        if (!ctx.session.assistedBy.empty()) {
            paragraph(ctx, ctx.fmt("assist.consent_by_touch", {{"operator", ctx.session.assistedBy}}),
                      "consent.by_touch");
        }
        endPanel(ctx, PanelTone::Notice);
        paragraph(ctx, ctx.fmt("consent.controller", {{"commune", ctx.config.kiosk.communeName}}));
        subheading(ctx, ctx.t("consent.purposes_title"));
        bulletList(ctx, {ctx.t("consent.purpose_1"), ctx.t("consent.purpose_2"),
                         ctx.t("consent.purpose_3"), ctx.t("consent.purpose_4")});
        subheading(ctx, ctx.t("consent.retention_title"));
        paragraph(ctx, ctx.t("consent.retention"));
        subheading(ctx, ctx.t("consent.rights_title"));
        paragraph(ctx, ctx.t("consent.rights"));
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));

        if (ctx.session.consentRefused) {
            beginPanel(ctx);
            subheading(ctx, ctx.t("consent.refused_title"), "consent.refused");
            paragraph(ctx, ctx.t("consent.refused_body"));
            if (button(ctx, "consent.review", ctx.t("consent.review"), ButtonStyle::Secondary)) {
                action = core::act::Back{};
            }
            if (button(ctx, "consent.leave", ctx.t("consent.leave"), ButtonStyle::Secondary)) {
                action = core::act::GoHome{};
            }
            endPanel(ctx, PanelTone::Error);
        }
        if (!ctx.session.consentRefused &&
            button(ctx, "consent.no", ctx.t("consent.no"), ButtonStyle::Secondary)) {
            action = core::act::RefuseConsent{};
        }
    }
    // Agreeing is the way on, so it sits in the bar with the other screens' "Tiếp tục", in reach
    // however long the notice is at reading size.
    action = stepBar(ctx, std::move(action), ctx.t("consent.yes"), core::act::GiveConsent{}, "consent.yes");
    // While staff help, the keyboard is theirs: only a touch on the screen gives consent.
    if (!ctx.session.assistedBy.empty()) ctx.registry.markTouchOnly("consent.yes");
    return action;
}

}  // namespace kiosk::ui
