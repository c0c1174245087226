#pragma once
// Reads kiosk.toml [capture] into CaptureSettings (errors through the TableReader).
#include "config/capture_settings.hpp"
#include "config/toml_reader.hpp"

namespace kiosk::config::detail {

void readCapture(TableReader& capture, CaptureSettings& out);

}  // namespace kiosk::config::detail
