#include "kiosk/capture/identity_scan.hpp"

#include <algorithm>

namespace kiosk::capture {
namespace {

// A card pair takes about 1 s on the 2-core kiosk (scanners/README.md); the bar creeps
// towards its end over this long and waits there rather than pretend to know.
constexpr float kExpectedReadMs = 1500.0f;

// The pipeline's words for a photo without a zone speak of a card; a passport's page is told
// where its zone is.
Error passportZoneUnread() {
    return Error{"passport.no_zone",
                 "Máy không đọc được hai dòng chữ và số ở cuối trang có ảnh. Hãy mở hộ chiếu ở trang có ảnh, đặt "
                 "cho thẳng và chụp lại, hoặc nhập bằng tay bên dưới.",
                 "capture"};
}

}  // namespace

IdentityScan::IdentityScan(std::unique_ptr<Source> source, scanners::PipelineOptions options,
                           std::unique_ptr<PreviewStream> preview)
    : m_worker(std::move(source), std::move(options)), m_preview(std::move(preview)) {}

IdentityScan::~IdentityScan() {
    wipeIdentity(m_identity);
    if (m_document) scanners::wipeDocument(*m_document);
}

std::unique_ptr<IdentityScan> IdentityScan::fromSettings(const config::CaptureSettings& settings) {
    auto source = makeSource(settings);
    if (!source) return nullptr;
    scanners::PipelineOptions options;
    options.tessdataDir = settings.tessdata;
    return std::make_unique<IdentityScan>(std::move(source), std::move(options), makePreviewStream(settings));
}

void IdentityScan::take(Clock::time_point now) {
    if (m_phase != Phase::ShowFront && m_phase != Phase::ShowBack) return;
    // A camera streams to one reader at a time: the still waits for the preview to let go
    // (update() submits it), which takes at most one preview frame.
    if (m_preview && !m_preview->stopped()) {
        m_preview->stop();
        m_takeWhenPreviewStops = true;
    } else {
        m_waitingFor = m_worker.submit(TakePicture{});
    }
    m_started = now;
    m_phase = Phase::Taking;
}

void IdentityScan::takePassport(Clock::time_point now) {
    if (m_phase != Phase::ShowFront || m_side != 0) return;
    m_target = Target::Passport;
    take(now);
}

void IdentityScan::readFrontOnly(Clock::time_point now) {
    if (m_phase == Phase::ShowBack) startReading(now);
}

void IdentityScan::startReading(Clock::time_point now) {
    m_waitingFor = m_worker.submit(ReadCard{});
    m_started = now;
    m_phase = Phase::Reading;
}

void IdentityScan::update(Clock::time_point now) {
    if (m_takeWhenPreviewStops && m_preview->stopped()) {
        m_takeWhenPreviewStops = false;
        m_waitingFor = m_worker.submit(TakePicture{});
    }
    while (auto result = m_worker.poll()) {
        if (result->id != m_waitingFor) {
            if (result->report) wipeReport(*result->report);
            continue;
        }
        if (result->error) {
            m_worker.submit(DropPictures{});
            const bool noZone = result->error->code.rfind("document.", 0) == 0;
            m_error = m_target == Target::Passport && noZone ? passportZoneUnread() : *result->error;
            m_phase = Phase::Failed;
        } else if (m_phase == Phase::Taking) {
            if (m_target == Target::Passport) {
                startReading(now);
            } else if (m_side == 0) {
                m_side = 1;
                m_phase = Phase::ShowBack;
            } else {
                startReading(now);
            }
        } else if (m_phase == Phase::Reading && result->report) {
            takeReport(*result->report);
            wipeReport(*result->report);
        }
    }
}

void IdentityScan::takeReport(scanners::ScanReport& report) {
    if (m_target == Target::Card) {
        wipeIdentity(m_identity);
        m_identity = std::move(report.identity);
        m_identity.warnings.insert(m_identity.warnings.end(), report.notes.begin(), report.notes.end());
        m_phase = Phase::Review;
        return;
    }
    // A passport is read from its zone alone: a card's QR or printed text says nothing of it.
    if (!report.document) {
        m_error = passportZoneUnread();
        m_phase = Phase::Failed;
        return;
    }
    if (m_document) scanners::wipeDocument(*m_document);
    m_document = std::move(report.document);
    report.document.reset();
    m_phase = Phase::Review;
}

float IdentityScan::progress(Clock::time_point now) const {
    const float ms = std::chrono::duration<float, std::milli>(now - m_started).count();
    switch (m_phase) {
        case Phase::ShowFront: return 0.0f;
        case Phase::ShowBack: return 0.25f;
        case Phase::Taking: return m_side == 0 ? 0.1f : 0.35f;
        case Phase::Reading: return 0.45f + 0.5f * std::min(1.0f, ms / kExpectedReadMs);
        case Phase::Review: return 1.0f;
        case Phase::Failed: break;
    }
    return 0.0f;
}

scanners::TravelDocument IdentityScan::acceptDocument() {
    scanners::TravelDocument out = m_document ? std::move(*m_document) : scanners::TravelDocument{};
    m_document.reset();
    restart();
    return out;
}

scanners::Identity IdentityScan::accept() {
    scanners::Identity out = std::move(m_identity);
    m_identity = {};
    restart();
    return out;
}

void IdentityScan::restart() {
    m_worker.submit(DropPictures{});
    m_waitingFor = 0;
    m_takeWhenPreviewStops = false;
    wipeIdentity(m_identity);
    m_identity = {};
    if (m_document) scanners::wipeDocument(*m_document);
    m_document.reset();
    m_error = {};
    m_side = 0;
    m_target = Target::Card;
    m_phase = Phase::ShowFront;
}

}  // namespace kiosk::capture
