#include "kiosk/core/flow.hpp"
#include "layout.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

// "1 phút 5 giây": how long the keypad still waits, in whole seconds, counted down live.
std::string waitText(const UiContext& ctx, std::chrono::seconds wait) {
    const auto count = [](long long n) { return std::to_string(n); };
    const long long total = wait.count();
    if (total >= 3600) {
        return ctx.fmt("staff.wait_hours", {{"hours", count(total / 3600)}, {"minutes", count(total % 3600 / 60)}});
    }
    if (total >= 60) {
        return ctx.fmt("staff.wait_minutes", {{"minutes", count(total / 60)}, {"seconds", count(total % 60)}});
    }
    return ctx.fmt("staff.wait_seconds", {{"count", count(total)}});
}

// Operator id and PIN. The PIN is checked on a worker: meanwhile the button says so and the
// boxes keep what was typed. A wrong PIN and an unknown id read the same.
MaybeAction signIn(UiContext& ctx) {
    const auto& s = ctx.session;
    const bool wrong = s.staffRefusal == core::StaffRefusal::WrongPin;
    paragraph(ctx, ctx.t("staff.enter_operator"));
    textInput(ctx, "staff.operator", core::TextTarget::StaffOperator, "", InputKind::Plain, wrong, 32);
    paragraph(ctx, ctx.t("staff.enter_pin"));
    textInput(ctx, "staff.pin", core::TextTarget::StaffPin, "", InputKind::Pin, wrong, 12);
    if (wrong) subheading(ctx, ctx.t("staff.pin_wrong"), "staff.pin_wrong");
    if (s.staffRefusal == core::StaffRefusal::Unavailable)
        subheading(ctx, ctx.t("staff.unavailable"), "staff.unavailable");
    if (const auto wait = s.staffLockedUntil - ctx.localNow; wait > std::chrono::seconds(0)) {
        subheading(ctx, ctx.fmt("staff.locked", {{"wait", waitText(ctx, wait)}}), "staff.locked");
    }
    ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    if (s.staffChecking) {
        paragraph(ctx, ctx.t("staff.checking"), "staff.checking");
        return std::nullopt;
    }
    if (button(ctx, "staff.unlock", ctx.t("staff.unlock"))) return core::act::UnlockStaff{};
    return std::nullopt;
}

std::string dateText(std::chrono::sys_days day) { return forms::formatDate(forms::Date(day)); }

// The days off are written in by hand each year, once the government announces them; staff
// see how far ahead they reach and exactly which breaks are written from today on, so a
// calendar nobody updated (or one still without Tết) does not go unnoticed.
void workingCalendar(UiContext& ctx) {
    const auto lastDayOff = ctx.config.calendar.lastDayOff();
    const std::chrono::sys_days today(ctx.today);
    if (lastDayOff && *lastDayOff >= today) {
        paragraph(ctx, ctx.fmt("staff.calendar_until", {{"date", dateText(*lastDayOff)}}), "staff.calendar");
        int shown = 0;
        for (const auto& p : ctx.config.calendar.periods()) {
            if (p.to < today) continue;
            const std::string line =
                p.from == p.to ? ctx.fmt("staff.calendar_day", {{"from", dateText(p.from)}, {"reason", p.reason}})
                               : ctx.fmt("staff.calendar_range",
                                         {{"from", dateText(p.from)}, {"to", dateText(p.to)}, {"reason", p.reason}});
            paragraph(ctx, line, "staff.calendar." + std::to_string(shown++));
        }
        return;
    }
    beginPanel(ctx);
    paragraph(ctx, ctx.t("staff.calendar_outdated"), "staff.calendar");
    endPanel(ctx, PanelTone::Notice);
}

MaybeAction status(UiContext& ctx) {
    const auto& k = ctx.config.kiosk;
    paragraph(ctx, ctx.fmt("staff.signed_in", {{"operator", ctx.session.staffOperator}}), "staff.signed_in");
    // Opened over a citizen's filing: helping them is what staff came for, so it comes first.
    if (core::staffMayJoinAt(ctx.session.staffReturn)) {
        beginPanel(ctx);
        paragraph(ctx, ctx.t("staff.join_help"), "staff.join_help");
        const bool join = button(ctx, "staff.join", ctx.t("staff.join"));
        endPanel(ctx, PanelTone::Notice);
        if (join) return core::act::JoinSession{};
    }
    if (button(ctx, "staff.sign_out", ctx.t("staff.sign_out"), ButtonStyle::Secondary))
        return core::act::SignOutStaff{};
    paragraph(ctx, ctx.fmt("staff.kiosk", {{"kiosk", k.kioskId}, {"commune", k.communeName}}));
    paragraph(ctx, ctx.fmt("staff.services", {{"count", std::to_string(ctx.config.services.size())}}));
    workingCalendar(ctx);
    if (ctx.configProblems.empty()) {
        paragraph(ctx, ctx.t("staff.config_ok"), "staff.config");
    } else {
        beginPanel(ctx);
        subheading(ctx, ctx.t("staff.config_problems"), "staff.config");
        for (size_t i = 0; i < ctx.configProblems.size(); ++i) {
            mutedText(ctx, ctx.configProblems[i], "staff.problem." + std::to_string(i));
        }
        endPanel(ctx, PanelTone::Error);
    }
    ImGui::Dummy(ImVec2(1, ctx.theme.gap()));
    if (button(ctx, "staff.quit", ctx.t("staff.quit"), ButtonStyle::Secondary)) return core::act::Quit{};
    return std::nullopt;
}

}  // namespace

MaybeAction drawStaff(UiContext& ctx) {
    MaybeAction action;
    {
        ScrollBody body(ctx);
        heading(ctx, ctx.t("staff.title"));
        action = ctx.session.staffOperator.empty() ? signIn(ctx) : status(ctx);
    }
    if (navBar(ctx, ctx.t("nav.back"), "") == NavChoice::Back) action = core::act::Back{};
    return action;
}

}  // namespace kiosk::ui
