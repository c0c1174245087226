#include <ctime>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/filing_prepare.hpp"

namespace kiosk::core::detail {

std::chrono::local_seconds flowNow(const FlowContext& ctx) { return ctx.now.value_or(localClockNow()); }

}  // namespace kiosk::core::detail

namespace kiosk::core {

std::chrono::local_seconds localClockNow() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return std::chrono::local_seconds(std::chrono::seconds(now + tm.tm_gmtoff));
}

}  // namespace kiosk::core

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
    filing.attachments = documentAttachments(*s.service, s.documentPages, filing.answers);
    auto stored = ctx.store.submit(filing);
    for (auto& attachment : filing.attachments) secureWipe(attachment.bytes);
    if (!stored) {
        secureWipe(filing.answers);
        // The answers stay: the citizen can try again or ask staff, and loses nothing.
        s.submitFailed = true;
        return;
    }
    // The receipt keeps the applicant's name and the documents; the rest of the personal data
    // goes now.
    s.receipt = makeReceipt(*s.service, filing.answers, flowNow(ctx), filing.feeVnd,
                            s.config->calendar);
    secureWipe(filing.answers);
    wipePersonalData(s);
    s.reference = stored->localReference;
    s.submitFailed = false;
    s.screen = Screen::Receipt;
    s.awaitingPayment = filing.feeVnd > 0;
    if (s.awaitingPayment) requestPayment(s, ctx);
}

}  // namespace kiosk::core::detail
