#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawIdleWarning(UiContext& ctx, int secondsLeft) {
    MaybeAction action;
    ScrollBody body(ctx);
    heading(ctx, ctx.t("idle.title"));
    beginPanel(ctx);
    subheading(ctx, ctx.fmt("idle.body", {{"seconds", std::to_string(secondsLeft)}}), "idle.seconds");
    paragraph(ctx, ctx.t("idle.why"));
    endPanel(ctx, PanelTone::Notice);
    ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    // The way to stay is the biggest thing on the screen (WCAG 2.2.1: one simple action).
    if (button(ctx, "idle.more_time", ctx.t("idle.more_time"), ButtonStyle::Primary, 0.0f, true,
               ctx.theme.px(4.0f))) {
        action = core::act::ExtendTime{};
    }
    ImGui::Dummy(ImVec2(1, ctx.theme.px(1.5f)));
    if (button(ctx, "idle.finish", ctx.t("idle.finish"), ButtonStyle::Secondary)) {
        action = core::act::Finish{};
    }
    return action;
}

}  // namespace kiosk::ui
