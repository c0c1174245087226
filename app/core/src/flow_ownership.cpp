// The proof of ownership on "Tra cứu hồ sơ" (ownership.hpp): a mã hồ sơ alone gives the status
// word and the due date; the look-up code from the receipt, or the applicant's own card, gives
// the rest. The log says what happened at each attempt, never a code or a number.
#include <openssl/crypto.h>

#include <iostream>

#include "flow_steps.hpp"
#include "kiosk/base/lookup_secret.hpp"
#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::core::detail {
namespace {

bool sameSecret(const std::string& typed, const std::string& issued) {
    return typed.size() == issued.size() && CRYPTO_memcmp(typed.data(), issued.data(), typed.size()) == 0;
}

// The filing read again in full, now that its owner is proven; the look-up code itself stays
// out of the session (the screen never shows it back).
void acceptProof(Session& s, FilingStatus full, OwnerProof proof) {
    secureWipe(full.lookupSecret);
    wipeStatusDetails(*s.lookupResult);
    s.lookupResult = std::move(full);
    s.lookupProof = proof;
    s.lookupRefusal = ProofRefusal::None;
    s.lookupWait = {};
}

}  // namespace

void wipeStatusDetails(FilingStatus& status) {
    secureWipe(status.note);
    status.note.clear();
    for (auto& step : status.history) secureWipe(step.note);
    status.history.clear();
    secureWipe(status.lookupSecret);
    status.lookupSecret.clear();
    status.payment = PaymentStage::None;
    status.paymentAmount = 0;
    status.paymentReference.clear();
    status.paidAt.clear();
    status.vietqrPayload.clear();
    status.supplements.clear();
    status.resultDigests.clear();
    status.resultHandedOver = false;
}

void proveBySecret(Session& s, const FlowContext& ctx) {
    const std::string reference = s.lookupResult->localReference;
    const auto now = ctx.clock.steadyNow();
    s.lookupWait = ctx.lookupThrottle != nullptr ? ctx.lookupThrottle->remaining(now) : std::chrono::seconds(0);
    if (s.lookupWait > std::chrono::seconds(0) || ctx.lookupThrottle == nullptr) {
        secureWipe(s.lookupSecret);
        s.lookupRefusal = ProofRefusal::Throttled;
        std::cerr << "kiosk: look-up code not checked: the kiosk waits " << s.lookupWait.count() << " s more\n";
        return;
    }
    const auto typed = readLookupSecret(s.lookupSecret);
    secureWipe(s.lookupSecret);
    if (!typed) {
        s.lookupRefusal = ProofRefusal::Malformed;
        return;
    }
    auto found = ctx.status != nullptr ? ctx.status->statusOf(reference)
                                       : Result<std::optional<FilingStatus>>(std::nullopt);
    if (!found || !*found) {
        s.lookupRefusal = ProofRefusal::Unavailable;
        return;
    }
    FilingStatus& full = **found;
    if (full.lookupSecret.empty()) {
        s.lookupRefusal = ProofRefusal::NotIssued;
        wipeStatusDetails(full);
        return;
    }
    if (sameSecret(*typed, full.lookupSecret)) {
        ctx.lookupThrottle->recordRight();
        acceptProof(s, std::move(full), OwnerProof::LookupSecret);
        std::cerr << "kiosk: look-up code accepted\n";
        return;
    }
    wipeStatusDetails(full);
    s.lookupRefusal = ProofRefusal::WrongSecret;
    s.lookupWait = ctx.lookupThrottle->recordWrong(now);
    if (s.lookupWait > std::chrono::seconds(0)) s.lookupRefusal = ProofRefusal::Throttled;
    std::cerr << "kiosk: wrong look-up code (" << ctx.lookupThrottle->wrongInARow() << " in a row)";
    if (s.lookupWait > std::chrono::seconds(0)) std::cerr << "; no code checked for " << s.lookupWait.count() << " s";
    std::cerr << '\n';
}

void proveByCard(Session& s, const FlowContext& ctx, const scanners::Identity& identity) {
    if (!s.lookupResult || ctx.status == nullptr) return;
    const std::string reference = s.lookupResult->localReference;
    const std::string& number = identity.idNumber.value;
    auto same = number.empty() ? Result<bool>(false) : ctx.status->applicantIs(reference, number);
    if (!same) {
        s.lookupRefusal = ProofRefusal::Unavailable;
        return;
    }
    if (!*same) {
        s.lookupRefusal = ProofRefusal::WrongCard;
        std::cerr << "kiosk: the card read on the look-up screen is not the applicant's\n";
        return;
    }
    auto found = ctx.status->statusOf(reference);
    if (!found || !*found) {
        s.lookupRefusal = ProofRefusal::Unavailable;
        return;
    }
    acceptProof(s, std::move(**found), OwnerProof::IdCard);
    std::cerr << "kiosk: look-up proven by the applicant's card\n";
}

}  // namespace kiosk::core::detail
