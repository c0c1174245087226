// What the kiosk reads from the local status cache (core::StatusSource): never the network, so
// a slow or absent portal never freezes a screen.
#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/core/lookup_code.hpp"

namespace kiosk::core {

bool wantsStatusRefresh(const Session& s) {
    // The receipt is up for a minute or two at most (the idle timeout ends it), and staff may
    // accept the filing meanwhile: it follows the cache the whole time.
    // A supplement's receipt and a proven look-up follow its delivery the same way.
    if (s.screen == Screen::SupplementReceipt) return true;
    if (s.screen == Screen::Lookup && ownerProven(s)) return true;
    return s.screen == Screen::Receipt && !s.reference.empty();
}

namespace detail {

void refreshStatus(Session& s, const FlowContext& ctx) {
    if (ctx.status == nullptr || s.reference.empty()) return;
    auto found = ctx.status->statusOf(s.reference);
    if (!found || !*found) return;  // a read error keeps what the screen already shows
    s.filingStatus = std::move(**found);
    // Paid: the fee screen has done its job and the receipt comes next.
    if (s.awaitingPayment && s.filingStatus->payment == PaymentStage::Paid) s.awaitingPayment = false;
}

void requestPayment(Session& s, const FlowContext& ctx) {
    if (ctx.status == nullptr || s.reference.empty()) return;
    // A failure here only means no portal QR yet; the kiosk's own VietQR is shown meanwhile.
    (void)ctx.status->requestPayment(s.reference);
    refreshStatus(s, ctx);
}

void runLookup(Session& s, const FlowContext& ctx) {
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
    s.lookupAsked = true;
    s.lookupUnavailable = ctx.status == nullptr;
    if (ctx.status == nullptr) return;
    auto found = ctx.status->statusOf(s.lookupCode);
    if (found && !*found) {
        // Not the code in full: a short form of one ("261207-0001", no dots or dashes). Two
        // filings ending alike (one kiosk's sequence, the portal's) are never guessed between.
        if (const auto key = lookupKey(s.lookupCode)) {
            auto matches = ctx.status->referencesEndingWith(*key, 2);
            if (!matches) found = matches.error();
            else if (matches->size() > 1) s.lookupAmbiguous = true;
            else if (matches->size() == 1) found = ctx.status->statusOf(matches->front());
        }
    }
    if (!found) {
        s.lookupUnavailable = true;  // the cache could not be read: say so, not "not found"
    } else if (*found) {
        // A mã hồ sơ alone proves nothing: the rest waits for the owner's proof.
        wipeStatusDetails(**found);
        s.lookupResult = std::move(**found);
        if (!secret.empty()) {
            s.lookupSecret = std::move(secret);
            proveBySecret(s, ctx);
        }
    }
    secureWipe(secret);
}

}  // namespace detail
}  // namespace kiosk::core
