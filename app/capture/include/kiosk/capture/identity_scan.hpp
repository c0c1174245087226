#pragma once
// The identity step's scanning, as a small state machine the screen draws: which side to show,
// taking each picture, reading, then the fields read for the citizen to confirm. All device and
// OCR work runs on the ScanWorker (and the live preview on its own thread); every call here
// returns at once. The same device and models read a passport's photo page for a form page's
// passport slot (takePassport): one picture, then its machine-readable zone.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "kiosk/capture/preview_stream.hpp"
#include "kiosk/capture/scan_worker.hpp"
#include "kiosk/config/capture_settings.hpp"

namespace kiosk::capture {

class IdentityScan {
public:
    using Clock = std::chrono::steady_clock;

    enum class Phase {
        ShowFront,  // "show the front of the card", then take()
        ShowBack,   // "now the back", then take() or readFrontOnly()
        Taking,     // the device is taking a picture
        Reading,    // QR, OCR and MRZ are running
        Review,     // identity() is ready to be confirmed or corrected
        Failed,     // error() says why; the citizen can try again or type
    };

    // `preview` may be null: no live picture (a scanner, or [capture] preview = false).
    IdentityScan(std::unique_ptr<Source> source, scanners::PipelineOptions options,
                 std::unique_ptr<PreviewStream> preview = nullptr);
    // For [capture]: nullptr when backend = "none" (the citizen types; a USB QR reader still works).
    static std::unique_ptr<IdentityScan> fromSettings(const config::CaptureSettings& settings);
    ~IdentityScan();

    // What is being read: a Vietnamese card (front, then back) or a passport's photo page.
    enum class Target { Card, Passport };

    Phase phase() const { return m_phase; }
    Target target() const { return m_target; }
    bool busy() const { return m_phase == Phase::Taking || m_phase == Phase::Reading; }
    // 0 for the front, 1 for the back: the side being shown or taken.
    int side() const { return m_side; }

    // The camera's live picture, or nullptr. The screen runs it while it shows a side to place;
    // take() stops it first, so the still gets the device to itself.
    PreviewStream* preview() { return m_preview.get(); }

    void take(Clock::time_point now);
    // Before anything is taken: one picture of a passport's photo page, then its zone is read
    // (Review with document(), or Failed).
    void takePassport(Clock::time_point now);
    // After the front: read it alone (a card whose QR is on the front may be enough).
    void readFrontOnly(Clock::time_point now);
    // Takes finished work from the worker; call once per frame.
    void update(Clock::time_point now);
    // Called from the worker's thread when it finished something: update() has work to take.
    void setWake(std::function<void()> wake) { m_worker.setWake(std::move(wake)); }
    // 0..1 for the progress bar.
    float progress(Clock::time_point now) const;

    const scanners::Identity& identity() const { return m_identity; }
    // The passport read (Review after takePassport), or nullptr.
    const scanners::TravelDocument* document() const { return m_document ? &*m_document : nullptr; }
    // Hands the passport read over (Review) and starts again; the kept copy is wiped.
    scanners::TravelDocument acceptDocument();
    const Error& error() const { return m_error; }
    // Hands the identity over (Review) and starts again; the kept copy is wiped.
    scanners::Identity accept();
    // Forgets pictures and results and shows the front again.
    void restart();

private:
    void startReading(Clock::time_point now);
    void takeReport(scanners::ScanReport& report);

    ScanWorker m_worker;
    std::unique_ptr<PreviewStream> m_preview;
    bool m_takeWhenPreviewStops = false;  // take() came while the preview had the device
    Phase m_phase = Phase::ShowFront;
    Target m_target = Target::Card;
    int m_side = 0;
    uint64_t m_waitingFor = 0;  // the job whose result moves the phase on; others are stale
    Clock::time_point m_started{};
    scanners::Identity m_identity;
    std::optional<scanners::TravelDocument> m_document;
    Error m_error;
};

}  // namespace kiosk::capture
