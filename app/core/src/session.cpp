#include "kiosk/core/session.hpp"

#include <utility>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::core {
namespace {

DisplayPrefs defaultDisplay(const config::Config* config) {
    DisplayPrefs prefs;
    if (config != nullptr) {
        prefs.textScale = config->kiosk.theme.textScale;
        prefs.highContrast = config->kiosk.theme.highContrast;
    }
    return prefs;
}

forms::Lang defaultLang(const config::Config* config) {
    if (config == nullptr || config->kiosk.languages.empty()) return forms::Lang::Vi;
    return config->kiosk.languages.front();
}

void wipeIdentity(scanners::Identity& identity) {
    for (auto* field : {&identity.idNumber, &identity.oldId, &identity.fullName, &identity.dob,
                        &identity.sex, &identity.nationality, &identity.address,
                        &identity.issueDate, &identity.expiryDate}) {
        secureWipe(field->value);
    }
    identity = scanners::Identity{};
}

}  // namespace

bool Session::inUse() const {
    const config::Config* cfg = config.get();
    return screen != Screen::Home || lang != defaultLang(cfg) || display != defaultDisplay(cfg) || service != nullptr ||
           !answers.empty() || !identityInput.empty() || !assistedBy.empty() || helpCall.has_value();
}

const char* screenName(Screen screen) {
    switch (screen) {
        case Screen::Home: return "home";
        case Screen::Catalogue: return "catalogue";
        case Screen::ServiceInfo: return "service_info";
        case Screen::PreQuestions: return "pre_questions";
        case Screen::Identity: return "identity";
        case Screen::Page: return "form_page";
        case Screen::CheckAnswers: return "check_answers";
        case Screen::Consent: return "consent";
        case Screen::Send: return "send";
        case Screen::Receipt: return "receipt";
        case Screen::Rating: return "rating";
        case Screen::Lookup: return "lookup";
        case Screen::Supplement: return "supplement";
        case Screen::SupplementCheck: return "supplement_check";
        case Screen::SupplementReceipt: return "supplement_receipt";
        case Screen::Queue: return "queue";
        case Screen::Help: return "help";
        case Screen::Staff: return "staff";
    }
    return "unknown";
}

Session newSession(std::shared_ptr<const config::Config> config) {
    Session session;
    session.lang = defaultLang(config.get());
    session.display = defaultDisplay(config.get());
    session.config = std::move(config);
    return session;
}

void wipePersonalData(Session& session) {
    secureWipe(session.answers);
    secureWipe(session.identityInput);
    wipeIdentity(session.identity);
    wipeDocumentPages(session.documentPages);
    secureWipe(session.postAddress);
}

void wipeFiling(Session& session) {
    wipePersonalData(session);
    session.typedIdentityReason.clear();
    session.identityFromCard = false;
    session.originalsSeen.clear();
    session.service = nullptr;
    session.routeReason = {};
    session.pageIndex = 0;
    session.returnToCheck = false;
    session.delivery = forms::ResultDelivery::Desk;
    session.consentGiven = false;
    session.consentRefused = false;
    session.errors.clear();
    session.submitFailed = false;
    secureWipe(session.reference);
    secureWipe(session.receipt.applicantName);
    session.receipt = Receipt{};
    session.awaitingPayment = false;
    session.paymentDeferred = false;
    session.transferClaimed = false;
    if (session.filingStatus) {
        secureWipe(session.filingStatus->note);
        secureWipe(session.filingStatus->lookupSecret);
    }
    session.filingStatus.reset();
    session.rating.reset();
}

void wipeLookup(Session& session) {
    secureWipe(session.lookupCode);
    secureWipe(session.lookupSecret);
    if (session.lookupResult) {
        secureWipe(session.lookupResult->note);
        secureWipe(session.lookupResult->lookupSecret);
        for (auto& step : session.lookupResult->history) secureWipe(step.note);
    }
    session.lookupResult.reset();
    wipeSupplement(session);
    session.lookupAsked = false;
    session.lookupUnavailable = false;
    session.lookupAmbiguous = false;
    session.lookupProof = OwnerProof::None;
    session.lookupRefusal = ProofRefusal::None;
    session.lookupWait = {};
    session.resultPrinting = false;
    session.resultPrinted.reset();
    session.resultPrintMessage.clear();
}

void wipeSupplement(Session& session) {
    if (!session.supplement) return;
    secureWipe(session.supplement->lookupSecret);
    for (const auto& slot : session.supplement->slots) {
        if (auto it = session.documentPages.find(slot.key); it != session.documentPages.end()) {
            for (auto& page : it->second) secureWipe(page.jpeg);
            session.documentPages.erase(it);
        }
    }
    session.supplement.reset();
}

void wipeSession(Session& session, std::shared_ptr<const config::Config> next) {
    wipeFiling(session);
    secureWipe(session.search);
    wipeLookup(session);
    secureWipe(session.staffOperatorInput);
    secureWipe(session.staffPinInput);
    session = newSession(std::move(next));
}

forms::ValidationContext validationContext(const Session& session,
                                           std::chrono::year_month_day today) {
    return forms::ValidationContext{*session.service, session.config->units, today,
                                    &session.config->sharedChoices};
}

forms::Text localText(const config::Config& config, const std::string& key) {
    return forms::Text{config.locales.get(key, forms::Lang::Vi),
                       config.locales.get(key, forms::Lang::En)};
}

}  // namespace kiosk::core
