// libFuzzer target: parseMrz must never crash, and anything it accepts must pass every check.
#include <cstdint>
#include <cstdlib>

#include "scanners_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto mrz = scanners::parseMrz(text);
    if (mrz && !kiosk::fuzz::mrzProblem(*mrz).empty()) std::abort();
    return 0;
}
