// Shown instead of every screen while an installed kiosk has no enrollment (kiosk
// --require-enrollment, as kiosk-session.service starts it): nothing filed here could reach the
// province, so a citizen is sent to the desk and staff are told the two commands that fix it.
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawNotEnrolled(UiContext& ctx) {
    ScrollBody body(ctx);
    heading(ctx, ctx.t("not_enrolled.title"));
    paragraph(ctx, ctx.t("not_enrolled.citizen"));
    ImGui::Dummy(ImVec2(1, ctx.theme.px(0.6f)));
    subheading(ctx, ctx.t("not_enrolled.staff_title"));
    paragraph(ctx, ctx.fmt("not_enrolled.staff", {{"kiosk_id", ctx.config.kiosk.kioskId}}));
    paragraph(ctx, ctx.t("not_enrolled.enroll_command"), "not_enrolled.enroll_command");
    paragraph(ctx, ctx.t("not_enrolled.restart_command"), "not_enrolled.restart_command");
    return std::nullopt;
}

}  // namespace kiosk::ui
