// "In kết quả" on a proven look-up (result_print.hpp): the print of every returned document is
// asked of the result desk's worker; when it ends, each document printed is recorded as handed
// over (once: a second print of the same document is not a second hand-over) and the rating is
// asked for the moment "result".
// The log names no filing and no person.
#include <iostream>

#include "flow_steps.hpp"
#include "kiosk/core/ownership.hpp"

namespace kiosk::core {
namespace {

// Each document that came out of the printer is handed over, once; true when one was for the first time.
bool recordHandovers(const FlowContext& ctx, const act::ResultPrinted& printed) {
    bool anyFirst = false;
    for (const auto& sha256 : printed.printed) {
        const auto first = ctx.store.recordHandover(printed.reference, sha256);
        if (!first) {
            std::cerr << "kiosk: the hand-over of a printed result was not recorded (" << first.error().code << ")\n";
            continue;
        }
        std::cerr << (*first ? "kiosk: result document printed and handed over\n"
                             : "kiosk: result document printed again\n");
        anyFirst = anyFirst || *first;
    }
    return anyFirst;
}

}  // namespace

bool offersResultPrint(const Session& s) {
    if (s.screen != Screen::Lookup || !s.lookupResult || !ownerProven(s)) return false;
    const FilingStatus& r = *s.lookupResult;
    return r.status == "result_returned" && r.resultDelivery == "electronic" && !r.resultDigests.empty();
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
    effects.push_back(fx::PrintResult{s.lookupResult->localReference, s.lookupResult->resultDigests});
}

void resultPrinted(Session& s, const FlowContext& ctx, const act::ResultPrinted& printed) {
    // The citizen may have left before the printer finished; paper that came out was handed over all the same.
    const bool onScreen = s.screen == Screen::Lookup && s.lookupResult &&
                          s.lookupResult->localReference == printed.reference;
    const bool firstHandover = recordHandovers(ctx, printed);
    if (printed.outcome != ResultPrintOutcome::Printed) {
        std::cerr << "kiosk: the result was not printed in full\n";
        if (!onScreen) return;
        s.resultPrinting = false;
        s.resultPrinted = printed.outcome;
        s.resultPrintMessage = printed.message;
        return;
    }
    if (!onScreen) return;
    s.resultPrinting = false;
    s.resultPrinted = ResultPrintOutcome::Printed;
    s.lookupResult->resultHandedOver = true;
    if (firstHandover) askResultRating(s, ctx, printed.reference);
}

}  // namespace detail
}  // namespace kiosk::core
