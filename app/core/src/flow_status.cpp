// What the kiosk reads from the local status cache (core::StatusSource): never the network, so
// a slow or absent portal never freezes a screen. The receipt's re-read and the look-up by code
// are effects (fx::ReadStatus, fx::LookUpStatus): the runner's worker reads (readStatus,
// lookUpStatus below) and the answer comes back as an action this file applies.
#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/lookup_code.hpp"
#include "kiosk/core/status_read.hpp"

namespace kiosk::core {

act::StatusRead readStatus(StatusSource& source, const fx::ReadStatus& asked) {
    auto found = source.statusOf(asked.reference);
    if (found && *found && !asked.withLookupSecret) secureWipe((*found)->lookupSecret);
    return act::StatusRead{asked.reference, std::move(found)};
}

act::LookupAnswered lookUpStatus(StatusSource& source, fx::LookUpStatus asked) {
    auto found = source.statusOf(asked.code);
    bool ambiguous = false;
    if (found && !*found) {
        // Not the code in full: a short form of one ("261207-0001", no dots or dashes). Two
        // filings ending alike (one kiosk's sequence, the portal's) are never guessed between.
        if (const auto key = lookupKey(asked.code)) {
            auto matches = source.referencesEndingWith(*key, 2);
            if (!matches) found = matches.error();
            else if (matches->size() > 1) ambiguous = true;
            else if (matches->size() == 1) found = source.statusOf(matches->front());
        }
    }
    // A mã hồ sơ alone proves nothing: the rest is wiped here and waits for the owner's proof.
    if (found && *found) detail::wipeStatusDetails(**found);
    act::LookupAnswered answer{asked.code, asked.secret, std::move(found), ambiguous};
    secureWipe(asked.secret);
    return answer;
}

bool wantsStatusRefresh(const Session& s) {
    // The receipt is up for a minute or two at most (the idle timeout ends it), and staff may
    // accept the filing meanwhile: it follows the cache the whole time.
    // A supplement's receipt and a proven look-up follow its delivery the same way.
    if (s.screen == Screen::SupplementReceipt) return true;
    if (s.screen == Screen::Lookup && ownerProven(s)) return true;
    return s.screen == Screen::Receipt && !s.reference.empty();
}

namespace detail {

namespace {

void takeStatus(Session& s, FilingStatus status) {
    s.filingStatus = std::move(status);
    // Paid: the fee screen has done its job and the receipt comes next.
    if (s.awaitingPayment && s.filingStatus->payment == PaymentStage::Paid) s.awaitingPayment = false;
}

}  // namespace

void refreshStatus(Session& s, const FlowContext& ctx) {
    if (ctx.status == nullptr || s.reference.empty()) return;
    auto found = ctx.status->statusOf(s.reference);
    if (!found || !*found) return;  // a read error keeps what the screen already shows
    takeStatus(s, std::move(**found));
}

void askStatus(Session& s, const FlowContext& ctx, Effects& effects) {
    if (ctx.status == nullptr) return;
    if (s.screen == Screen::Receipt && !s.reference.empty()) {
        effects.push_back(fx::ReadStatus{s.reference, true});
    } else if ((s.screen == Screen::Lookup || s.screen == Screen::SupplementReceipt) && ownerProven(s)) {
        effects.push_back(fx::ReadStatus{s.lookupResult->localReference, false});
    }
}

void statusRead(Session& s, const act::StatusRead& read) {
    if (!read.found || !*read.found) return;  // a read error keeps what the screen already shows
    if (s.screen == Screen::Receipt && read.reference == s.reference) {
        takeStatus(s, **read.found);
    } else if ((s.screen == Screen::Lookup || s.screen == Screen::SupplementReceipt) && ownerProven(s) &&
               read.reference == s.lookupResult->localReference) {
        lookupRefreshed(s, **read.found);
    }
}

void requestPayment(Session& s, const FlowContext& ctx) {
    if (ctx.status == nullptr || s.reference.empty()) return;
    // A failure here only means no portal QR yet; the kiosk's own VietQR is shown meanwhile.
    (void)ctx.status->requestPayment(s.reference);
    refreshStatus(s, ctx);
}

void runLookup(Session& s, const FlowContext& ctx, Effects& effects) {
    std::string typed = std::move(s.lookupCode);
    wipeLookup(s);
    // The receipt's QR holds "<mã hồ sơ>#<look-up code>": scanned, it looks up and proves at once.
    std::string secret;
    if (const auto hash = typed.find(kReceiptQrSeparator); hash != std::string::npos) {
        secret = typed.substr(hash + 1);
        secureWipe(typed.data() + hash, typed.size() - hash);
        typed.resize(hash);
    }
    s.lookupCode = std::move(typed);
    if (ctx.status == nullptr) {
        s.lookupAsked = true;
        s.lookupUnavailable = true;
        secureWipe(secret);
        return;
    }
    // Asked, not yet answered: the screen shows no answer (rather than "not found") until
    // lookupAnswered takes the worker's.
    effects.push_back(fx::LookUpStatus{s.lookupCode, secret});
    secureWipe(secret);
}

void lookupAnswered(Session& s, const FlowContext& ctx, const act::LookupAnswered& answer) {
    // Only the look-up still waiting on this code: the citizen may have typed another, or left.
    if (s.screen != Screen::Lookup || s.lookupAsked || answer.code != s.lookupCode) return;
    s.lookupAsked = true;
    s.lookupAmbiguous = answer.ambiguous;
    if (!answer.found) {
        s.lookupUnavailable = true;  // the cache could not be read: say so, not "not found"
        return;
    }
    if (!*answer.found) return;
    s.lookupResult = **answer.found;
    if (!answer.secret.empty()) {
        s.lookupSecret = answer.secret;
        proveBySecret(s, ctx);
    }
}

}  // namespace detail
}  // namespace kiosk::core
