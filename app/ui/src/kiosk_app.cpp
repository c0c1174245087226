#include "kiosk/ui/kiosk_app.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <imgui.h>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/core/rating.hpp"
#include "kiosk_app_impl.hpp"
#include "layout.hpp"

namespace kiosk::ui {
namespace {

constexpr size_t kMaxProblems = 20;
// The desk's intake is read from arm's length on a desk monitor, like the desk's own window but
// a little larger for the forms: 26 px at 1080 lines.
constexpr float kDeskIntakeFontPx = 26.0f;

const kiosk::Clock& defaultClock() {
    static const SystemClock clock;
    return clock;
}

}  // namespace

KioskApp::Impl::Impl(std::shared_ptr<const config::Config> config, core::FilingStore& filingStore)
    : latest(config),
      store(filingStore),
      clock(&defaultClock()),
      session(core::newSession(config)),
      idle(config->kiosk.idleTimeoutSeconds, config->kiosk.idleWarningSeconds) {}

// The limits come from the newest config every frame, so a reload applies without a
// restart, and the longer waiting timeout holds while the kiosk waits on something it asked
// for: a bank transfer for the fee, or the receipt still printing.
void KioskApp::Impl::updateIdleLimits(Clock::time_point now) {
    const auto& k = latest->kiosk;
    const bool printing = session.screen == core::Screen::Receipt &&
                          effects.receipts().stageFor(session.reference) == ReceiptDesk::Stage::Printing;
    // Someone waiting for the officer they called must not lose their answers meanwhile.
    const bool waiting = core::awaitsPayment(session) || printing || session.helpCall.has_value();
    idle.setLimits(waiting ? k.idleWaitingTimeoutSeconds : k.idleTimeoutSeconds, k.idleWarningSeconds, now);
}

float KioskApp::Impl::wantedFontPixels() const {
    ImVec2 display = ImGui::GetIO().DisplaySize;
    if (display.x <= 0 || display.y <= 0) {
        const auto& d = session.config->kiosk.display;
        display = ImVec2(static_cast<float>(d.width), static_cast<float>(d.height));
    }
    if (deskIntake) {
        const float lines = std::min(display.x, display.y);
        return std::round(kDeskIntakeFontPx * lines / kReferenceHeightPx * std::max(session.display.textScale, 1.0f));
    }
    return fontPixels(display, session.config->kiosk.theme.fontSizePx, session.display.textScale);
}

void KioskApp::Impl::resetUi() {
    ui.focus.reset();
    ui.pickerKey.clear();
    ui.pickerLevel = PickerLevel::None;
    ui.pickerFilter.clear();
    ui.pickerList.clear();
    ui.pickerTitle.clear();
    ui.restoreScrollFrames = 0;
    ui.flickVelocity = 0.0f;
    ui.scrollTo.clear();
    ui.scrollToFocus = false;
    ui.confirmLeave = false;
    ui.stroke.clear();
    ui.strokeKey.clear();
    ui.resetScroll = true;
    ui.openPage.reset();
    ui.retaking.reset();
    ui.keyCursor.clear();
    ui.keyPress.clear();
    ui.focusFirstBox = keysAtDesk();
}

void KioskApp::Impl::apply(const core::Action& action, Clock::time_point now) {
    settleFrames = 2;
    if (std::holds_alternative<core::act::Quit>(action)) quit = true;
    idle.noteActivity(now);
    const auto screen = session.screen;
    const int page = session.pageIndex;
    const auto* service = session.service;
    const std::string signedIn = session.staffOperator;
    const core::OwnerProof proofBefore = session.lookupProof;
    core::Effects needed = core::apply(session, action, flowContext());
    // Signing in or out turns the staff screen into another one (the PIN's box and keypad go).
    const bool moved = screen != session.screen || page != session.pageIndex || service != session.service ||
                       signedIn != session.staffOperator;
    const bool navigation = std::holds_alternative<core::act::Continue>(action) ||
                            std::holds_alternative<core::act::Back>(action);
    if (moved) {
        resetUi();
        ui.speakNow = ui.readAloud;  // once asked for, each new screen is read as it comes
    }
    // A look-up or a proof done: the keyboard goes, so that what was found is seen, not hidden
    // under the keys (seen at 1920x1080: the result and "In kết quả" below the keyboard).
    if (std::holds_alternative<core::act::RunLookup>(action) ||
        std::holds_alternative<core::act::ProveOwnership>(action)) {
        ui.focus.reset();
    }
    // A proof accepted (code or card) turns the look-up into the filing's details, read from the
    // top; the card panel the citizen last touched was at the bottom of the page.
    if (proofBefore == core::OwnerProof::None && session.lookupProof != core::OwnerProof::None) ui.resetScroll = true;
    if (core::endsSession(action)) endSession();
    effects.run(std::move(needed), session, now);
    if (deskIntake) deskIntakeSteps(action, now);
    // After Continue with errors the summary at the top must be seen first (GOV.UK).
    if (navigation) {
        ui.focus.reset();
        if (!session.errors.empty()) ui.resetScroll = true;
    }
}

// What the workers finished is taken now, before anything is drawn: a page taken joins its
// document slot, a ticket's number or a print's end is shown, a sign-in is answered.
void KioskApp::Impl::collectWork(Clock::time_point now) {
    for (auto& done : effects.collect(now, ui)) {
        if (done.kioskOwn) applyQuietly(done.action, now);
        else apply(done.action, now);
        // The session keeps its own copy of a page, a status, a look-up code.
        wipeFinished(done);
    }
    useDeskCardRead(now);
}

// What the desk's intake does by itself, for an officer who knows the procedure, with the
// citizen beside the desk: the service's page of information (written for citizens) is
// passed, either way (Back from the form goes on back to the catalogue), and the receipt is
// printed as soon as it is shown. The intake ends with its
// filing: "Xong" on the receipt goes back to the desk's list rather than to the satisfaction
// question (citizens rate at a kiosk), as leaving the catalogue or the idle timeout do; the
// session is wiped first either way.
void KioskApp::Impl::deskIntakeSteps(const core::Action& action, Clock::time_point now) {
    if (session.screen == core::Screen::ServiceInfo) {
        if (std::holds_alternative<core::act::Back>(action)) apply(core::act::Back{}, now);
        else apply(core::act::StartFiling{}, now);
    }
    if (session.screen == core::Screen::Receipt && !session.awaitingPayment &&
        !session.config->kiosk.printer.name.empty() &&
        effects.receipts().stageFor(session.reference) == ReceiptDesk::Stage::None) {
        apply(core::act::PrintReceipt{session.reference}, now);
    }
    if (session.screen == core::Screen::Rating) apply(core::act::GoHome{}, now);
    if (session.screen == core::Screen::Home) quit = true;
}

// At the desk a card read is used at once and the flow goes on to the applicant's page,
// which shows what the card gave for the officer to check (a read that leaves something
// missing keeps the identity step, with its errors, as "Tiếp tục" would).
void KioskApp::Impl::useDeskCardRead(Clock::time_point now) {
    capture::IdentityScan* scan = effects.scan();
    if (!deskIntake || scan == nullptr || session.screen != core::Screen::Identity ||
        scan->phase() != capture::IdentityScan::Phase::Review) {
        return;
    }
    apply(core::act::ApplyIdentity{scan->accept()}, now);
    apply(core::act::Continue{}, now);
}

KioskApp::KioskApp(std::shared_ptr<const config::Config> config, core::FilingStore& store)
    : m_impl(std::make_unique<Impl>(std::move(config), store)) {}

KioskApp::~KioskApp() = default;

void KioskApp::buildFonts() {
    ImGui::GetIO().IniFilename = nullptr;
    m_impl->fonts = ui::buildFonts(m_impl->wantedFontPixels());
}

bool KioskApp::fontsDirty() const {
    return m_impl->fonts.body == nullptr || m_impl->fonts.pixels != m_impl->wantedFontPixels();
}

void KioskApp::frame(Clock::time_point now) { m_impl->frame(now); }

std::optional<KioskApp::Clock::time_point> KioskApp::nextWakeup() const {
    if (m_impl->settleFrames > 0) return m_impl->lastNow;
    if (m_impl->ui.flickVelocity != 0.0f) return m_impl->lastNow;  // a flick still moving the page
    // At the desk a box still to take the keyboard (a new page's, a list's filter) takes it, and
    // shows its focus mark, now, not at the next key or mouse move.
    if (m_impl->ui.focusFirstBox || !m_impl->ui.keyPress.empty()) return m_impl->lastNow;
    // While a page is processed or a card read, its progress bar moves: about ten frames a
    // second. The result itself wakes the runner (setWake), not these frames.
    if (m_impl->effects.busy()) return m_impl->lastNow + std::chrono::milliseconds(100);
    auto wake = m_impl->idle.nextWakeup(m_impl->lastNow, m_impl->session.inUse());
    if (const auto status = m_impl->statusWakeup()) wake = wake ? std::min(*wake, *status) : *status;
    // The rating screen counts its seconds down, and closes at its deadline.
    if (const auto rating = core::ratingDeadline(m_impl->session)) {
        const auto tick = std::min(*rating, m_impl->lastNow + std::chrono::seconds(1));
        wake = wake ? std::min(*wake, tick) : tick;
    }
    if (const auto lockout = m_impl->lockoutWakeup()) wake = wake ? std::min(*wake, *lockout) : *lockout;
    if (m_impl->preview.streaming()) {
        const auto frame = m_impl->lastNow + m_impl->preview.redrawAfter();
        wake = wake ? std::min(*wake, frame) : frame;
    }
    return wake;
}

void KioskApp::setClock(const kiosk::Clock& clock) { m_impl->clock = &clock; }

const kiosk::Clock& KioskApp::clock() const { return *m_impl->clock; }

void KioskApp::setWake(std::function<void()> wake) { m_impl->effects.setWake(std::move(wake)); }

void KioskApp::noteActivity(Clock::time_point now) {
    // While the warning is up a touch must reach its buttons: if any touch restarted the timer,
    // the warning would vanish under the finger and "Tôi dùng xong" could never be pressed.
    // Its "more time" button restarts the timer through the action it returns.
    if (!m_impl->warningShown) m_impl->idle.noteActivity(now);
}

void KioskApp::noteEnter() {
    if (m_impl->keysAtDesk()) m_impl->deskEnter = true;
    else m_impl->keys.noteEnter();
}

void KioskApp::openAsDeskIntake(std::string officer) {
    auto& impl = *m_impl;
    impl.deskIntake = true;
    impl.deskOfficer = std::move(officer);
    impl.ui.deskKeys = true;
    impl.apply(core::act::OpenCatalogue{}, impl.clock->steadyNow());
}

void KioskApp::replaceConfig(std::shared_ptr<const config::Config> config) {
    m_impl->latest = std::move(config);
    m_impl->problems.clear();
    // A citizen mid-filing keeps the config they started with; an idle kiosk switches now.
    // Its idle limits apply to either from the next frame.
    if (!m_impl->session.inUse()) m_impl->session = core::newSession(m_impl->latest);
}

void KioskApp::reportConfigProblem(std::string summary) {
    auto& problems = m_impl->problems;
    if (problems.size() >= kMaxProblems) problems.erase(problems.begin());
    problems.push_back(std::move(summary));
}

bool KioskApp::quitRequested() const { return m_impl->quit; }

void KioskApp::setStaffDirectory(core::StaffDirectory* directory) {
    m_impl->staffDirectory = directory;
    m_impl->effects.setStaffDirectory(directory);
}
void KioskApp::setAuditLog(core::AuditLog* audit) { m_impl->audit = audit; }
void KioskApp::setStaffLockout(core::StaffLockout lockout) { m_impl->staffLockout = std::move(lockout); }

void KioskApp::setNotEnrolled(bool notEnrolled) { m_impl->notEnrolled = notEnrolled; }

KioskApp::Reading KioskApp::readAloud() const { return m_impl->currentReading(); }

KioskApp::Reading KioskApp::lastSaid() const { return m_impl->lastSaid; }

void KioskApp::setStatusSource(core::StatusSource* source) {
    m_impl->statusSource = source;
    m_impl->effects.setStatusSource(source);
}

bool KioskApp::waitForStatus(std::chrono::milliseconds timeout) { return m_impl->effects.waitForStatus(timeout); }

void KioskApp::noteStatusChanged() { m_impl->statusChanged = true; }

void KioskApp::setPreviewTexture(StreamTexture* texture) { m_impl->preview.setTexture(texture); }

void KioskApp::setPageTextures(std::function<std::unique_ptr<StreamTexture>()> maker) {
    m_impl->pageImages.setTextureMaker(std::move(maker));
}

bool KioskApp::previewStreaming() const {
    const capture::PreviewStream* stream = m_impl->effects.scan() ? m_impl->effects.scan()->preview() : nullptr;
    return stream && !stream->stopped();
}

void KioskApp::setKeyClick(std::function<void()> click) { m_impl->keyClick = std::move(click); }

void KioskApp::setQueueTickets(core::QueueTicketSource* source) { m_impl->effects.setTicketSource(source); }
void KioskApp::setResultDocuments(core::ResultDocuments* source) { m_impl->effects.setResultDocuments(source); }

void KioskApp::setReceiptPrinter(std::unique_ptr<receipt::Printer> printer) {
    m_impl->effects.setPrinter(std::move(printer));
}

void KioskApp::setResultPrinter(std::unique_ptr<receipt::Printer> printer) {
    m_impl->effects.setResultPrinter(std::move(printer));
}

const WidgetRegistry& KioskApp::widgets() const { return m_impl->registry; }

const core::Session& KioskApp::session() const { return m_impl->session; }

}  // namespace kiosk::ui
