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
    switch (navBar(ctx, ctx.t("nav.back"), ctx.t("nav.continue"))) {
        case NavChoice::Back: action = core::act::Back{}; break;
        case NavChoice::Continue: action = core::act::Continue{}; break;
        case NavChoice::None: break;
    }
    return action;
}

}  // namespace kiosk::ui
