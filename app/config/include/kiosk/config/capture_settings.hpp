#pragma once
// kiosk.toml [capture]: where the identity step gets card pictures from (app/capture).
#include <string>

namespace kiosk::config {

enum class CaptureBackend {
    None,  // no device: the citizen types (a USB QR reader still works, see keyboardQr)
    File,  // an image file or a folder of images (tests, demos)
    V4l2,  // a document camera or webcam (libv4l2)
    Sane,  // a flatbed or card scanner (SANE)
};

struct CaptureSettings {
    CaptureBackend backend = CaptureBackend::None;
    // file: the image or folder (relative to the config folder); v4l2: the device
    // (default /dev/video0); sane: the SANE device name (empty: the first one found).
    std::string path;
    int width = 1920;   // v4l2: the frame size asked of the camera
    int height = 1080;
    int dpi = 300;      // sane: resolution
    // file and v4l2: a live picture (at most 640x480, about ten frames a second) while the
    // citizen places the card; a SANE scanner never has one.
    bool preview = true;
    // A USB QR reader "types" the CCCD payload into the focused box; recognise it.
    bool keyboardQr = true;
    std::string tessdata;  // other Tesseract models; empty: Debian's
};

}  // namespace kiosk::config
