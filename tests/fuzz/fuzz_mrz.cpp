// libFuzzer target: parseMrz and parseTravelDocument must never crash; what parseMrz accepts
// must pass every check, what parseTravelDocument accepts must report its checks truly.
// Seed corpus: tests/fuzz/corpus/mrz (ICAO examples of each format).
#include <cstdint>
#include <cstdlib>

#include "scanners_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto mrz = scanners::parseMrz(text);
    if (mrz && !kiosk::fuzz::mrzProblem(*mrz).empty()) std::abort();
    const auto document = scanners::parseTravelDocument(text, 2026);
    if (document && !kiosk::fuzz::travelDocumentProblem(*document).empty()) std::abort();
    return 0;
}
