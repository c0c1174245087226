#include "kiosk/core/flow.hpp"

#include <algorithm>
#include <cmath>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/core/identity_input.hpp"
#include "kiosk/core/result_delivery.hpp"

namespace kiosk::core {
namespace {

constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f};

// One handler per action; each checks the screen it makes sense on.
struct Step {
    Session& s;
    const FlowContext& ctx;
    Effects& effects;

    void ask(Effect effect) { effects.push_back(std::move(effect)); }

    // Computed answers (a fee, a total) follow every change to what they are computed from, so
    // the citizen sees the fee while typing the page count, not only after "Tiếp tục".
    void recompute() {
        if (s.service != nullptr) forms::applyComputed(validationContext(s, ctx.clock.today()), s.answers);
    }

    void operator()(const act::GoHome&) { endSession(); }
    // "Quay lại" from a screen the home screen opened: the same citizen, still choosing, keeps
    // the language and display they set; whatever else they typed goes.
    void backHome() {
        detail::signOutStaff(s, ctx, "");
        wipeFiling(s);
        secureWipe(s.search);
        wipeLookup(s);
        secureWipe(s.staffOperatorInput);
        secureWipe(s.staffPinInput);
        s.category.clear();
        s.staffChecking = false;
        s.staffRefusal = StaffRefusal::None;
        s.staffReturn = Screen::Home;
        s.queue = {};
        // No filing is in progress any more, so the newest config may take over.
        if (ctx.latestConfig) s.config = ctx.latestConfig;
        s.screen = Screen::Home;
    }
    void operator()(const act::OpenCatalogue&) {
        if (s.screen != Screen::Home) return;
        s.category.clear();
        secureWipe(s.search);
        s.screen = Screen::Catalogue;
    }
    void operator()(const act::SelectCategory& a) {
        if (s.screen == Screen::Catalogue) s.category = a.id;
    }
    void operator()(const act::ChooseService& a) {
        if (s.screen != Screen::Catalogue) return;
        const forms::Service* service = s.config->findService(a.id);
        if (service == nullptr) return;
        wipeFiling(s);
        s.service = service;
        s.delivery = service->resultDelivery.defaultWay();
        s.screen = Screen::ServiceInfo;
    }
    void operator()(const act::StartFiling&) {
        if (s.screen != Screen::ServiceInfo || s.service == nullptr) return;
        s.errors.clear();
        s.screen = s.service->preQuestions.empty() ? Screen::Identity : Screen::PreQuestions;
    }
    void operator()(const act::SetText& a) {
        switch (a.target) {
            case TextTarget::Answer:
                if (s.service == nullptr) break;
                forms::setAnswer(s.answers, a.key, a.value);
                recompute();
                detail::dropFixedErrors(s, ctx);
                break;
            case TextTarget::Identity:
                forms::setAnswer(s.identityInput, a.key, a.value);
                detail::dropFixedErrors(s, ctx);
                break;
            case TextTarget::Search: assign(s.search, a.value); break;
            case TextTarget::LookupCode: {
                // Another code is another filing: nothing of the last one (or its proof) stays.
                std::string typed = a.value;
                wipeLookup(s);
                s.lookupCode = std::move(typed);
                break;
            }
            case TextTarget::LookupSecret:
                if (s.screen != Screen::Lookup || !s.lookupResult) break;
                assign(s.lookupSecret, a.value);
                if (s.lookupRefusal != ProofRefusal::Throttled) s.lookupRefusal = ProofRefusal::None;
                break;
            case TextTarget::StaffOperator:
                if (s.staffChecking) break;
                assign(s.staffOperatorInput, a.value);
                s.staffRefusal = StaffRefusal::None;
                break;
            case TextTarget::StaffPin:
                if (s.staffChecking) break;
                assign(s.staffPinInput, a.value);
                s.staffRefusal = StaffRefusal::None;
                break;
            case TextTarget::PostAddress:
                if (s.screen != Screen::CheckAnswers) break;
                assign(s.postAddress, text::truncateCodepoints(a.value, kPostAddressMaxChars));
                s.errors.clear();
                break;
        }
    }
    void operator()(const act::CopyAddress& a) {
        if (s.screen != Screen::Page || s.service == nullptr) return;
        detail::copyAddress(s, a.from, a.to);
        recompute();
        detail::dropFixedErrors(s, ctx);
    }
    void operator()(const act::ApplyIdentity& a) {
        if (provingByCard()) {
            detail::proveByCard(s, ctx, a.identity);
            ask(fx::ForgetCard{});  // the card's pictures and reads have done their job
            return;
        }
        if (s.screen != Screen::Identity) return;
        fillIdentityInput(a.identity, s.identityInput);
        s.identity = a.identity;
        s.identityFromCard = true;
        s.errors.clear();
    }
    void operator()(const act::ApplyPassport& a) {
        detail::applyPassport(s, ctx, a.key, a.document);
        recompute();
    }
    void operator()(const act::AddDocumentPage& a) {
        if (detail::addSupplementPage(s, a.key, a.page, a.replaces)) return;
        if (s.screen != Screen::Page || s.service == nullptr) return;
        addDocumentPage(*s.service, s.documentPages, s.answers, a.key, a.page, a.replaces);
        recompute();
    }
    void operator()(const act::RemoveDocumentPage& a) {
        if (detail::removeSupplementPage(s, a.key)) return;
        if (s.screen == Screen::Page && s.service != nullptr) {
            removeLastDocumentPage(*s.service, s.documentPages, s.answers, a.key);
            recompute();
        }
    }
    void operator()(const act::Continue&) {
        if (s.screen == Screen::Lookup && s.lookupResult && !s.lookupSecret.empty()) operator()(act::ProveOwnership{});
        else if (s.screen == Screen::Lookup) operator()(act::RunLookup{});
        else if (s.screen == Screen::Supplement) detail::continueSupplement(s);
        else detail::continueFiling(s, ctx);
    }
    void operator()(const act::Back&) {
        s.errors.clear();
        switch (s.screen) {
            case Screen::Catalogue: backHome(); break;
            case Screen::ServiceInfo:
                wipeFiling(s);
                s.screen = Screen::Catalogue;
                break;
            case Screen::Staff:
                if (!detail::backToFiling(s, ctx)) backHome();
                break;
            case Screen::Lookup:
            case Screen::Help:
            case Screen::Queue: backHome(); break;
            case Screen::Supplement:
            case Screen::SupplementCheck:
            case Screen::SupplementReceipt: detail::backSupplement(s, ctx); break;
            default: detail::backFiling(s, ctx); break;
        }
    }
    void operator()(const act::AddRepeat& a) {
        if (const forms::Page* page = currentPage(a.pageId); page != nullptr && page->repeat) {
            forms::setRepeatCount(*page, s.answers, forms::repeatCount(*page, s.answers) + 1);
            s.errors.clear();
        }
    }
    void operator()(const act::RemoveRepeat& a) {
        if (const forms::Page* page = currentPage(a.pageId); page != nullptr && page->repeat) {
            forms::removeRepeatInstance(*page, s.answers, a.index);
            removeRepeatPages(*page, s.documentPages, a.index);
            recompute();
            s.errors.clear();
        }
    }
    void operator()(const act::EditPage& a) {
        if (s.screen != Screen::CheckAnswers || s.service == nullptr || a.pageIndex < 0 ||
            a.pageIndex >= static_cast<int>(s.service->pages.size())) {
            return;
        }
        editAt(Screen::Page);
        s.pageIndex = a.pageIndex;
    }
    void operator()(const act::EditPreQuestions&) {
        if (s.screen == Screen::CheckAnswers) editAt(Screen::PreQuestions);
    }
    void operator()(const act::EditIdentity&) {
        if (s.screen == Screen::CheckAnswers) editAt(Screen::Identity);
    }
    void operator()(const act::ChooseDelivery& a) {
        if (s.screen == Screen::CheckAnswers && s.service != nullptr) detail::chooseDelivery(s, a.way);
    }
    void operator()(const act::GiveConsent&) {
        if (s.screen == Screen::Consent) detail::giveConsent(s);
    }
    void operator()(const act::RefuseConsent&) {
        if (s.screen == Screen::Consent) detail::refuseConsent(s);
    }
    void operator()(const act::Submit&) {
        if (s.screen == Screen::Send) detail::submitFiling(s, ctx);
    }
    // "Xong" on the receipt asks for a rating first; anywhere else (the thank-you) it ends.
    void operator()(const act::Finish&) {
        if (!detail::askRating(s, ctx)) endSession();
    }
    void operator()(const act::Rate& a) { detail::rate(s, ctx, a.score); }
    void operator()(const act::ToggleRatingReason& a) { detail::toggleRatingReason(s, ctx, a.id); }
    void operator()(const act::SendRating&) { detail::sendRating(s, ctx); }
    void operator()(const act::SkipRating&) {
        if (s.screen == Screen::Rating) endSession();
    }
    void operator()(const act::RatingTimeout&) {
        if (s.screen != Screen::Rating) return;
        detail::ratingTimedOut(s, ctx);
        endSession();
    }
    void operator()(const act::Timeout&) {
        detail::signOutStaff(s, ctx, "idle");
        endSession();
    }
    void operator()(const act::ExtendTime&) {}
    void operator()(const act::SetLanguage& a) {
        const auto& langs = s.config->kiosk.languages;
        if (a.lang == forms::Lang::Vi || std::find(langs.begin(), langs.end(), a.lang) != langs.end()) {
            s.lang = a.lang;
        }
    }
    void operator()(const act::SetTextScale& a) {
        // Only the three sizes the theme is designed for; anything else snaps to the nearest.
        s.display.textScale = *std::min_element(
            std::begin(kTextScales), std::end(kTextScales),
            [&](float x, float y) { return std::fabs(x - a.scale) < std::fabs(y - a.scale); });
    }
    void operator()(const act::ToggleHighContrast&) {
        s.display.highContrast = !s.display.highContrast;
    }
    void operator()(const act::OpenLookup&) {
        if (s.screen != Screen::Home) return;
        wipeLookup(s);
        s.screen = Screen::Lookup;
    }
    void operator()(const act::RunLookup&) {
        if (s.screen == Screen::Lookup && !s.lookupCode.empty()) detail::runLookup(s, ctx, effects);
    }
    void operator()(const act::ProveOwnership&) {
        if (s.screen == Screen::Lookup && s.lookupResult) detail::proveBySecret(s, ctx);
    }
    void operator()(const act::StartSupplement&) { detail::startSupplement(s, ctx); }
    void operator()(const act::SubmitSupplement&) { detail::submitSupplement(s, ctx); }
    void operator()(const act::PrintResult&) { detail::printResult(s, effects); }
    void operator()(const act::ResultPrinted& a) { detail::resultPrinted(s, ctx, a); }
    void operator()(const act::RefreshStatus&) { detail::askStatus(s, ctx, effects); }
    void operator()(const act::StatusRead& a) { detail::statusRead(s, a); }
    void operator()(const act::LookupAnswered& a) { detail::lookupAnswered(s, ctx, a); }
    void operator()(const act::PayAtDesk&) {
        if (s.screen != Screen::Receipt || !s.awaitingPayment) return;
        s.awaitingPayment = false;
        s.paymentDeferred = true;
    }
    void operator()(const act::ClaimTransfer&) {
        // Only the bank's confirmation (through the status cache) moves the screen on; the
        // claim just looks at once instead of at the next timed refresh.
        if (!awaitsPayment(s)) return;
        s.transferClaimed = true;
        detail::askStatus(s, ctx, effects);
    }
    void operator()(const act::RequestPayment&) {
        if (s.screen == Screen::Receipt && s.awaitingPayment) detail::requestPayment(s, ctx);
    }
    void operator()(const act::OpenQueue&) {
        if (s.screen == Screen::Home) detail::openQueue(s);
    }
    void operator()(const act::TakeTicket& a) { detail::takeTicket(s, a.group, effects); }
    void operator()(const act::TicketArrived& a) { detail::ticketArrived(s, a, effects); }
    void operator()(const act::OpenHelp&) {
        if (s.screen == Screen::Home) s.screen = Screen::Help;
    }
    void operator()(const act::CallStaff&) { detail::callStaff(s, ctx); }
    void operator()(const act::CloseHelpNotice&) {
        if (s.helpCall) s.helpCall->noticeShown = false;
    }
    void operator()(const act::OpenStaff&) {
        if (staffEntranceOpen(s)) detail::openStaff(s, ctx);
    }
    void operator()(const act::UnlockStaff&) {
        if (s.screen == Screen::Staff && detail::unlockStaff(s, ctx)) ask(fx::CheckStaffPin{});
    }
    void operator()(const act::SignOutStaff&) {
        if (s.screen != Screen::Staff) return;
        detail::signOutStaff(s, ctx, "");
        detail::openStaff(s, ctx);
    }
    void operator()(const act::JoinSession&) { detail::joinSession(s, ctx); }
    void operator()(const act::LeaveSession&) { detail::leaveSession(s, ctx); }
    void operator()(const act::TypeIdentityByHand& a) { detail::typeIdentityByHand(s, ctx, a.reason); }
    void operator()(const act::MarkOriginalSeen& a) { detail::markOriginalSeen(s, ctx, a.key, a.seen); }
    void operator()(const act::StaffPinChecked& a) { detail::staffPinChecked(s, a, ctx); }

    void operator()(const act::Quit&) { wipeSession(s, s.config); }
    // Work outside the session, each on the screen it belongs to.
    // The card is read on the identity step, and on the look-up to prove a filing is the citizen's.
    bool readsCard() const { return s.screen == Screen::Identity || provingByCard(); }
    bool provingByCard() const { return s.screen == Screen::Lookup && s.lookupResult && !ownerProven(s); }
    void operator()(const act::TakeCardPicture&) {
        if (readsCard()) ask(fx::TakeCardPicture{});
    }
    void operator()(const act::ReadCardFront&) {
        if (readsCard()) ask(fx::ReadCardFront{});
    }
    void operator()(const act::ScanCardAgain&) {
        if (readsCard() || s.screen == Screen::Page) ask(fx::ForgetCard{});
    }
    void operator()(const act::TakePassportPicture& a) {
        if (detail::passportSlotOnScreen(s, a.key)) ask(fx::TakePassportPicture{});
    }
    void operator()(const act::TakeDocumentPage& a) {
        const bool supplementSlot = s.screen == Screen::Supplement && s.supplement && slotOfKey(*s.supplement, a.key);
        if ((s.screen == Screen::Page && !a.key.empty()) || supplementSlot) ask(fx::TakeDocumentPage{a.key});
    }
    // The filing's receipt, or the receipt of the supplement just stored.
    bool receiptOnScreen() const {
        const bool supplementStored = s.screen == Screen::SupplementReceipt && s.supplement &&
                                      !s.supplement->clientSupplementId.empty();
        return (s.screen == Screen::Receipt && !s.reference.empty()) || supplementStored;
    }
    void operator()(const act::PrintReceipt& a) {
        if (receiptOnScreen()) ask(fx::PrintReceipt{a.code});
    }
    void operator()(const act::KeepReceipt& a) {
        if (receiptOnScreen()) ask(fx::KeepReceipt{a.code});
    }
    void operator()(const act::ReadAloud& a) {
        if (!a.text.empty()) ask(fx::Speak{a.text, a.lang});
    }

    // No filing is in progress any more, so the newest config takes over.
    void endSession() {
        detail::signOutStaff(s, ctx, "");
        wipeSession(s, ctx.latestConfig ? ctx.latestConfig : s.config);
    }

    static void assign(std::string& target, const std::string& value) {
        secureWipe(target);
        target = value;
    }
    const forms::Page* currentPage(const std::string& pageId) const {
        if (s.screen != Screen::Page || s.service == nullptr) return nullptr;
        const auto& page = s.service->pages.at(static_cast<size_t>(s.pageIndex));
        return page.id == pageId ? &page : nullptr;
    }
    void editAt(Screen screen) {
        s.errors.clear();
        s.returnToCheck = true;
        s.screen = screen;
    }
};

}  // namespace

bool awaitsPayment(const Session& session) { return session.screen == Screen::Receipt && session.awaitingPayment; }

bool endsSession(const Action& action) {
    return std::holds_alternative<act::GoHome>(action) || std::holds_alternative<act::Finish>(action) ||
           std::holds_alternative<act::Timeout>(action) || std::holds_alternative<act::SkipRating>(action) ||
           std::holds_alternative<act::RatingTimeout>(action);
}

Effects apply(Session& session, const Action& action, const FlowContext& ctx) {
    const Screen screen = session.screen;
    const int page = session.pageIndex;
    const forms::Service* service = session.service;
    Effects asked;
    std::visit(Step{session, ctx, asked}, action);
    const bool moved = screen != session.screen || page != session.pageIndex || service != session.service;
    if (!moved && !endsSession(action)) return asked;
    Effects effects{fx::StopSpeech{}};
    if (moved) effects.insert(effects.end(), {fx::ForgetCard{}, fx::ForgetDocumentPage{}});
    for (auto& effect : asked) effects.push_back(std::move(effect));
    return effects;
}

}  // namespace kiosk::core
