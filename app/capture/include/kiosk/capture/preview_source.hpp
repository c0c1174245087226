#pragma once
// Where live preview frames come from: small RGB frames, cheap enough for about ten a second,
// shown while the citizen places the card. Only a camera (and the file backend, standing in for
// one in demos and tests) has them; a SANE scanner scans under a lid and has no preview.
// Frames show a citizen's card: every buffer that held one is wiped (kiosk::secureWipe).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/base/result.hpp"
#include "kiosk/config/capture_settings.hpp"

namespace kiosk::capture {

// The largest preview frame: enough to aim a card on screen, and a fraction of the still's cost.
constexpr int kPreviewMaxWidth = 640;
constexpr int kPreviewMaxHeight = 480;

struct PreviewFrame {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb;  // width * height * 3 bytes, rows packed, top row first
};

// Wipes the pixels, frees the buffer and forgets the size.
void wipeFrame(PreviewFrame& frame);
// Sets the size and returns where the pixels go; a buffer too small is wiped before it is
// replaced, so a frame never leaves an unwiped copy behind.
unsigned char* sizeFrame(PreviewFrame& frame, int width, int height);
// Shrinks `frame` in place (nearest pixel, the aspect kept) to fit maxWidth x maxHeight.
void fitFrame(PreviewFrame& frame, int maxWidth, int maxHeight);
// An encoded image (JPEG, PNG, PNM) as RGB no larger than maxWidth x maxHeight, the aspect kept;
// nullopt when it is not an image. JPEGs decode straight at a half, quarter or eighth.
std::optional<PreviewFrame> decodeToFrame(const std::vector<unsigned char>& bytes, int maxWidth, int maxHeight);

class PreviewSource {
public:
    virtual ~PreviewSource() = default;
    // Opens the device. Errors as Source::take: "capture.no_device", "capture.busy",
    // "capture.failed", "capture.no_images", with Vietnamese messages for the citizen.
    virtual std::optional<Error> open() = 0;
    // The next frame into `frame` (its buffer reused), at most kPreviewMaxWidth x kPreviewMaxHeight;
    // `side` is the card side asked for (0 front, 1 back), which only the file backend uses.
    // May wait for the camera's next frame.
    virtual std::optional<Error> grab(PreviewFrame& frame, int side) = 0;
    // Closes the device and wipes everything it held.
    virtual void close() = 0;
};

// The preview the settings allow: a camera's, or the file backend's (its images served as
// frames, the front image while the front is asked for); nullptr for SANE, none, or
// [capture] preview = false.
std::unique_ptr<PreviewSource> makePreviewSource(const config::CaptureSettings& settings);

std::unique_ptr<PreviewSource> makeFilePreview(const std::string& path);
std::unique_ptr<PreviewSource> makeV4l2Preview(const std::string& device);

}  // namespace kiosk::capture
