#include "kiosk/capture/document_scan.hpp"

#include <algorithm>

namespace kiosk::capture {
namespace {

// A page takes about a third of a second on the 2-core kiosk (scanners/README.md) plus the
// device's own time; the bar creeps towards its end over this long and waits there.
constexpr float kExpectedPageMs = 1500.0f;

}  // namespace

DocumentScan::DocumentScan(std::unique_ptr<Source> source) : m_worker(std::move(source)) {}

DocumentScan::~DocumentScan() { reset(); }

std::unique_ptr<DocumentScan> DocumentScan::fromSettings(const config::CaptureSettings& settings) {
    auto source = makeSource(settings);
    if (!source) return nullptr;
    return std::make_unique<DocumentScan>(std::move(source));
}

void DocumentScan::take(const std::string& key, Clock::time_point now) {
    if (busy()) return;
    reset();
    m_key = key;
    m_started = now;
    m_waitingFor = m_worker.submit(TakeDocumentPage{});
}

void DocumentScan::update() {
    while (auto result = m_worker.poll()) {
        if (result->id != m_waitingFor) {
            if (result->page) scanners::wipePage(*result->page);
            continue;
        }
        m_waitingFor = 0;
        if (result->page) m_page = std::move(result->page);
        else m_error = result->error;
    }
}

float DocumentScan::progress(Clock::time_point now) const {
    if (!busy()) return m_page ? 1.0f : 0.0f;
    const float ms = std::chrono::duration<float, std::milli>(now - m_started).count();
    return 0.1f + 0.85f * std::min(1.0f, ms / kExpectedPageMs);
}

std::optional<scanners::DocumentPage> DocumentScan::takePage(const std::string& key) {
    if (!m_page || key != m_key) return std::nullopt;
    std::optional<scanners::DocumentPage> page = std::move(m_page);
    m_page.reset();
    return page;
}

const Error* DocumentScan::error(const std::string& key) const {
    return m_error && key == m_key ? &*m_error : nullptr;
}

void DocumentScan::reset() {
    if (m_page) scanners::wipePage(*m_page);
    m_page.reset();
    m_error.reset();
    m_waitingFor = 0;  // its result, when it comes, is stale and wiped by update()
    m_key.clear();
}

}  // namespace kiosk::capture
