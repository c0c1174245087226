#pragma once
// The one-stop desk's window (`kiosk --desk`): the commune's filings from the portal's staff API
// in one list, the actions staff take on them, and the commune's 766 indicators. Made for a
// mouse and a physical keyboard: compact type, Tab/Shift+Tab between fields, Enter to confirm,
// Escape to cancel; no on-screen keyboard. Every portal call runs
// on the desk's worker (desk::StaffDesk); the frame never waits for the network.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "kiosk/config/config.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/core/staff_directory.hpp"
#include "kiosk/core/staff_lockout.hpp"
#include "kiosk/desk/staff_portal.hpp"
#include "kiosk/ui/frame_app.hpp"

namespace kiosk::ui {

class WidgetRegistry;
class KioskApp;

class DeskApp final : public FrameApp {
public:
    DeskApp(std::shared_ptr<const config::Config> config, std::unique_ptr<desk::StaffPortal> portal,
            std::string operatorId);
    ~DeskApp() override;
    DeskApp(const DeskApp&) = delete;
    DeskApp& operator=(const DeskApp&) = delete;

    void buildFonts() override;
    bool fontsDirty() const override;
    void setClock(const kiosk::Clock& clock);
    const kiosk::Clock& clock() const override;
    void frame(Clock::time_point now) override;
    std::optional<Clock::time_point> nextWakeup() const override;
    void setWake(std::function<void()> wake) override;
    void noteActivity(Clock::time_point now) override;
    void noteEnter() override;
    bool quitRequested() const override;

    // Asks for the PIN of the desk's operator (the staff certificate's CN) from the staff list on
    // this PC (kiosk-admin staff add; docs/staff.md), behind the keypad's lockout from the data
    // folder, before anything is fetched or shown, and offers to sign out. Sign-in, refusals and
    // sign-out go to the audit log; a sign-in the log cannot record is refused. `staffList`
    // outlives the app. Unset, the desk opens at once.
    void setStaffSignIn(core::StaffDirectory* staffList, core::StaffLockout lockout);

    // Where the indicator reports (CSV, PDF) are saved; they hold figures, no personal data.
    void setReportFolder(std::filesystem::path folder);
    // The staff audit log (outbox::AuditStore on the desk PC). Every confirmed action is
    // appended as desk.action (detail: the action) before it is sent, and not sent when that
    // fails; a refusal by the portal is appended too ("accept:refused:invalid_transition").
    // It must outlive the app. Unset, actions are refused: nothing is done unlogged.
    void setAuditLog(core::AuditLog* log);

    // "Tiếp nhận hồ sơ": `open` makes the intake window, a KioskApp on the desk PC's outbox on
    // which the desk calls openAsDeskIntake(). While it is open the desk draws it instead of the
    // list and hands it the frames, keys and fonts; when its filing is done it is closed (its
    // session wiped) and the list comes back, refreshed. Unset, the desk offers no intake.
    void setIntake(std::function<std::unique_ptr<KioskApp>()> open);
    // The intake window, while it is open (tests read its session).
    const KioskApp* intake() const;

    // What the last frame drew, by widget ID (tests; the intake's while it is open).
    const WidgetRegistry& widgets() const;
    // Portal calls asked for and not yet answered (tests wait on it).
    int pendingCalls() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace kiosk::ui
