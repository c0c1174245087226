// "Bổ sung hồ sơ" (supplement.hpp): from a proven look-up of a filing staff sent back, the
// citizen scans pages into the requested slots, checks them, and the supplement is sealed into
// the outbox in one step. The pages are personal data: wiped once stored, or when the citizen
// goes back or leaves.
#include <algorithm>
#include <iostream>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::core {
namespace {

bool pending(const SupplementStatus& supplement) { return supplement.delivery == "pending"; }

// The filing's look-up code for the supplement's receipt, which carries it beside the code and
// in its QR as the filing's receipt does; the rest of what is read is wiped at once.
void keepLookupSecret(SupplementDraft& draft, const FlowContext& ctx) {
    if (ctx.status == nullptr) return;
    auto found = ctx.status->statusOf(draft.reference);
    if (!found || !*found) return;  // the receipt then carries the code alone
    draft.lookupSecret = std::move((*found)->lookupSecret);
    detail::wipeStatusDetails(**found);
}

}  // namespace

bool offersSupplement(const Session& s) {
    if (s.screen != Screen::Lookup || !ownerProven(s)) return false;
    const FilingStatus& r = *s.lookupResult;
    const bool asked = r.status == "supplement_requested" || r.trangThaiHoSo == 5;
    // One waiting to be sent already answers this request: a second would only be refused.
    return asked && !r.maHoSo.empty() && std::none_of(r.supplements.begin(), r.supplements.end(), pending);
}

namespace detail {

void startSupplement(Session& s, const FlowContext& ctx) {
    (void)ctx;
    if (!offersSupplement(s)) return;
    const FilingStatus& r = *s.lookupResult;
    wipeSupplement(s);
    SupplementDraft draft;
    draft.reference = r.localReference;
    draft.code = r.maHoSo.empty() ? r.localReference : r.maHoSo;
    draft.serviceId = r.serviceId;
    draft.slots = supplementSlots(s.config->findService(r.serviceId), r.requestedDocuments);
    s.supplement = std::move(draft);
    s.screen = Screen::Supplement;
}

bool addSupplementPage(Session& s, const std::string& key, ScannedPage page, std::optional<size_t> replaces) {
    if (s.screen != Screen::Supplement || !s.supplement || slotOfKey(*s.supplement, key) == nullptr) return false;
    auto& list = s.documentPages[key];
    if (replaces) {
        if (*replaces >= list.size()) return true;  // the page was taken back meanwhile
        secureWipe(list[*replaces].jpeg);
        list[*replaces] = std::move(page);
    } else {
        list.push_back(std::move(page));
    }
    s.supplement->nothingScanned = false;
    return true;
}

bool removeSupplementPage(Session& s, const std::string& key) {
    if (s.screen != Screen::Supplement || !s.supplement || slotOfKey(*s.supplement, key) == nullptr) return false;
    if (auto it = s.documentPages.find(key); it != s.documentPages.end() && !it->second.empty()) {
        secureWipe(it->second.back().jpeg);
        it->second.pop_back();
    }
    return true;
}

void continueSupplement(Session& s) {
    if (!s.supplement) return;
    if (supplementPageCount(*s.supplement, s.documentPages) == 0) {
        s.supplement->nothingScanned = true;
        return;
    }
    s.supplement->submitFailed = false;
    s.screen = Screen::SupplementCheck;
}

void backSupplement(Session& s, const FlowContext& ctx) {
    switch (s.screen) {
        case Screen::SupplementCheck: s.screen = Screen::Supplement; break;
        case Screen::Supplement:
        case Screen::SupplementReceipt:
            wipeSupplement(s);
            refreshLookup(s, ctx);
            s.screen = Screen::Lookup;
            break;
        default: break;
    }
}

void submitSupplement(Session& s, const FlowContext& ctx) {
    if (s.screen != Screen::SupplementCheck || !s.supplement) return;
    SupplementDraft& draft = *s.supplement;
    Filing content;
    content.attachments = supplementAttachments(draft, s.documentPages);
    if (content.attachments.empty()) return;
    auto stored = ctx.store.submitSupplement(draft.reference, content);
    for (auto& attachment : content.attachments) secureWipe(attachment.bytes);
    if (!stored) {
        // The pages stay: the citizen can try again or ask staff, and loses nothing.
        std::cerr << "kiosk: the supplement was not stored: " << stored.error().code << '\n';
        draft.submitFailed = true;
        return;
    }
    draft.clientSupplementId = *stored;
    draft.storedAt = ctx.clock.localNow();
    draft.sent.clear();
    for (const auto& slot : draft.slots) {
        const auto it = s.documentPages.find(slot.key);
        if (it == s.documentPages.end() || it->second.empty()) continue;
        draft.sent.push_back({slot.slotId, static_cast<int>(it->second.size())});
        for (auto& page : it->second) secureWipe(page.jpeg);
        s.documentPages.erase(it);
    }
    draft.submitFailed = false;
    s.screen = Screen::SupplementReceipt;
    keepLookupSecret(draft, ctx);
    refreshLookup(s, ctx);
}

void refreshLookup(Session& s, const FlowContext& ctx) {
    if (ctx.status == nullptr || !ownerProven(s)) return;
    auto found = ctx.status->statusOf(s.lookupResult->localReference);
    if (!found || !*found) return;  // a read error keeps what the screen already shows
    secureWipe((*found)->lookupSecret);
    lookupRefreshed(s, std::move(**found));
}

void lookupRefreshed(Session& s, FilingStatus found) {
    wipeStatusDetails(*s.lookupResult);
    s.lookupResult = std::move(found);
}

}  // namespace detail
}  // namespace kiosk::core
