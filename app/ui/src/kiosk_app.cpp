#include "kiosk/ui/kiosk_app.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <utility>
#include <vector>

#include <imgui.h>

#include "desk/desk_keys.hpp"
#include "effect_runner.hpp"
#include "keyboard_input.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/base/text.hpp"
#include "kiosk/capture/identity_scan.hpp"
#include "kiosk/core/flow.hpp"
#include "kiosk/core/idle_policy.hpp"
#include "kiosk/core/rating.hpp"
#include "kiosk/ui/fonts.hpp"
#include "kiosk/ui/read_aloud.hpp"
#include "kiosk/ui/widgets/composer.hpp"
#include "kiosk/ui/widgets/keyboard.hpp"
#include "layout.hpp"
#include "page_images.hpp"
#include "preview_view.hpp"
#include "screens/screens.hpp"
#include "widgets/form_inputs.hpp"

namespace kiosk::ui {
namespace {

constexpr size_t kMaxProblems = 20;
// The desk's intake is read from arm's length on a desk monitor, like the desk's own window but
// a little larger for the forms: 26 px at 1080 lines.
constexpr float kDeskIntakeFontPx = 26.0f;
// How often the receipt re-reads the local status cache while it waits for the mã hồ sơ or
// the fee, when no one said it changed (noteStatusChanged): a local SQLite read, about as often
// as kiosk-sync polls a payment.
constexpr auto kStatusRefresh = std::chrono::seconds(2);

const kiosk::Clock& defaultClock() {
    static const SystemClock clock;
    return clock;
}

}  // namespace

struct KioskApp::Impl {
    Impl(std::shared_ptr<const config::Config> config, core::FilingStore& filingStore)
        : latest(config),
          store(filingStore),
          session(core::newSession(config)),
          idle(config->kiosk.idleTimeoutSeconds, config->kiosk.idleWarningSeconds) {}

    // The limits come from the newest config every frame, so a reload applies without a
    // restart, and the longer waiting timeout holds while the kiosk waits on something it asked
    // for: a bank transfer for the fee, or the receipt still printing.
    void updateIdleLimits(Clock::time_point now) {
        const auto& k = latest->kiosk;
        const bool printing = session.screen == core::Screen::Receipt &&
                              effects.receipts().stageFor(session.reference) == ReceiptDesk::Stage::Printing;
        // Someone waiting for the officer they called must not lose their answers meanwhile.
        const bool waiting = core::awaitsPayment(session) || printing || session.helpCall.has_value();
        idle.setLimits(waiting ? k.idleWaitingTimeoutSeconds : k.idleTimeoutSeconds, k.idleWarningSeconds, now);
    }

    // What the UI holds for a citizen goes with the session: read-aloud, the keyboard's shift
    // and caps, a half-typed composition, an open list (the speech still playing stops by the
    // effect core::apply returns).
    void endSession() {
        ui = UiState{};
        ui.deskKeys = deskIntake;
        keys.reset();
    }

    std::shared_ptr<const config::Config> latest;
    core::FilingStore& store;
    const kiosk::Clock* clock = &defaultClock();
    core::Session session;
    core::IdlePolicy idle;
    UiState ui;
    WidgetRegistry registry;
    Fonts fonts;
    KeyboardInput keys{session.config->kiosk.input};
    std::vector<std::string> problems;
    core::StaffLockout staffLockout;
    core::LookupThrottle lookupThrottle;  // kiosk-wide: outlives every session
    core::StaffDirectory* staffDirectory = nullptr;
    core::AuditLog* audit = nullptr;
    Clock::time_point lastNow{};
    bool warningShown = false;  // the last frame showed the idle warning
    bool notEnrolled = false;   // setNotEnrolled
    // Frames still to draw after an action without waiting for input: ImGui applies a reset
    // scroll or a new layout a frame late, and the screen must not stay on the half-done one.
    int settleFrames = 0;
    Reading lastSaid;           // what the speaker was last asked to read
    bool quit = false;
    bool deskIntake = false;  // openAsDeskIntake
    bool deskEnter = false;   // an Enter noted outside ImGui's queue, for the desk's keys
    core::StatusSource* statusSource = nullptr;
    std::function<void()> keyClick;
    Clock::time_point lastStatusRefresh{};
    std::atomic<bool> statusChanged{false};  // noteStatusChanged, from the watcher's thread
    // Every worker the UI uses (card, page, printer, speech), reached only through effects.
    EffectRunner effects{latest->kiosk, store};
    PreviewView preview;
    PageImages pageImages;

    float wantedFontPixels() const {
        ImVec2 display = ImGui::GetIO().DisplaySize;
        if (display.x <= 0 || display.y <= 0) {
            const auto& d = session.config->kiosk.display;
            display = ImVec2(static_cast<float>(d.width), static_cast<float>(d.height));
        }
        if (deskIntake) {
            const float lines = std::min(display.x, display.y);
            return std::round(kDeskIntakeFontPx * lines / kReferenceHeightPx *
                              std::max(session.display.textScale, 1.0f));
        }
        return fontPixels(display, session.config->kiosk.theme.fontSizePx, session.display.textScale);
    }

    // The physical keyboard drives the screen (desk/desk_keys.hpp) and no keyboard is drawn on
    // it at the desk's intake and while a staff member helps the citizen at the kiosk.
    bool keysAtDesk() const { return deskIntake || !session.assistedBy.empty(); }

    core::FlowContext flowContext() {
        return core::FlowContext{store,         *clock,
                                 latest,        statusSource,
                                 &staffLockout, &lookupThrottle,
                                 audit,         deskIntake ? core::Channel::Desk : core::Channel::Kiosk};
    }

    void resetUi() {
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

    void apply(const core::Action& action, Clock::time_point now) {
        settleFrames = 2;
        if (std::holds_alternative<core::act::Quit>(action)) quit = true;
        idle.noteActivity(now);
        const auto screen = session.screen;
        const int page = session.pageIndex;
        const auto* service = session.service;
        const core::Effects needed = core::apply(session, action, flowContext());
        const bool moved = screen != session.screen || page != session.pageIndex || service != session.service;
        const bool navigation = std::holds_alternative<core::act::Continue>(action) ||
                                std::holds_alternative<core::act::Back>(action);
        if (moved) {
            resetUi();
            ui.speakNow = ui.readAloud;  // once asked for, each new screen is read as it comes
        }
        if (core::endsSession(action)) endSession();
        effects.run(needed, session, now);
        if (deskIntake) deskIntakeSteps(action, now);
        // After Continue with errors the summary at the top must be seen first (GOV.UK).
        if (navigation) {
            ui.focus.reset();
            if (!session.errors.empty()) ui.resetScroll = true;
        }
    }

    // What the workers finished is taken now, before anything is drawn: a page taken joins its
    // document slot.
    void collectWork(Clock::time_point now) {
        // A ticket's number is the kiosk's answer, not the citizen's touch.
        if (auto ticket = effects.ticketArrived()) applyQuietly(*ticket, now);
        // So is a print of a result ending (and the hand-over it records).
        if (auto printed = effects.resultPrinted()) applyQuietly(*printed, now);
        if (auto add = effects.update(now, ui)) {
            apply(*add, now);
            secureWipe(std::get<core::act::AddDocumentPage>(*add).page.jpeg);  // the session keeps its own copy
        }
        useDeskCardRead(now);
        if (auto answer = effects.takeSignIn()) apply(*answer, now);
    }

    // The lockout's countdown on the staff screen moves once a second, until the wait is over.
    std::optional<Clock::time_point> lockoutWakeup() const {
        if (session.screen != core::Screen::Staff || session.staffLockedUntil <= clock->localNow()) return std::nullopt;
        return lastNow + std::chrono::seconds(1);
    }

    // A step the kiosk takes by itself (a timer, a screen reading itself), not the citizen: it
    // must not hold the idle timeout off, or the idle warning reading itself aloud would.
    void applyQuietly(const core::Action& action, Clock::time_point now) {
        effects.run(core::apply(session, action, flowContext()), session, now);
    }

    // What the desk's intake does by itself, for an officer who knows the procedure, with the
    // citizen beside the desk: the service's page of information (written for citizens) is
    // passed, either way (Back from the form goes on back to the catalogue), and the receipt is
    // printed as soon as it is shown. The intake ends with its
    // filing: "Xong" on the receipt goes back to the desk's list rather than to the satisfaction
    // question (citizens rate at a kiosk), as leaving the catalogue or the idle timeout do; the
    // session is wiped first either way.
    void deskIntakeSteps(const core::Action& action, Clock::time_point now) {
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
    void useDeskCardRead(Clock::time_point now) {
        capture::IdentityScan* scan = effects.scan();
        if (!deskIntake || scan == nullptr || session.screen != core::Screen::Identity ||
            scan->phase() != capture::IdentityScan::Phase::Review) {
            return;
        }
        apply(core::act::ApplyIdentity{scan->accept()}, now);
        apply(core::act::Continue{}, now);
    }

    void refreshStatus(Clock::time_point now) {
        lastStatusRefresh = now;
        applyQuietly(core::act::RefreshStatus{}, now);
    }

    void readAloud(std::string text, Clock::time_point now) {
        lastSaid = Reading{text, voiceFor(session.lang)};
        applyQuietly(core::act::ReadAloud{std::move(text), session.lang}, now);
    }

    std::optional<Clock::time_point> statusWakeup() const {
        if (statusSource == nullptr || !core::wantsStatusRefresh(session)) return std::nullopt;
        return lastStatusRefresh + kStatusRefresh;
    }

    void frame(Clock::time_point now) {
        lastNow = now;
        if (settleFrames > 0) --settleFrames;
        collectWork(now);
        const bool changed = statusChanged.exchange(false);
        if (const auto due = statusWakeup(); due && (changed || now >= *due)) refreshStatus(now);
        updateIdleLimits(now);
        auto status = idle.status(now, session.inUse());
        if (status.phase == core::IdlePolicy::Phase::Expired) {
            apply(core::act::Timeout{}, now);
            status = idle.status(now, session.inUse());
        }
        if (const auto due = core::ratingDeadline(session); due && now >= *due) apply(core::act::RatingTimeout{}, now);
        const bool warning = status.phase == core::IdlePolicy::Phase::Warning;
        if (warning && !warningShown && ui.readAloud) ui.speakNow = true;  // the warning reads itself
        warningShown = warning;
        const ImGuiIO& io = ImGui::GetIO();
        const Theme theme = makeTheme(io.DisplaySize, fonts.pixels, session.display.textScale, session.display.highContrast);
        applyStyle(theme);
        // A new screen's (or list's) first box takes the keyboard once it has been drawn, not
        // on the frame that asked for it, which still drew the one before.
        const bool focusFirstBox = ui.focusFirstBox;
        // The desk's keys act on what the last frame drew.
        const bool deskKeys = keysAtDesk();
        ui.deskKeys = deskKeys;
        keys.setEnterToDesk(deskKeys);
        if (deskKeys && !warning) applyDeskKeys(readDeskKeys(std::exchange(deskEnter, false)), registry, ui);
        registry.clear();
        const Strings strings(session.config->locales, session.lang);

        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("kiosk", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
        ImGui::PushFont(fonts.body);
        const bool staffEnabled = staffDirectory != nullptr && audit != nullptr;
        UiContext ctx{session, *session.config, theme, fonts,    strings,     registry, ui,
                      {},      clock->today(),  now,   problems, staffEnabled};
        ctx.localNow = clock->localNow();
        ctx.scan = effects.scan();
        ctx.receipts = &effects.receipts();
        ctx.documents = effects.documents();
        ctx.preview = &preview;
        ctx.pageImages = &pageImages;
        MaybeAction action = drawToolbar(ctx);
        if (auto leave = drawAssistBanner(ctx)) action = std::move(leave);
        // The desk (and staff helping) type on their own keyboard: no keys on screen; nor while
        // the help call's notice covers the screen.
        const bool helpNotice = session.helpCall && session.helpCall->noticeShown;
        const bool keyboard = ui.focus.has_value() && !warning && !deskKeys && !helpNotice;
        ctx.regions = computeRegions(theme, ctx.regions.toolbar.max.y,
                                     keyboard ? keyboardHeight(theme, ui.focus->kind) : 0.0f);
        MaybeAction screen;
        if (notEnrolled) screen = drawNotEnrolled(ctx);
        else if (warning) screen = drawIdleWarning(ctx, status.secondsLeft);
        else if (helpNotice) screen = drawHelpCallNotice(ctx);
        else if (ui.confirmLeave) screen = drawLeaveConfirm(ctx);
        else if (ui.pickerLevel == PickerLevel::Choice) screen = drawChoicePicker(ctx);
        else if (!ui.pickerKey.empty()) screen = drawAddressPicker(ctx);
        else screen = drawScreen(ctx);
        std::optional<KeyPress> key;
        if (keyboard && ui.focus) key = drawKeyboard(ctx, ui.focus->kind, ctx.regions.keyboard);
        KeyboardInput::Typed typed;
        if (warning) keys.dropEnter();
        else typed = keys.frame(session, ui, key);
        ImGui::PopFont();
        ImGui::End();
        // The camera runs only while its picture is on screen.
        preview.endFrame(effects.scan() ? effects.scan()->preview() : nullptr);
        pageImages.endFrame();

        ui.keyPress.clear();
        ui.keyCursorMoved = false;
        if (focusFirstBox && ui.focusFirstBox) focusFirstEmptyBox(registry, ui);
        if (ui.touched && keyClick && session.config->kiosk.input.keyClick) keyClick();
        ui.touched = false;
        // Whether the screen acted is kept apart: a moved-from action must not be asked later.
        const bool screenActed = screen.has_value();
        if (screenActed) action = std::move(screen);
        else if (typed.action) action = std::move(typed.action);
        if (ui.speakNow && !action) {
            readAloud(readAloudText(registry.spoken()), now);
            ui.speakNow = false;
        }
        if (!ui.speakText.empty() && !action) readAloud(std::exchange(ui.speakText, {}), now);
        if (action) apply(*action, now);
        if (typed.lookup && !screenActed) apply(core::act::RunLookup{}, now);
        if (typed.prove && !screenActed) apply(core::act::ProveOwnership{}, now);
    }

    Reading currentReading() const { return Reading{readAloudText(registry.spoken()), voiceFor(session.lang)}; }
};

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

void KioskApp::openAsDeskIntake() {
    auto& impl = *m_impl;
    impl.deskIntake = true;
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

void KioskApp::setStatusSource(core::StatusSource* source) { m_impl->statusSource = source; }

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

const WidgetRegistry& KioskApp::widgets() const { return m_impl->registry; }

const core::Session& KioskApp::session() const { return m_impl->session; }

}  // namespace kiosk::ui
