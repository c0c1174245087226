#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawHelp(UiContext& ctx) {
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("help.title"));
        const std::pair<std::string, std::string> sections[] = {
            {ctx.t("help.touch_title"), ctx.t("help.touch")},
            {ctx.t("help.steps_title"), ctx.t("help.steps")},
            {ctx.t("help.typing_title"), ctx.t("help.typing")},
            {ctx.t("help.mistakes_title"), ctx.t("help.mistakes")},
            {ctx.t("help.time_title"), ctx.t("help.time")},
            {ctx.t("help.privacy_title"), ctx.t("help.privacy")},
            {ctx.t("help.staff_title"), ctx.t("help.staff")},
        };
        for (const auto& [title, textBody] : sections) {
            subheading(ctx, title);
            paragraph(ctx, textBody);
            ImGui::Dummy(ImVec2(1, ctx.theme.px(0.4f)));
        }
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) return core::act::Back{};
    return std::nullopt;
}

}  // namespace kiosk::ui
