#include "base/secure_wipe.hpp"
#include "core/filing_prepare.hpp"
#include "core/flow_steps.hpp"

namespace kiosk::core::detail {

void giveConsent(Session& s) {
    s.consentGiven = true;
    s.consentRefused = false;
    s.submitFailed = false;
    s.screen = Screen::Send;
}

void refuseConsent(Session& s) {
    s.consentGiven = false;
    s.consentRefused = true;
}

void submitFiling(Session& s, const FlowContext& ctx) {
    if (s.service == nullptr || !s.consentGiven) return;
    auto prepared = prepareFiling(*s.config, *s.service, s.answers, ctx.today);
    if (!prepared) {
        s.returnToCheck = true;
        goToErrors(s, prepared.error(), true);
        return;
    }
    Filing& filing = *prepared;
    auto stored = ctx.store.submit(filing);
    secureWipe(filing.answers);
    if (!stored) {
        // The answers stay: the citizen can try again or ask staff, and loses nothing.
        s.submitFailed = true;
        return;
    }
    // The receipt needs only the reference and the service; the personal data goes now.
    wipePersonalData(s);
    s.reference = stored->localReference;
    s.submitFailed = false;
    s.screen = Screen::Confirmation;
}

}  // namespace kiosk::core::detail
