#pragma once
// The one queue through which the UI's workers hand back what they finished: each posts the
// core::Action its result becomes, on its own thread, and the post wakes the frame loop (the
// wake the EffectRunner sets); the next frame takes every action in the order posted
// (EffectRunner::collect) and applies it. No worker keeps a result slot of its own.
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

// Work never taken (the kiosk stopping) may hold a page of a citizen's document: wiped.
inline void wipeFinished(FinishedWork& done) {
    if (auto* page = std::get_if<core::act::AddDocumentPage>(&done.action)) secureWipe(page->page.jpeg);
}

class FinishedQueue : public Mailbox<FinishedWork> {
public:
    FinishedQueue() : Mailbox<FinishedWork>(wipeFinished) {}
};

}  // namespace kiosk::ui
