// Fuzz target: the VietQR / EMVCo TLV reader (a payment QR from the portal is checked before it
// is shown). Invariant: whatever the text, parsing either refuses it or gives fields that lie
// inside it; never a crash.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/payment/vietqr.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto payload = kiosk::payment::parseVietQr(text);
    if (!payload) return 0;
    if (payload->amount.size() > text.size() || payload->purpose.size() > text.size()) std::abort();
    return 0;
}
