#pragma once
// Where card pictures come from: an image file or folder, a V4L2 camera, a SANE scanner
// (kiosk.toml [capture]). A device is opened for each picture, so one plugged in late works and
// one pulled out is reported plainly; the citizen can always type instead.
#include <memory>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/config/capture_settings.hpp"

namespace kiosk::capture {

// An encoded picture (JPEG, PNG or PNM), as the scanners pipeline takes it. Wiped after use.
using Picture = std::vector<unsigned char>;

class Source {
public:
    virtual ~Source() = default;
    // Takes one picture. Errors (Vietnamese messages for the citizen): "capture.no_device",
    // "capture.busy", "capture.failed", "capture.no_images".
    virtual Result<Picture> take() = 0;
};

// The source the settings name; nullptr for CaptureBackend::None.
std::unique_ptr<Source> makeSource(const config::CaptureSettings& settings);

// The three backends, for tests and for makeSource.
std::unique_ptr<Source> makeFileSource(const std::string& path);
std::unique_ptr<Source> makeV4l2Source(const std::string& device, int width, int height);
std::unique_ptr<Source> makeSaneSource(const std::string& device, int dpi);

// "P5"/"P6" PNM bytes for raw grey (channels 1) or RGB (channels 3) pixels.
Picture pnmPicture(int width, int height, int channels, const unsigned char* pixels);

}  // namespace kiosk::capture
