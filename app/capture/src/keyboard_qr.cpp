#include "kiosk/capture/keyboard_qr.hpp"

#include <string>

#include "scanners/fusion.hpp"
#include "scanners/qr_payload.hpp"

namespace kiosk::capture {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Where 12 digits followed by '|' start (not preceded by another digit), or npos.
size_t payloadStart(std::string_view text) {
    for (size_t bar = text.find('|'); bar != std::string_view::npos; bar = text.find('|', bar + 1)) {
        if (bar < 12) continue;
        const size_t start = bar - 12;
        bool digits = true;
        for (size_t i = start; i < bar && digits; ++i) digits = isDigit(text[i]);
        if (digits && (start == 0 || !isDigit(text[start - 1]))) return start;
    }
    return std::string_view::npos;
}

}  // namespace

std::optional<scanners::Identity> identityFromTypedQr(std::string_view typed) {
    const size_t start = payloadStart(typed);
    if (start == std::string_view::npos) return std::nullopt;
    const auto payload = scanners::parseQrPayload(typed.substr(start));
    if (!payload) return std::nullopt;
    auto identity = scanners::fuseIdentity(scanners::CardReads{*payload, std::nullopt, std::nullopt});
    if (!identity) return std::nullopt;
    return std::move(identity.value());
}

}  // namespace kiosk::capture
