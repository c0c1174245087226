#pragma once
// The kiosk as data: one citizen's session, from the home screen to the receipt.
// It holds the config it started with, so a reload mid-session never pulls the form away.
#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kiosk/config/config.hpp"
#include "kiosk/core/document_pages.hpp"
#include "kiosk/core/filing_status.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/core/ownership.hpp"
#include "kiosk/core/queue_ticket.hpp"
#include "kiosk/core/receipt.hpp"
#include "kiosk/core/result_print.hpp"
#include "kiosk/core/supplement.hpp"
#include "kiosk/forms/answers.hpp"
#include "kiosk/forms/validation.hpp"
#include "scanners/identity.hpp"

namespace kiosk::core {

enum class Screen {
    Home,
    Catalogue,
    ServiceInfo,
    PreQuestions,
    Identity,
    Page,
    CheckAnswers,
    Consent,
    Send,     // the last look before sending, with the fee when one is due
    Receipt,  // the "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", after sending
    Rating,   // "Bạn có hài lòng không?": after the receipt, at most 30 s, skippable
    Lookup,
    // "Bổ sung hồ sơ" from the look-up (supplement.hpp): scan into the requested slots, check,
    // then the "Giấy tiếp nhận bổ sung hồ sơ" with where its delivery stands.
    Supplement,
    SupplementCheck,
    SupplementReceipt,
    Queue,  // "Lấy số thứ tự": the desk's groups, then the ticket
    Help,
    Staff,
};

// The satisfaction question after a receipt: the faces, then (for 3 or less) the reasons,
// then a thank-you. It ends by itself kRatingSeconds after the last touch.
enum class RatingStep { Faces, Reasons, Thanks };

struct RatingAsk {
    RatingMoment moment = RatingMoment::Receipt;
    std::string reference;  // the filing rated: the one just filed, or the one whose result was handed over
    RatingStep step = RatingStep::Faces;
    int score = 0;
    std::vector<std::string> reasons;  // ids of kiosk.toml [rating] reasons ticked
    bool storeFailed = false;          // the outbox refused it: the thank-you says it was not kept
    std::chrono::steady_clock::time_point deadline;
};

inline constexpr std::chrono::seconds kRatingSeconds{30};
inline constexpr std::chrono::seconds kRatingThanksSeconds{5};

// "Lấy số thứ tự": the citizen chooses a group, the kiosk takes a number (on a worker), then
// shows the ticket (and prints it when there is a printer).
enum class QueueStage { Choosing, Taking, Shown, Failed };

struct QueueVisit {
    QueueStage stage = QueueStage::Choosing;
    std::string group;                  // the kiosk.toml [queue] group asked for
    std::optional<QueueTicket> ticket;  // once it came
};

// Why the staff screen did not sign someone in. A wrong PIN and an unknown operator id read
// the same on screen, so the keypad does not tell a guesser which operator ids exist.
enum class StaffRefusal {
    None,
    WrongPin,     // the operator id and PIN do not match a staff member
    Unavailable,  // the staff list could not be read; nothing was counted
};

// "Gọi cán bộ hỗ trợ": the call this citizen raised, kept (on screen only) until the session
// ends. The outbox holds the call itself; nothing of it is shown to the next citizen.
struct HelpCall {
    bool stored = false;      // the outbox kept it; false: it could not, and the notice says so
    bool noticeShown = true;  // the calm notice is over the screen until the citizen closes it
};

// How the citizen asked to see the screen; reset when the session ends.
struct DisplayPrefs {
    float textScale = 1.0f;  // 1.0, 1.25 or 1.5
    bool highContrast = false;
    bool operator==(const DisplayPrefs&) const = default;
};

struct Session {
    std::shared_ptr<const config::Config> config;
    forms::Lang lang = forms::Lang::Vi;
    DisplayPrefs display;
    Screen screen = Screen::Home;

    std::string category;  // catalogue filter; empty shows every category
    std::string search;    // catalogue search text

    const forms::Service* service = nullptr;  // points into *config
    forms::Text routeReason;                  // why the pre-questions chose this service
    forms::Answers answers;
    forms::Answers identityInput;             // the identity step's boxes (identity_input.hpp)
    scanners::Identity identity;
    DocumentPages documentPages;              // pages scanned into Document fields, by answer key
    int pageIndex = 0;                        // into service->pages while screen == Page
    bool returnToCheck = false;               // an edit from check answers: Continue goes back
    // How the result will be received, chosen on check answers (the service's default until
    // then), and the postal address for post: pre-filled from the card, personal data.
    forms::ResultDelivery delivery = forms::ResultDelivery::Desk;
    std::string postAddress;
    bool consentGiven = false;
    bool consentRefused = false;
    std::vector<forms::FieldError> errors;    // shown only after Continue (GOV.UK)
    bool submitFailed = false;
    std::string reference;                    // the local reference once the filing is stored
    Receipt receipt;                          // the receipt's content, kept after the answers go
    bool awaitingPayment = false;             // a fee is due: the receipt shows the VietQR first
    bool paymentDeferred = false;             // the citizen chose to pay at the desk instead
    bool transferClaimed = false;             // "Tôi đã chuyển khoản xong": waiting for the bank
    std::optional<FilingStatus> filingStatus; // the status cache's view of `reference`, refreshed
    std::optional<RatingAsk> rating;          // while screen == Rating

    std::string lookupCode;  // the mã hồ sơ typed (or the receipt's QR scanned)
    bool lookupAsked = false;
    bool lookupUnavailable = false;           // this kiosk has no status cache to look in
    bool lookupAmbiguous = false;             // a short form that more than one filing ends with
    // What the last look-up found: only the status word and the due date until the owner is
    // proven (ownership.hpp), everything the kiosk knows after.
    std::optional<FilingStatus> lookupResult;
    std::string lookupSecret;  // the look-up code typed to prove ownership
    OwnerProof lookupProof = OwnerProof::None;
    ProofRefusal lookupRefusal = ProofRefusal::None;
    std::chrono::seconds lookupWait{};  // the kiosk checks no code for this long (throttle)
    // "In kết quả" (result_print.hpp): printing now, and how the last print of it ended.
    bool resultPrinting = false;
    std::optional<ResultPrintOutcome> resultPrinted;
    std::string resultPrintMessage;  // the printer's error, plain Vietnamese, no personal data
    // The supplement being added to the filing found (its pages are in documentPages).
    std::optional<SupplementDraft> supplement;

    QueueVisit queue;  // while screen == Queue

    std::optional<HelpCall> helpCall;  // once "Gọi cán bộ hỗ trợ" was pressed

    // Staff sign-in (docs/staff.md): the operator id and PIN typed on the staff screen, who is
    // signed in (empty: nobody), whether the PIN is being checked on the sign-in worker, and
    // what the last attempt came to.
    std::string staffOperatorInput;
    std::string staffPinInput;
    std::string staffOperator;
    bool staffChecking = false;
    StaffRefusal staffRefusal = StaffRefusal::None;
    // Too many wrong PINs: the keypad refuses PINs until then, and the screen counts down to it.
    std::chrono::local_seconds staffLockedUntil{};
    // The screen of the citizen's filing the staff screen was opened over (Home: none); Back
    // and "Hỗ trợ công dân" return there with every answer kept.
    Screen staffReturn = Screen::Home;
    // The signed-in staff member helping this citizen (docs/staff.md "Helping a citizen at the
    // kiosk"): every screen says so, and the filing goes as kiosk_assisted; empty: nobody.
    std::string assistedBy;
    // What the helper did for this filing (core/assist.hpp), gone when they leave or the filing
    // goes: why they typed the identity by hand (empty: not said), whether a card read filled the
    // identity step, and the document fields (answer keys) whose original they saw at the kiosk.
    std::string typedIdentityReason;
    bool identityFromCard = false;
    std::set<std::string> originalsSeen;

    // True when anything differs from a fresh session: then the idle timer runs.
    bool inUse() const;
};

// The screen's name as the kiosk reports it with a help call (portal-api.md §4.15): 1-32 of
// a-z and '_', e.g. "form_page". Nothing about what the citizen typed.
const char* screenName(Screen screen);

// A fresh session on `config`: its first language, its theme's text size and contrast.
Session newSession(std::shared_ptr<const config::Config> config);

// Wipes every personal value (answers, identity, typed codes) with kiosk::secureWipe and leaves
// a fresh session on `next`.
void wipeSession(Session& session, std::shared_ptr<const config::Config> next);

// Wipes the answers and the identity (typed and scanned); the rest of the session stays.
void wipePersonalData(Session& session);

// Wipes the look-up (codes typed, what was found, the proof, a supplement and its pages) and
// leaves the look-up screen empty.
void wipeLookup(Session& session);

// Wipes the supplement being added (its scanned pages first) and forgets it.
void wipeSupplement(Session& session);

// Wipes the filing in progress (answers, identity, service) but keeps language and display.
void wipeFiling(Session& session);

// What the form engine needs to validate the session's service; requires session.service.
forms::ValidationContext validationContext(const Session& session,
                                           std::chrono::year_month_day today);

// A locale string in both languages, for messages core itself produces.
forms::Text localText(const config::Config& config, const std::string& key);

}  // namespace kiosk::core
