#pragma once
// The one queue through which the UI's workers hand back what they finished: each posts the
// core::Action its result becomes, on its own thread, and the post wakes the frame loop (the
// wake the EffectRunner sets); the next frame takes every action in the order posted
// (EffectRunner::collect) and applies it. No worker keeps a result slot of its own.
#include <optional>
#include <utility>

#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/action.hpp"

namespace kiosk::ui {

struct FinishedWork {
    core::Action action;
    // The kiosk's own answer (a ticket's number, a print of a result ending), not something a
    // touch asked for this moment: it does not hold the idle timeout off.
    bool kioskOwn = false;
};

inline void wipeStatus(Result<std::optional<core::FilingStatus>>& found) {
    if (!found || !*found) return;
    core::FilingStatus& status = **found;
    secureWipe(status.note);
    secureWipe(status.lookupSecret);
    for (auto& step : status.history) secureWipe(step.note);
}

// What a worker finished may hold a citizen's data (a page of a document, a filing's notes, the
// look-up code a QR carried): wiped once applied (the session keeps its own copy), and when never
// taken (the kiosk stopping).
inline void wipeFinished(FinishedWork& done) {
    if (auto* page = std::get_if<core::act::AddDocumentPage>(&done.action)) secureWipe(page->page.jpeg);
    if (auto* read = std::get_if<core::act::StatusRead>(&done.action)) wipeStatus(read->found);
    if (auto* answer = std::get_if<core::act::LookupAnswered>(&done.action)) {
        secureWipe(answer->secret);
        wipeStatus(answer->found);
    }
}

class FinishedQueue : public Mailbox<FinishedWork> {
public:
    FinishedQueue() : Mailbox<FinishedWork>(wipeFinished) {}
};

}  // namespace kiosk::ui
