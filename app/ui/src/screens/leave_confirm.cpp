#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawLeaveConfirm(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("leave.title"));
        paragraph(ctx, ctx.t("leave.body"));
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (button(ctx, "leave.cancel", ctx.t("leave.cancel"))) ctx.state.confirmLeave = false;
        if (button(ctx, "leave.confirm", ctx.t("leave.confirm"), ButtonStyle::Secondary)) {
            ctx.state.confirmLeave = false;
            action = core::act::GoHome{};
        }
    }
    return action;
}

}  // namespace kiosk::ui
