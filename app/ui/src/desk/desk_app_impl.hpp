#pragma once
// DeskApp's state, shared by the files that run it: desk_app.cpp (the desk's steps and its
// public calls) and desk_frame.cpp (drawing one frame of the desk).
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "desk_view.hpp"
#include "help_call_desk.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/core/staff_directory.hpp"
#include "kiosk/core/staff_lockout.hpp"
#include "kiosk/desk/staff_desk.hpp"
#include "kiosk/ui/desk_app.hpp"
#include "kiosk/ui/fonts.hpp"
#include "kiosk/ui/kiosk_app.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace kiosk::ui {

using desk_view::DeskState;
using desk_view::HelpCallDesk;
using desk_view::PendingAction;

struct DeskApp::Impl {
    Impl(std::shared_ptr<const config::Config> cfg, std::unique_ptr<desk::StaffPortal> portal, std::string who);
    std::shared_ptr<const config::Config> config;
    desk::StaffDesk staff;
    std::string operatorId;
    std::unique_ptr<desk::FilingList> list = std::make_unique<desk::FilingList>();
    DeskState state;
    WidgetRegistry registry;
    Fonts fonts;
    const kiosk::Clock* clock;  // the system's until setClock
    Clock::time_point lastNow{};
    std::filesystem::path reportFolder = "reports";
    core::AuditLog* audit = nullptr;
    core::StaffDirectory* staffList = nullptr;  // set: the desk is gated by its operator's PIN
    std::optional<core::StaffLockout> lockout;
    std::map<std::string, PendingAction> inFlight;  // by filing id, until the portal answers
    bool started = false;
    long actionsSent = 0;
    std::function<std::unique_ptr<KioskApp>()> openIntake;
    std::unique_ptr<KioskApp> intake;  // "Tiếp nhận hồ sơ", while open
    std::string intakeLogged;          // the local reference of the intake's filing once logged
    std::function<void()> wake;
    HelpCallDesk helpCalls;
    void startIntake();

    // The intake's frame; once its filing is done it closes and the desk's list comes back
    // (refreshed: the filing may already have reached the portal).
    void intakeFrame(Clock::time_point now);

    // The frame the intake's filing was stored in (its receipt now shows): one desk.intake entry
    // naming the officer, the filing's local reference and the service, nothing about the citizen.
    // The filing is already safe in the outbox; a log that cannot record it says so on the list.
    void logIntakeStored();
    float wantedFontPixels() const;

    std::chrono::sys_days today() const { return std::chrono::sys_days(clock->today()); }

    void takeAnswers();
    HelpCallDesk::Audit auditAction();

    // `why`: the portal's words when it refused.
    void answered(const desk::DeskUpdate& update, const std::string& outcome, const std::optional<std::string>& why);

    // Appends one desk.action entry; false (with the reason on the status line) when it failed.
    bool logAudit(const std::string& filing, const std::string& detail);
    bool logAudit(core::AuditKind kind, const std::string& filing, const std::string& detail);
    void signIn();

    // Back to the PIN box: the list and everything typed are wiped.
    void signOut();
    static void wipe(PendingAction& p);
    void send(PendingAction p);
    void computeFigures();
    void exportReport(bool pdf);

    // desk_frame.cpp: one frame of the desk, and its panels laid out.
    void frame(Clock::time_point now);
    void drawDesk(desk_view::View& view);
};

}  // namespace kiosk::ui
