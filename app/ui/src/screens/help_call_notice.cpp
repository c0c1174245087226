#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

// Calm words over the screen the citizen was on, which is kept as it was: the answers, the page
// and the keyboard's box come back with "Tiếp tục". When the outbox could not keep the call, the
// citizen is sent to the desk and may try again.
MaybeAction drawHelpCallNotice(UiContext& ctx) {
    const bool stored = ctx.session.helpCall && ctx.session.helpCall->stored;
    MaybeAction action;
    ScrollBody body(ctx);
    beginPanel(ctx);
    heading(ctx, ctx.t(stored ? "help_call.title" : "help_call.failed_title"), "help_call.title");
    paragraph(ctx, ctx.t(stored ? "help_call.body" : "help_call.failed_body"), "help_call.body");
    paragraph(ctx, ctx.t("help_call.kept"), "help_call.kept");
    endPanel(ctx, stored ? PanelTone::Notice : PanelTone::Error);
    ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    if (!stored && button(ctx, "help_call.retry", ctx.t("help_call.retry"), ButtonStyle::Secondary)) {
        action = core::act::CallStaff{};
    }
    if (button(ctx, "help_call.close", ctx.t("help_call.close"))) action = core::act::CloseHelpNotice{};
    return action;
}

}  // namespace kiosk::ui
