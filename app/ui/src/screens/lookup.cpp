// "Tra cứu hồ sơ": the citizen types the code from the receipt (the local reference or the
// mã hồ sơ, in full or its short form, core/lookup_code.hpp) and sees what the local status
// cache holds, in plain Vietnamese with its history.
#include "layout.hpp"
#include "screens/screens.hpp"
#include "screens/status_view.hpp"
#include "widgets/basic.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

void drawResult(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (s.lookupUnavailable) {
        beginPanel(ctx);
        paragraph(ctx, ctx.t("lookup.not_available"), "lookup.result");
        endPanel(ctx, PanelTone::Notice);
        return;
    }
    if (s.lookupAmbiguous) {
        beginPanel(ctx);
        sentenceWithCode(ctx, ctx.fmt("lookup.ambiguous", {{"code", s.lookupCode}}), "lookup.result");
        endPanel(ctx, PanelTone::Notice);
        return;
    }
    if (!s.lookupResult) {
        beginPanel(ctx);
        sentenceWithCode(ctx, ctx.fmt("lookup.not_found", {{"code", s.lookupCode}}), "lookup.result");
        endPanel(ctx, PanelTone::Error);
        return;
    }
    const core::FilingStatus& r = *s.lookupResult;
    // No panel around it: the staff's note gets its own (panels do not nest).
    codeLine(ctx, ctx.fmt("lookup.found", {{"code", r.maHoSo.empty() ? r.localReference : r.maHoSo}}), "lookup.found",
             CodeSize::Bold);
    if (const forms::Service* service = ctx.config.findService(r.serviceId)) {
        paragraph(ctx, ctx.fmt("lookup.service", {{"service", ctx.text(service->name)}}), "lookup.service");
    }
    drawFilingStatus(ctx, r, "lookup", StatusDetail::Full);
}

}  // namespace

MaybeAction drawLookup(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("lookup.title"));
        paragraph(ctx, ctx.t("lookup.intro"));
        subheading(ctx, ctx.t("lookup.code_label"));
        textInput(ctx, "lookup.code", core::TextTarget::LookupCode, "", InputKind::Plain, false);  // a code, not Vietnamese words
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
        if (button(ctx, "lookup.search", ctx.t("lookup.search"), ButtonStyle::Primary, 0.0f,
                   !ctx.session.lookupCode.empty())) {
            action = core::act::RunLookup{};
        }
        if (ctx.session.lookupAsked) drawResult(ctx);
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) action = core::act::Back{};
    return action;
}

}  // namespace kiosk::ui
