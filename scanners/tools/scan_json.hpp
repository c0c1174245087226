#pragma once
// The JSON that kiosk-scan prints for one card (keys as documented in the issue "Read
// Vietnamese ID cards"), written by hand: scanners/ takes no JSON dependency for one printer.
#include <string>
#include <vector>

#include "scanners/pipeline.hpp"

namespace scanners::cli {

// One scan's report; `images` (batch mode) is listed when not empty.
std::string reportJson(const ScanReport& report, const std::vector<std::string>& images);

// A failed scan: {"error": {...}, "elapsed_ms": …}.
std::string errorJson(const Error& error, long elapsedMs, const std::vector<std::string>& images);

}  // namespace scanners::cli
