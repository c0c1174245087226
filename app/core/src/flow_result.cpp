// "In kết quả" on a proven look-up (result_print.hpp): the print is asked of the result desk's
// worker; when it ends, a printed result is recorded as handed over (once: a second print of the
// same document is not a second hand-over) and the rating is asked for the moment "result".
// The log names no filing and no person.
#include <iostream>

#include "flow_steps.hpp"
#include "kiosk/core/ownership.hpp"

namespace kiosk::core {

bool offersResultPrint(const Session& s) {
    if (s.screen != Screen::Lookup || !s.lookupResult || !ownerProven(s)) return false;
    const FilingStatus& r = *s.lookupResult;
    return r.status == "result_returned" && r.resultDelivery == "electronic" && !r.resultSha256.empty();
}

namespace detail {

void printResult(Session& s, Effects& effects) {
    if (!offersResultPrint(s) || s.resultPrinting) return;
    s.resultPrintMessage.clear();
    if (s.config->kiosk.printer.name.empty()) {
        s.resultPrinted = ResultPrintOutcome::NoPrinter;
        return;
    }
    s.resultPrinted.reset();
    s.resultPrinting = true;
    effects.push_back(fx::PrintResult{s.lookupResult->localReference, s.lookupResult->resultSha256});
}

void resultPrinted(Session& s, const FlowContext& ctx, const act::ResultPrinted& printed) {
    // The citizen may have left before the printer finished; paper that came out was handed over all the same.
    const bool onScreen = s.screen == Screen::Lookup && s.lookupResult &&
                          s.lookupResult->localReference == printed.reference;
    if (printed.outcome != ResultPrintOutcome::Printed) {
        std::cerr << "kiosk: the result was not printed\n";
        if (!onScreen) return;
        s.resultPrinting = false;
        s.resultPrinted = printed.outcome;
        s.resultPrintMessage = printed.message;
        return;
    }
    const auto first = ctx.store.recordHandover(printed.reference, printed.sha256);
    if (!first)
        std::cerr << "kiosk: the hand-over of a printed result was not recorded (" << first.error().code << ")\n";
    else std::cerr << (*first ? "kiosk: result printed and handed over\n" : "kiosk: result printed again\n");
    if (!onScreen) return;
    s.resultPrinting = false;
    s.resultPrinted = ResultPrintOutcome::Printed;
    s.lookupResult->resultHandedOver = true;
    if (first && *first) askResultRating(s, ctx, printed.reference);
}

}  // namespace detail
}  // namespace kiosk::core
