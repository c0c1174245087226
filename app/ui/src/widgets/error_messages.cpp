// The errors a step found, shown twice as GOV.UK does: a summary at the top whose rows take the
// citizen to each question, and the message again above the question itself.
#include <algorithm>

#include "widgets/basic.hpp"

namespace kiosk::ui {

bool hasError(const UiContext& ctx, const std::string& key) {
    return std::any_of(ctx.session.errors.begin(), ctx.session.errors.end(),
                       [&](const auto& e) { return e.key == key || e.key.rfind(key + ".", 0) == 0; });
}

bool inlineErrors(UiContext& ctx, const std::string& key) {
    bool any = false;
    for (const auto& e : ctx.session.errors) {
        if (e.key != key && e.key.rfind(key + ".", 0) != 0) continue;
        errorText(ctx, ctx.text(e.message), "error." + e.key);
        any = true;
    }
    return any;
}

void errorSummary(UiContext& ctx) {
    if (ctx.session.errors.empty()) return;
    beginPanel(ctx);
    subheading(ctx, ctx.t("errors.title"), "errors.title");
    for (const auto& e : ctx.session.errors) {
        // A bordered row, not an underlined word: older citizens see it is something to tap.
        if (button(ctx, "errors." + e.key, ctx.text(e.message), ButtonStyle::ListItem)) {
            ctx.state.scrollTo = e.key;
        }
    }
    endPanel(ctx, PanelTone::Error);
}

}  // namespace kiosk::ui
