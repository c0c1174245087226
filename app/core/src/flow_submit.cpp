#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/document_pages.hpp"
#include "kiosk/core/filing_prepare.hpp"
#include "kiosk/core/result_delivery.hpp"

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
    auto prepared = prepareFiling(*s.config, *s.service, s.answers, ctx.clock.today());
    if (!prepared) {
        s.returnToCheck = true;
        goToErrors(s, prepared.error(), true);
        return;
    }
    Filing& filing = *prepared;
    applyDelivery(s, filing);
    filing.attachments = documentAttachments(*s.service, s.documentPages, filing.answers);
    filing.digitisation = digitisationOf(*s.service, filing.answers);
    // Kept sealed with the filing, so the applicant's card can later prove it is theirs.
    filing.applicantIdNumber = s.identity.idNumber.value;
    filing.channel = ctx.channel;
    // A staff member helping at the kiosk makes it an assisted filing, under their operator id.
    if (ctx.channel == Channel::Kiosk && !s.assistedBy.empty()) {
        filing.channel = Channel::KioskAssisted;
        filing.assistedBy = s.assistedBy;
        filing.originalsSeen = originalsSeenSlots(s);
    }
    auto stored = ctx.store.submit(filing);
    for (auto& attachment : filing.attachments) secureWipe(attachment.bytes);
    secureWipe(filing.postAddress);
    secureWipe(filing.applicantIdNumber);
    if (!stored) {
        secureWipe(filing.answers);
        // The answers stay: the citizen can try again or ask staff, and loses nothing.
        s.submitFailed = true;
        return;
    }
    // The receipt keeps the applicant's name and the documents; the rest of the personal data
    // goes now.
    s.receipt = makeReceipt(*s.service, filing, ctx.clock.localNow(), s.config->calendar);
    secureWipe(filing.answers);
    wipePersonalData(s);
    s.reference = stored->localReference;
    if (filing.channel == Channel::KioskAssisted) {
        recordStaffAction(ctx, AuditKind::AssistSession, filing.assistedBy, s.reference, "submitted");
    }
    s.submitFailed = false;
    s.screen = Screen::Receipt;
    s.awaitingPayment = s.receipt.feeVnd > 0;
    if (s.awaitingPayment) requestPayment(s, ctx);
}

}  // namespace kiosk::core::detail
