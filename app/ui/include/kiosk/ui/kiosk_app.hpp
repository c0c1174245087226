#pragma once
// The contract between app/runner (window, GL, event loop) and app/ui (everything drawn).
// The runner owns the ImGui context and backends; KioskApp owns fonts, theme, screens and the
// session, and never touches SDL or OpenGL.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/base/clock.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk/core/audit_log.hpp"
#include "kiosk/core/filing_store.hpp"
#include "kiosk/core/staff_directory.hpp"
#include "kiosk/core/staff_lockout.hpp"
#include "kiosk/speech/speaker.hpp"
#include "kiosk/ui/frame_app.hpp"

namespace kiosk::core {
struct Session;
class StatusSource;
class QueueTicketSource;
class ResultDocuments;
}

namespace kiosk::receipt {
class Printer;
}

namespace kiosk::ui {

class WidgetRegistry;
class StreamTexture;

class KioskApp final : public FrameApp {
public:
    KioskApp(std::shared_ptr<const config::Config> config, core::FilingStore& store);
    ~KioskApp() override;
    KioskApp(const KioskApp&) = delete;
    KioskApp& operator=(const KioskApp&) = delete;

    // Fills ImGui's font atlas for the current theme (Noto Sans, Vietnamese glyphs, FreeType).
    // The runner calls it before the first frame and whenever fontsDirty() is true, then
    // re-uploads the atlas texture.
    void buildFonts() override;
    bool fontsDirty() const override;

    // Where the app and the flow read the time: `now` below comes from its steadyNow(), the
    // date and the receipt's time from its localNow(). It must outlive the app; unset, the
    // system's (SystemClock). Tests set a ManualClock, so they control dates too.
    void setClock(const kiosk::Clock& clock);
    const kiosk::Clock& clock() const override;

    // Draws one frame between ImGui::NewFrame() and ImGui::Render(); `now` (the clock's
    // steadyNow()) drives timeouts.
    void frame(Clock::time_point now) override;

    // When a frame must be drawn without input (a countdown ticking, a progress bar moving);
    // nullopt: wait for input or a wake.
    std::optional<Clock::time_point> nextWakeup() const override;
    // How the app's workers (card, page, printer) tell the runner, from their own threads, that
    // they finished something: the next frame takes it. The runner sets it before the first
    // frame; unset, finished work waits for the next frame drawn for another reason.
    void setWake(std::function<void()> wake) override;

    // Any touch, click or key counts as activity and restarts the idle timer.
    void noteActivity(Clock::time_point now) override;
    // Enter (or keypad Enter) went down. A USB QR reader presses and releases it within one
    // frame, which ImGui 1.86's key state never shows; the runner reports it here so the next
    // frame acts on it (the look-up searches, a box closes its keyboard).
    void noteEnter() override;

    // Makes this app the one-stop desk's intake (`kiosk --desk`, "Tiếp nhận hồ sơ"): an officer
    // files for the citizen at the desk with the kiosk's own services, forms and checks, in a
    // compact layout worked with a mouse and a physical keyboard (Tab, Shift+Tab, Enter, Space,
    // Esc; no on-screen keyboard; desk/desk_keys.hpp). It opens at the catalogue, its filings
    // carry the channel "desk", and once the filing is done ("Xong" on the receipt), abandoned
    // (back out of the catalogue) or timed out, the session is wiped and quitRequested() turns
    // true. Call once, before the first frame, after setClock. `officer`: the operator ID signed
    // in at the desk, shown in the intake's header beside the desk PC's kiosk ID.
    void openAsDeskIntake(std::string officer);

    // A new config from the reload watcher; the current session finishes on the old one.
    void replaceConfig(std::shared_ptr<const config::Config> config);
    // A reload that failed: shown to staff, never to citizens; the last good config stays.
    void reportConfigProblem(std::string summary);

    bool quitRequested() const override;

    // Staff sign-in (docs/staff.md): who may sign in (the PIN is checked on a worker against
    // it) and where every attempt and sign-out is recorded. Both outlive the app; without both
    // the staff entrance is hidden. Set before the first frame.
    void setStaffDirectory(core::StaffDirectory* directory);
    void setAuditLog(core::AuditLog* audit);
    // The keypad's lockout, read from the data folder; without it the count is kept in memory.
    void setStaffLockout(core::StaffLockout lockout);
    // The kiosk needs an enrollment and has none: every screen gives way to one that sends
    // citizens to the desk and tells staff how to enrol (screens/not_enrolled.cpp).
    void setNotEnrolled(bool notEnrolled);
    // The local status cache (kiosk-sync fills it) that the receipt, fee and look-up screens
    // read; without one a look-up says plainly that this kiosk cannot do it. Its re-reads and the
    // look-up by code run on the effect runner's status worker, the rest on this thread, one
    // call at a time: it must outlive the app and may be called from either thread (give it an
    // outbox of its own). Set before the first frame.
    void setStatusSource(core::StatusSource* source);
    // Waits up to `timeout` for the status reads asked for to be answered (the next frame takes
    // the answers); false when none was pending. For whoever draws frames with no frame loop to
    // wake (the headless tests); the kiosk itself never waits.
    bool waitForStatus(std::chrono::milliseconds timeout);
    // The status cache may have changed (kiosk-sync wrote to the outbox): the screen that
    // follows it re-reads it in the next frame instead of at its next timed look. Safe to call
    // from any thread; the caller wakes the frame loop.
    void noteStatusChanged();
    // Plays the key click (the runner queues it on its audio device and returns at once).
    // Called at most once a frame, when an on-screen key, button or box is touched and
    // kiosk.toml [input] key_click is on; unset, pressing is silent.
    void setKeyClick(std::function<void()> click);
    // Where "Lấy số thứ tự" takes its numbers (the portal, else the kiosk's own); it must
    // outlive the app. Unset, the queue screen says no number could be taken.
    void setQueueTickets(core::QueueTicketSource* source);
    // Where "In kết quả" fetches the portal's result documents (on its own worker); must outlive
    // the app. Unset, the look-up says the result cannot be printed here.
    void setResultDocuments(core::ResultDocuments* source);
    // The printer receipts go to (tests); unset, CUPS. Set before the first print.
    void setReceiptPrinter(std::unique_ptr<receipt::Printer> printer);
    // The printer "In kết quả" prints the returned documents on (tests); unset, CUPS.
    void setResultPrinter(std::unique_ptr<receipt::Printer> printer);

    // Where the identity step's live camera picture is uploaded (the runner's GL texture); it
    // must outlive the app. Unset, the step shows only the drawing of the card side.
    void setPreviewTexture(StreamTexture* texture);
    // The camera's live picture is running: its device open (or being opened) and frames held.
    // False again, frames wiped, soon after the picture leaves the screen.
    bool previewStreaming() const;
    // Where scanned pages are uploaded to be shown (thumbnails, one page large): a new texture
    // of the same kind as the preview's for each picture on screen, freed once it leaves it.
    // Unset, the document slots draw a blank sheet per page.
    void setPageTextures(std::function<std::unique_ptr<StreamTexture>()> maker);

    // What the speaker button reads on the screen drawn last, and in which voice.
    struct Reading {
        std::string text;
        speech::Voice voice = speech::Voice::Vietnamese;
    };
    Reading readAloud() const;
    // What the speaker was last asked to read (a screen, or a code spelled out on request).
    Reading lastSaid() const;

    // What the last frame drew, by widget ID (tests and accessibility checks read this).
    const WidgetRegistry& widgets() const;
    // The session as it stands (read-only; tests check wiping and routing through it).
    const core::Session& session() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace kiosk::ui
