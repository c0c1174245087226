#pragma once
// The JSON that kiosk-scan prints for one card (keys and values exactly as the issue "Read
// Vietnamese ID cards" §4 lists them), written by hand: scanners/ takes no JSON dependency for
// one printer.
#include <string>

#include "scanners/pipeline.hpp"

namespace scanners::cli {

// One scan's report. Fields not read are null; `expiry_date` is "" for a card without expiry;
// `document` is the card's MRZ as a travel document (null without MRZ). A foreign document
// prints only {"document", "mrz", "warnings", "elapsed_ms"}.
std::string reportJson(const ScanReport& report);

// A card that could not be read: {"error": {"code", "message", "where"}, "elapsed_ms"}.
std::string errorJson(const Error& error, long elapsedMs);

}  // namespace scanners::cli
