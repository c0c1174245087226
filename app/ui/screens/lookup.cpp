#include "ui/layout.hpp"
#include "ui/screens/screens.hpp"
#include "ui/widgets/basic.hpp"
#include "ui/widgets/form_inputs.hpp"

namespace kiosk::ui {

MaybeAction drawLookup(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("lookup.title"));
        paragraph(ctx, ctx.t("lookup.intro"));
        subheading(ctx, ctx.t("lookup.code_label"));
        textInput(ctx, "lookup.code", core::TextTarget::LookupCode, "", InputKind::Text, false);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (button(ctx, "lookup.search", ctx.t("lookup.search"), ButtonStyle::Primary, 0.0f,
                   !ctx.session.lookupCode.empty())) {
            action = core::act::RunLookup{};
        }
        // The portal link is not built yet: say so plainly instead of inventing a status.
        if (ctx.session.lookupAsked) {
            beginPanel(ctx);
            paragraph(ctx, ctx.t("lookup.not_available"), "lookup.result");
            endPanel(ctx, PanelTone::Notice);
        }
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) action = core::act::Back{};
    return action;
}

}  // namespace kiosk::ui
