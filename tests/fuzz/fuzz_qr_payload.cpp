// libFuzzer target: parseQrPayload must never crash, and anything it accepts must be sane.
#include <cstdint>
#include <cstdlib>

#include "scanners_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto qr = scanners::parseQrPayload(text);
    if (qr && !kiosk::fuzz::qrProblem(*qr).empty()) std::abort();
    return 0;
}
