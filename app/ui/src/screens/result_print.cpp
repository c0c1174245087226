#include "screens/result_print.hpp"

#include "kiosk/core/flow.hpp"
#include "screens/screens.hpp"
#include "widgets/basic.hpp"

namespace kiosk::ui {
namespace {

using core::ResultPrintOutcome;

// What the last print came to, in plain words, and the panel's tone for it.
void outcomeLine(UiContext& ctx, PanelTone& tone) {
    const core::Session& s = ctx.session;
    if (s.resultPrinting) {
        paragraph(ctx, ctx.t("result_print.printing"), "lookup.result_print.outcome");
        return;
    }
    if (!s.resultPrinted) return;
    switch (*s.resultPrinted) {
        case ResultPrintOutcome::Printed:
            tone = PanelTone::Success;
            subheading(ctx, ctx.t("result_print.printed"), "lookup.result_print.outcome");
            return;
        case ResultPrintOutcome::NotReached:
            errorText(ctx, ctx.t("result_print.not_reached"), "lookup.result_print.outcome");
            break;
        case ResultPrintOutcome::Mismatch:
            errorText(ctx, ctx.t("result_print.mismatch"), "lookup.result_print.outcome");
            break;
        case ResultPrintOutcome::Refused:
            errorText(ctx, ctx.t("result_print.refused"), "lookup.result_print.outcome");
            break;
        case ResultPrintOutcome::PrinterFailed:
            errorText(ctx, ctx.fmt("result_print.printer_failed", {{"message", s.resultPrintMessage}}),
                      "lookup.result_print.outcome");
            break;
        case ResultPrintOutcome::NoPrinter:
            errorText(ctx, ctx.t("result_print.no_printer"), "lookup.result_print.outcome");
            break;
    }
    tone = PanelTone::Error;
}

}  // namespace

MaybeAction drawResultPrint(UiContext& ctx) {
    const core::Session& s = ctx.session;
    if (!core::offersResultPrint(s)) return std::nullopt;
    MaybeAction action;
    PanelTone tone = PanelTone::Notice;
    beginPanel(ctx);
    subheading(ctx, ctx.t("result_print.title"));
    paragraph(ctx, ctx.t("result_print.intro"), "lookup.result_print");
    if (const size_t count = s.lookupResult->resultDigests.size(); count > 1) {
        paragraph(ctx, ctx.fmt("result_print.documents", {{"count", std::to_string(count)}}),
                  "lookup.result_print.documents");
    }
    if (s.lookupResult->resultHandedOver)
        mutedText(ctx, ctx.t("result_print.handed_over"), "lookup.result_print.handed_over");
    const bool again = s.lookupResult->resultHandedOver || s.resultPrinted == ResultPrintOutcome::Printed;
    if (button(ctx, "lookup.print_result", ctx.t(again ? "result_print.print_again" : "result_print.print"),
               again ? ButtonStyle::Secondary : ButtonStyle::Primary, 0.0f, !s.resultPrinting)) {
        action = core::act::PrintResult{};
    }
    outcomeLine(ctx, tone);
    endPanel(ctx, tone);
    return action;
}

}  // namespace kiosk::ui
