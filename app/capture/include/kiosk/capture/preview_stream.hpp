#pragma once
// The live preview, on its own thread so the UI never waits for a camera: while the identity
// step shows it (run() each frame) the thread grabs about ten small frames a second into a
// double buffer; once asked to stop it closes the device and wipes every frame it held. A
// missing or pulled-out camera becomes error(), and opening is tried again every few seconds.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "kiosk/capture/preview_source.hpp"

namespace kiosk::capture {

class PreviewStream {
public:
    explicit PreviewStream(std::unique_ptr<PreviewSource> source,
                           std::chrono::milliseconds period = std::chrono::milliseconds(100));
    ~PreviewStream();  // closes the device and wipes the frames
    PreviewStream(const PreviewStream&) = delete;
    PreviewStream& operator=(const PreviewStream&) = delete;

    // Keeps the stream running, opening the device if it is not open; `side` (0 front, 1 back)
    // is the card side asked for. Returns at once.
    void run(int side);
    // Asks the thread to close the device and wipe its frames; returns at once.
    void stop();
    // True once the device is closed and no frame is held: after stop(), or before any run().
    bool stopped() const;
    // Waits up to `timeout` for stopped() (tests).
    bool waitStopped(std::chrono::milliseconds timeout) const;

    // When a frame newer than number `seen` is there, calls `use` with it (under the stream's
    // lock: no copy is made, so `use` must be quick, e.g. a texture upload) and returns its
    // number; otherwise returns `seen`. Frame numbers start at 1.
    uint64_t withNewFrame(uint64_t seen, const std::function<void(const PreviewFrame&)>& use) const;
    // Why there are no frames (no camera, unplugged, busy), in Vietnamese; nullopt while fine.
    std::optional<Error> error() const;
    // Bytes of frame buffers held now: 0 once stopped (tests check the wiping).
    size_t heldBytes() const;

private:
    void loop();
    void closeAndWipe(std::unique_lock<std::mutex>& lock);

    std::unique_ptr<PreviewSource> m_source;  // used by the thread only
    const std::chrono::milliseconds m_period;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;     // the thread waits for run() / stop()
    mutable std::condition_variable m_changed;  // waitStopped() waits for the thread
    PreviewFrame m_front;  // the newest frame, read under the lock
    PreviewFrame m_back;   // being filled by the thread, outside the lock
    uint64_t m_sequence = 0;
    std::optional<Error> m_error;
    int m_side = 0;
    bool m_wanted = false;
    bool m_open = false;
    bool m_stopped = true;
    bool m_quit = false;
    std::thread m_thread;  // last: starts after everything above exists
};

// The preview for [capture], or nullptr when there is none (SANE, none, preview = false).
std::unique_ptr<PreviewStream> makePreviewStream(const config::CaptureSettings& settings);

}  // namespace kiosk::capture
