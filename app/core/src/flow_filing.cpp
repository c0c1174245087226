#include <algorithm>
#include <limits>
#include <utility>

#include "flow_steps.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/core/filing_prepare.hpp"
#include "kiosk/core/identity_input.hpp"
#include "kiosk/core/navigation.hpp"
#include "kiosk/core/result_delivery.hpp"
#include "kiosk/forms/form_schema.hpp"
#include "kiosk/forms/prefill.hpp"

namespace kiosk::core::detail {
namespace {

// The pre-questions chose another procedure: its service page explains why. Answers to
// pre-questions the new service also asks are kept; everything else belonged to the old one.
void switchService(Session& s, const forms::Service& target, const forms::Text& reason) {
    forms::Answers kept;
    for (const auto& field : target.preQuestions) {
        if (const auto it = s.answers.find(field.id); it != s.answers.end()) {
            forms::setAnswer(kept, field.id, it->second);
        }
    }
    secureWipe(s.answers);
    s.answers = std::move(kept);
    s.service = &target;
    s.delivery = target.resultDelivery.defaultWay();
    s.routeReason = reason;
    s.returnToCheck = false;
    s.pageIndex = 0;
    s.screen = Screen::ServiceInfo;
}

// The postal address for a result sent by post starts as the card's (or the typed) place of
// residence; once the citizen has one, a later identity edit leaves it alone.
void prefillPostAddress(Session& s) {
    const auto address = s.identityInput.find(std::string(identityKey(IdentityPart::Address)));
    if (s.postAddress.empty() && address != s.identityInput.end()) {
        s.postAddress = text::truncateCodepoints(address->second, kPostAddressMaxChars);
    }
}

void goToFirstPage(Session& s, const forms::ValidationContext& vctx) {
    if (const auto first = nextVisiblePage(vctx, s.answers, -1)) {
        s.screen = Screen::Page;
        s.pageIndex = *first;
    } else {
        s.screen = Screen::CheckAnswers;
    }
}

// After an edit from check answers: back there, unless the change made new questions appear
// that still need answers (GOV.UK: ask those first).
void returnToCheckAnswers(Session& s, const FlowContext& ctx, Screen leaving) {
    const auto vctx = validationContext(s, ctx.clock.today());
    forms::applyComputed(vctx, s.answers);
    auto errors = forms::validateService(vctx, s.answers);
    if (errors.empty()) {
        s.returnToCheck = false;
        s.screen = Screen::CheckAnswers;
        return;
    }
    const int leftPage = s.pageIndex;
    goToErrors(s, errors, false);
    // Never send someone back to the page they just finished without saying why.
    if (s.screen == leaving && (leaving != Screen::Page || s.pageIndex == leftPage)) {
        goToErrors(s, std::move(errors), true);
    }
}

void continuePreQuestions(Session& s, const FlowContext& ctx) {
    const auto vctx = validationContext(s, ctx.clock.today());
    auto errors = forms::validatePage(vctx, preQuestionPage(*s.service), s.answers);
    if (!errors.empty()) {
        s.errors = std::move(errors);
        return;
    }
    if (const forms::Route* route = chosenRoute(*s.service, s.answers, ctx.clock.today())) {
        const forms::Service* target = s.config->findService(route->service);
        if (target != nullptr && target != s.service) {
            switchService(s, *target, route->reason);
            return;
        }
    }
    if (s.returnToCheck) returnToCheckAnswers(s, ctx, Screen::PreQuestions);
    else s.screen = Screen::Identity;
}

void continueIdentity(Session& s, const FlowContext& ctx) {
    auto errors = identityErrors(s, ctx);
    if (!errors.empty()) {
        s.errors = std::move(errors);
        return;
    }
    const bool changed = updateIdentityFromInput(s.identityInput, s.identity);
    prefillPostAddress(s);
    forms::prefillFromIdentity(*s.service, s.identity, s.config->units, s.answers, changed, &s.config->sharedChoices);
    forms::applyDefaults(*s.service, s.answers);
    const auto vctx = validationContext(s, ctx.clock.today());
    forms::applyComputed(vctx, s.answers);
    if (s.returnToCheck) returnToCheckAnswers(s, ctx, Screen::Identity);
    else goToFirstPage(s, vctx);
}

void continuePage(Session& s, const FlowContext& ctx) {
    const auto vctx = validationContext(s, ctx.clock.today());
    forms::applyComputed(vctx, s.answers);
    const auto& page = s.service->pages.at(static_cast<size_t>(s.pageIndex));
    auto errors = forms::validatePage(vctx, page, s.answers);
    if (!errors.empty()) {
        s.errors = std::move(errors);
        return;
    }
    if (s.returnToCheck) {
        returnToCheckAnswers(s, ctx, Screen::Page);
    } else if (const auto next = nextVisiblePage(vctx, s.answers, s.pageIndex)) {
        s.pageIndex = *next;
        forms::prefillPage(*s.service, s.service->pages.at(static_cast<size_t>(*next)), s.identity,
                           s.config->units, s.answers, &s.config->sharedChoices);
    } else {
        s.screen = Screen::CheckAnswers;
    }
}

void continueCheckAnswers(Session& s, const FlowContext& ctx) {
    const auto vctx = validationContext(s, ctx.clock.today());
    forms::applyComputed(vctx, s.answers);
    auto errors = forms::validateService(vctx, s.answers);
    if (!errors.empty()) {
        s.returnToCheck = true;
        goToErrors(s, std::move(errors), true);
        return;
    }
    if (auto error = deliveryError(s)) {
        s.errors = {std::move(*error)};
        return;
    }
    s.consentRefused = false;
    s.screen = Screen::Consent;
}

}  // namespace

void goToErrors(Session& s, std::vector<forms::FieldError> errors, bool show) {
    const forms::FormSchema schema(*s.service);
    const forms::Page* page = schema.pageOf(errors.front().fieldId);
    std::erase_if(errors, [&](const forms::FieldError& e) { return schema.pageOf(e.fieldId) != page; });
    if (page == nullptr) {
        s.screen = Screen::PreQuestions;
    } else {
        s.screen = Screen::Page;
        s.pageIndex = static_cast<int>(page - s.service->pages.data());
    }
    if (show) s.errors = std::move(errors);
    else s.errors.clear();
}

void dropFixedErrors(Session& s, const FlowContext& ctx) {
    if (s.errors.empty() || s.service == nullptr) return;
    std::vector<forms::FieldError> still;
    const auto vctx = validationContext(s, ctx.clock.today());
    switch (s.screen) {
        case Screen::PreQuestions: still = forms::validatePage(vctx, preQuestionPage(*s.service), s.answers); break;
        case Screen::Identity: still = identityErrors(s, ctx); break;
        case Screen::Page:
            still = forms::validatePage(vctx, s.service->pages.at(static_cast<size_t>(s.pageIndex)), s.answers);
            break;
        default: return;
    }
    std::erase_if(s.errors, [&](const forms::FieldError& e) {
        return std::none_of(still.begin(), still.end(), [&](const forms::FieldError& x) { return x.key == e.key; });
    });
}

void copyAddress(Session& s, const std::string& from, const std::string& to) {
    for (const char* part : {".province", ".commune", ".street"}) {
        const auto it = s.answers.find(from + part);
        forms::setAnswer(s.answers, to + part, it == s.answers.end() ? std::string() : it->second);
    }
}

void chooseDelivery(Session& s, forms::ResultDelivery way) {
    if (!s.service->resultDelivery.allows(way)) return;
    s.delivery = way;
    s.errors.clear();
}

void continueFiling(Session& s, const FlowContext& ctx) {
    if (s.service == nullptr) return;
    // Each step re-validates; messages from an earlier attempt must not linger.
    s.errors.clear();
    switch (s.screen) {
        case Screen::PreQuestions: continuePreQuestions(s, ctx); break;
        case Screen::Identity: continueIdentity(s, ctx); break;
        case Screen::Page: continuePage(s, ctx); break;
        case Screen::CheckAnswers: continueCheckAnswers(s, ctx); break;
        default: break;
    }
}

void backFiling(Session& s, const FlowContext& ctx) {
    if (s.service == nullptr) return;
    const bool hasPre = !s.service->preQuestions.empty();
    const auto vctx = validationContext(s, ctx.clock.today());
    auto toCheck = [&] {
        s.returnToCheck = false;
        s.screen = Screen::CheckAnswers;
    };
    auto toPageBefore = [&](int index) {
        if (const auto prev = previousVisiblePage(vctx, s.answers, index)) {
            s.screen = Screen::Page;
            s.pageIndex = *prev;
        } else {
            s.screen = Screen::Identity;
        }
    };
    switch (s.screen) {
        case Screen::PreQuestions:
            if (s.returnToCheck) toCheck();
            else s.screen = Screen::ServiceInfo;
            break;
        case Screen::Identity:
            if (s.returnToCheck) toCheck();
            else s.screen = hasPre ? Screen::PreQuestions : Screen::ServiceInfo;
            break;
        case Screen::Page:
            if (s.returnToCheck) toCheck();
            else toPageBefore(s.pageIndex);
            break;
        case Screen::CheckAnswers: toPageBefore(std::numeric_limits<int>::max()); break;
        case Screen::Consent:
            s.consentRefused = false;
            s.screen = Screen::CheckAnswers;
            break;
        case Screen::Send: s.screen = Screen::Consent; break;
        default: break;
    }
}

}  // namespace kiosk::core::detail
