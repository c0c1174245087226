#include "kiosk/capture/preview_source.hpp"

#include <algorithm>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::capture {

void wipeFrame(PreviewFrame& frame) {
    secureWipe(frame.rgb);
    frame.rgb.shrink_to_fit();
    frame.width = frame.height = 0;
}

unsigned char* sizeFrame(PreviewFrame& frame, int width, int height) {
    const size_t bytes = static_cast<size_t>(std::max(width, 0)) * static_cast<size_t>(std::max(height, 0)) * 3;
    if (bytes > frame.rgb.capacity()) {
        secureWipe(frame.rgb);
        frame.rgb = std::vector<unsigned char>();
        frame.rgb.reserve(bytes);
    }
    frame.rgb.resize(bytes);
    frame.width = width;
    frame.height = height;
    return frame.rgb.data();
}

void fitFrame(PreviewFrame& frame, int maxWidth, int maxHeight) {
    if (frame.width <= maxWidth && frame.height <= maxHeight) return;
    const double scale = std::min(static_cast<double>(maxWidth) / frame.width, static_cast<double>(maxHeight) / frame.height);
    const int width = std::max(1, static_cast<int>(frame.width * scale));
    const int height = std::max(1, static_cast<int>(frame.height * scale));
    // In place: every output pixel comes from at or after its own position in the input.
    for (int y = 0; y < height; ++y) {
        const int sy = static_cast<int>(y / scale);
        for (int x = 0; x < width; ++x) {
            const int sx = static_cast<int>(x / scale);
            const unsigned char* from = frame.rgb.data() + (static_cast<size_t>(sy) * static_cast<size_t>(frame.width) + static_cast<size_t>(sx)) * 3;
            unsigned char* to = frame.rgb.data() + (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3;
            std::copy_n(from, 3, to);
        }
    }
    const size_t kept = static_cast<size_t>(width) * static_cast<size_t>(height) * 3;
    secureWipe(frame.rgb.data() + kept, frame.rgb.size() - kept);  // the rest of the full frame
    frame.rgb.resize(kept);
    frame.width = width;
    frame.height = height;
}

std::unique_ptr<PreviewSource> makePreviewSource(const config::CaptureSettings& settings) {
    if (!settings.preview) return nullptr;
    switch (settings.backend) {
        case config::CaptureBackend::File: return makeFilePreview(settings.path);
        case config::CaptureBackend::V4l2: return makeV4l2Preview(settings.path);
        case config::CaptureBackend::Sane:  // the card lies under a lid: nothing to aim
        case config::CaptureBackend::None: break;
    }
    return nullptr;
}

}  // namespace kiosk::capture
