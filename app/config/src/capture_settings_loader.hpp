#pragma once
// Reads kiosk.toml [capture] into CaptureSettings (errors through the TableReader).
#include "kiosk/config/capture_settings.hpp"
#include "toml_reader.hpp"

namespace kiosk::config::detail {

void readCapture(TableReader& capture, CaptureSettings& out);

}  // namespace kiosk::config::detail
