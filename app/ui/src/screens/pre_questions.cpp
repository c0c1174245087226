#include "field_view.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {

MaybeAction drawPreQuestions(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("pre.title"));
        mutedText(ctx, ctx.t("pre.help"));
        errorSummary(ctx);
        action = drawFields(ctx, ctx.session.service->preQuestions, 0);
    }
    return stepBar(ctx, std::move(action), ctx.t("nav.continue"));
}

}  // namespace kiosk::ui
