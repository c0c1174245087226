#pragma once
// KioskApp's state, shared by the two files that run it: kiosk_app.cpp (the steps an action
// takes, the public calls) and kiosk_frame.cpp (drawing one frame).
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "effect_runner.hpp"
#include "keyboard_input.hpp"
#include "kiosk/core/flow.hpp"
#include "kiosk/core/idle_policy.hpp"
#include "kiosk/ui/fonts.hpp"
#include "kiosk/ui/kiosk_app.hpp"
#include "kiosk/ui/read_aloud.hpp"
#include "kiosk/ui/ui_context.hpp"
#include "kiosk/ui/widget_registry.hpp"
#include "page_images.hpp"
#include "preview_view.hpp"

namespace kiosk::ui {

// How often the receipt re-reads the local status cache while it waits for the mã hồ sơ or
// the fee, when no one said it changed (noteStatusChanged): a local SQLite read, about as often
// as kiosk-sync polls a payment.
inline constexpr auto kStatusRefresh = std::chrono::seconds(2);

struct KioskApp::Impl {
    Impl(std::shared_ptr<const config::Config> config, core::FilingStore& filingStore);

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
    const kiosk::Clock* clock;  // the system's until setClock
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
    Reading lastSaid;  // what the speaker was last asked to read
    bool quit = false;
    bool deskIntake = false;  // openAsDeskIntake
    std::string deskOfficer;  // the officer signed in at the desk, named in its header
    bool deskEnter = false;   // an Enter noted outside ImGui's queue, for the desk's keys
    core::StatusSource* statusSource = nullptr;
    std::function<void()> keyClick;
    Clock::time_point lastStatusRefresh{};
    std::atomic<bool> statusChanged{false};  // noteStatusChanged, from the watcher's thread
    // Every worker the UI uses (card, page, printer, speech), reached only through effects.
    EffectRunner effects{latest->kiosk, store};
    PreviewView preview;
    PageImages pageImages;

    // The physical keyboard drives the screen (desk/desk_keys.hpp) and no keyboard is drawn on
    // it at the desk's intake and while a staff member helps the citizen at the kiosk.
    bool keysAtDesk() const { return deskIntake || !session.assistedBy.empty(); }

    core::FlowContext flowContext() {
        return core::FlowContext{store,         *clock,
                                 latest,        effects.statusSource(),
                                 &staffLockout, &lookupThrottle,
                                 audit,         deskIntake ? core::Channel::Desk : core::Channel::Kiosk};
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

    // kiosk_app.cpp: the steps an action takes, and what the workers hand back.
    void updateIdleLimits(Clock::time_point now);
    float wantedFontPixels() const;
    void resetUi();
    void apply(const core::Action& action, Clock::time_point now);
    void collectWork(Clock::time_point now);
    void deskIntakeSteps(const core::Action& action, Clock::time_point now);
    void useDeskCardRead(Clock::time_point now);
    // kiosk_frame.cpp: one frame drawn, and the action it gave applied.
    void frame(Clock::time_point now);

    Reading currentReading() const { return Reading{readAloudText(registry.spoken()), voiceFor(session.lang)}; }
};

}  // namespace kiosk::ui
