#include "capture_settings_loader.hpp"

#include <filesystem>

namespace kiosk::config::detail {
namespace {

// A path is read by the kiosk, which may run from any folder: only absolute paths mean one thing.
void requireAbsolutePath(TableReader& capture, const CaptureSettings& out) {
    if (out.path.empty()) {
        capture.error("path", "config.missing_key",
                      "backend = \"file\" cần path: một ảnh hoặc thư mục ảnh / backend = \"file\" needs "
                      "path: an image or a folder of images",
                      "viết / write: path = \"/srv/kiosk/demo-cards\"");
    } else if (!std::filesystem::path(out.path).is_absolute()) {
        capture.error("path", "config.bad_value",
                      "path phải là đường dẫn tuyệt đối / path must be absolute",
                      "bắt đầu bằng '/' / start it with '/'");
    }
}

void readDevice(TableReader& table, CaptureSettings& out) {
    out.path = table.string("path").value_or("");
    out.width = table.integerInRange("width", 320, 8192).value_or(out.width);
    out.height = table.integerInRange("height", 240, 8192).value_or(out.height);
    out.dpi = table
                  .integerInRange("dpi", 150, 1200, Need::Optional,
                                  "dưới 150 dpi không đọc được vùng MRZ / below 150 dpi the MRZ "
                                  "cannot be read")
                  .value_or(out.dpi);
    switch (out.backend) {
        case CaptureBackend::File: requireAbsolutePath(table, out); break;
        case CaptureBackend::V4l2:
            if (out.path.empty()) out.path = "/dev/video0";
            break;
        case CaptureBackend::None:
        case CaptureBackend::Sane: break;
    }
}

}  // namespace

void readCapture(TableReader& capture, CaptureSettings& out) {
    out.backend = capture
                      .oneOf<CaptureBackend>("backend", {{"none", CaptureBackend::None},
                                                         {"file", CaptureBackend::File},
                                                         {"v4l2", CaptureBackend::V4l2},
                                                         {"sane", CaptureBackend::Sane}})
                      .value_or(out.backend);
    out.preview = capture.boolean("preview").value_or(out.preview);
    out.keyboardQr = capture.boolean("keyboard_qr").value_or(out.keyboardQr);
    out.tessdata = capture.string("tessdata").value_or("");
    readDevice(capture, out);
}

void readDocumentScanner(TableReader& scanner, CaptureSettings& out) {
    out.backend = scanner
                      .oneOf<CaptureBackend>("backend",
                                             {{"file", CaptureBackend::File},
                                              {"v4l2", CaptureBackend::V4l2},
                                              {"sane", CaptureBackend::Sane}},
                                             Need::Required)
                      .value_or(CaptureBackend::None);
    readDevice(scanner, out);
}

}  // namespace kiosk::config::detail
