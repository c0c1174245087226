#include "field_view.hpp"
#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/core/navigation.hpp"
#include "kiosk/core/passport.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

MaybeAction repeatInstances(UiContext& ctx, const forms::Page& page) {
    MaybeAction action;
    const int count = forms::repeatCount(page, ctx.session.answers);
    for (int i = 1; i <= count; ++i) {
        beginPanel(ctx);
        subheading(ctx, ctx.fmt("page.instance", {{"n", std::to_string(i)}}),
                   "page.instance." + std::to_string(i));
        if (auto a = drawFields(ctx, page.fields, i); a && !action) action = std::move(a);
        if (count > page.minRepeat &&
            button(ctx, "page.remove." + page.id + "." + std::to_string(i),
                   ctx.fmt("page.remove", {{"n", std::to_string(i)}}), ButtonStyle::Secondary,
                   ctx.theme.px(12.0f))) {
            action = core::act::RemoveRepeat{page.id, i};
        }
        endPanel(ctx, PanelTone::Plain);
        ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    }
    if (count < page.maxRepeat) {
        const std::string label = page.addLabel.empty() ? ctx.t("page.add") : ctx.text(page.addLabel);
        if (button(ctx, "page.add." + page.id, "+ " + label, ButtonStyle::Secondary)) {
            action = core::act::AddRepeat{page.id};
        }
    }
    return action;
}

// The passport slot of this page whose read waits for the citizen's yes, or nullptr.
const forms::Field* passportInReview(UiContext& ctx, const forms::Page& page) {
    const capture::IdentityScan* scan = ctx.scan;
    if (page.repeat || scan == nullptr || scan->target() != capture::IdentityScan::Target::Passport ||
        scan->phase() != capture::IdentityScan::Phase::Review) {
        return nullptr;
    }
    for (const auto& field : page.fields) {
        if (field.type == forms::FieldType::Passport) return &field;
    }
    return nullptr;
}

}  // namespace

MaybeAction drawFormPage(UiContext& ctx) {
    const forms::Page& page = ctx.session.service->pages.at(static_cast<size_t>(ctx.session.pageIndex));
    MaybeAction action;
    {
        ScrollBody body(ctx);
        if (const auto progress = core::pageProgress(ctx.session, ctx.today)) {
            mutedText(ctx, ctx.fmt("page.progress", {{"step", std::to_string(progress->step)},
                                                     {"total", std::to_string(progress->total)}}),
                      "page.progress");
        }
        heading(ctx, ctx.text(page.title));
        if (!page.help.empty()) mutedText(ctx, ctx.text(page.help));
        errorSummary(ctx);
        action = page.repeat ? repeatInstances(ctx, page) : drawFields(ctx, page.fields, 0);
    }
    // A passport just read waits for the citizen's yes, as a card does on the identity step: that
    // is the main button, where "Tiếp tục" usually is, never below the fold.
    if (const forms::Field* passport = passportInReview(ctx, page)) {
        // A read the zone itself doubts is used only as "I compared it".
        const scanners::TravelDocument* read = ctx.scan->document();
        const bool doubtful = read != nullptr && core::passportNeedsCheck(*read);
        switch (
            navBar(ctx, ctx.t("nav.back"), ctx.t(doubtful ? "passport.use_checked" : "passport.use"), "passport.use")) {
            case NavChoice::Back: return core::act::Back{};
            case NavChoice::Continue: return core::act::ApplyPassport{passport->id, ctx.scan->acceptDocument()};
            case NavChoice::None: break;
        }
        return action;
    }
    return stepBar(ctx, std::move(action), ctx.t("nav.continue"));
}

}  // namespace kiosk::ui
