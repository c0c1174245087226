#pragma once
// A form's document slot: "Quét trang" takes one paper page from the capture device and
// processes it (crop, straighten, grey, compress) on a worker thread of its own, which loads no
// OCR models. A finished page wakes the UI, whose next frame hands it to the session once.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/capture/scan_worker.hpp"
#include "kiosk/config/capture_settings.hpp"

namespace kiosk::capture {

class DocumentScan {
public:
    using Clock = std::chrono::steady_clock;

    explicit DocumentScan(std::unique_ptr<Source> source);
    // For [capture]: nullptr when backend = "none" (the citizen shows the original at the desk).
    static std::unique_ptr<DocumentScan> fromSettings(const config::CaptureSettings& settings);
    ~DocumentScan();

    // Starts taking a page for the Document field at answer key `key`; ignored while busy.
    void take(const std::string& key, Clock::time_point now);
    // Takes finished work from the worker; call once per frame.
    void update();
    // Called from the worker's thread when a page is done: update() has work to take.
    void setWake(std::function<void()> wake) { m_worker.setWake(std::move(wake)); }
    bool busy() const { return m_waitingFor != 0; }
    // The field being scanned, or whose page or error is waiting.
    const std::string& key() const { return m_key; }
    // 0..1 for the progress bar.
    float progress(Clock::time_point now) const;
    // The page taken for `key`, handed over once (the caller wipes it).
    std::optional<scanners::DocumentPage> takePage(const std::string& key);
    // Why the last page for `key` could not be taken (Vietnamese), or nullptr.
    const Error* error(const std::string& key) const;
    // The citizen moved on: a page still being taken is wiped when it arrives.
    void reset();

private:
    ScanWorker m_worker;
    uint64_t m_waitingFor = 0;
    std::string m_key;
    Clock::time_point m_started{};
    std::optional<scanners::DocumentPage> m_page;
    std::optional<Error> m_error;
};

}  // namespace kiosk::capture
