#pragma once
// Reads kiosk.toml [capture] into CaptureSettings (errors through the TableReader).
#include "kiosk/config/capture_settings.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {

void readCapture(TableReader& capture, CaptureSettings& out);
// [document_scanner]: backend ("sane", "v4l2" or "file"), path, dpi, width and height, as in
// [capture]; nothing of the card's (preview, keyboard_qr, tessdata).
void readDocumentScanner(TableReader& scanner, CaptureSettings& out);

}  // namespace kiosk::config::detail
