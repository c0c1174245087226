#include "kiosk/capture/preview_stream.hpp"

namespace kiosk::capture {
namespace {

// A camera that is missing or pulled out is looked for again this often while the step shows.
constexpr auto kRetry = std::chrono::seconds(2);

}  // namespace

PreviewStream::PreviewStream(std::unique_ptr<PreviewSource> source, std::chrono::milliseconds period)
    : m_source(std::move(source)), m_period(period), m_thread([this] { loop(); }) {}

PreviewStream::~PreviewStream() {
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PreviewStream::run(int side) {
    {
        std::lock_guard lock(m_mutex);
        if (m_wanted && m_side == side) return;
        m_wanted = true;
        m_side = side;
        m_stopped = false;
    }
    m_wake.notify_all();
}

void PreviewStream::stop() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_wanted) return;
        m_wanted = false;
    }
    m_wake.notify_all();
}

bool PreviewStream::stopped() const {
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

bool PreviewStream::waitStopped(std::chrono::milliseconds timeout) const {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [this] { return m_stopped; });
}

uint64_t PreviewStream::withNewFrame(uint64_t seen, const std::function<void(const PreviewFrame&)>& use) const {
    std::lock_guard lock(m_mutex);
    if (m_sequence == seen || m_front.rgb.empty()) return seen;
    use(m_front);
    return m_sequence;
}

std::optional<Error> PreviewStream::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

size_t PreviewStream::heldBytes() const {
    std::lock_guard lock(m_mutex);
    return m_front.rgb.capacity() + m_back.rgb.capacity();
}

void PreviewStream::closeAndWipe(std::unique_lock<std::mutex>& lock) {
    if (m_open) {
        lock.unlock();
        m_source->close();
        lock.lock();
        m_open = false;
    }
    wipeFrame(m_front);
    wipeFrame(m_back);
}

void PreviewStream::loop() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_quit || !m_wanted) {
            closeAndWipe(lock);
            if (!m_wanted) m_error.reset();
            if (m_quit) return;
            m_stopped = true;
            m_changed.notify_all();
            m_wake.wait(lock, [this] { return m_quit || m_wanted; });
            continue;
        }
        const int side = m_side;
        const auto started = std::chrono::steady_clock::now();
        lock.unlock();
        std::optional<Error> failed;
        bool opened = false;
        if (!m_open) {
            failed = m_source->open();
            opened = !failed;
        }
        if (!failed) failed = m_source->grab(m_back, side);
        lock.lock();
        if (opened) m_open = true;
        if (failed) {
            // Shown in place of the picture until a frame comes; taking and typing still work.
            closeAndWipe(lock);
            m_error = std::move(failed);
            m_wake.wait_for(lock, kRetry, [this] { return m_quit || !m_wanted; });
            continue;
        }
        m_error.reset();
        if (m_wanted) {
            std::swap(m_front, m_back);
            ++m_sequence;
        }
        m_wake.wait_until(lock, started + m_period, [this] { return m_quit || !m_wanted; });
    }
}

std::unique_ptr<PreviewStream> makePreviewStream(const config::CaptureSettings& settings) {
    auto source = makePreviewSource(settings);
    if (!source) return nullptr;
    return std::make_unique<PreviewStream>(std::move(source));
}

}  // namespace kiosk::capture
