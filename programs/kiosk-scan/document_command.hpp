#pragma once
// kiosk-scan --document IMAGE --out FILE.jpg: one paper page through the kiosk's document-slot
// processing (crop, straighten, grey, JPEG), for integrators checking a camera or scanner.
#include <string>

namespace scanners::tools {

// Writes the processed page to `out` and prints one JSON object (size, skew, bytes); exit
// status 0, or 1 with the reason on stderr when the page cannot be used.
int runDocument(const std::string& image, const std::string& out);

}  // namespace scanners::tools
