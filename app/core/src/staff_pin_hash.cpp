#include "kiosk/core/staff_pin_hash.hpp"

#include <charconv>

#include "kiosk/base/hex.hpp"

namespace kiosk::core {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

// Splits at '$'; the format has exactly four parts.
std::optional<std::vector<std::string_view>> parts(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find('$', start);
        out.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    if (out.size() != 4) return std::nullopt;
    return out;
}

}  // namespace

std::optional<StaffPinHash> parseStaffPinHash(std::string_view text) {
    const auto p = parts(text);
    if (!p || (*p)[0] != kScheme) return std::nullopt;
    StaffPinHash out;
    const auto& rounds = (*p)[1];
    const auto [end, ec] = std::from_chars(rounds.data(), rounds.data() + rounds.size(), out.iterations);
    if (ec != std::errc{} || end != rounds.data() + rounds.size() || rounds.starts_with('0')) return std::nullopt;
    if (out.iterations < kMinStaffPinIterations || out.iterations > kMaxStaffPinIterations) return std::nullopt;
    auto salt = fromHex((*p)[2], kSaltBytes);
    auto hash = fromHex((*p)[3], kHashBytes);
    if (!salt || !hash) return std::nullopt;
    out.salt = std::move(*salt);
    out.hash = std::move(*hash);
    return out;
}

std::string formatStaffPinHash(const StaffPinHash& hash) {
    return std::string(kScheme) + "$" + std::to_string(hash.iterations) + "$" + toHex(hash.salt) + "$" +
           toHex(hash.hash);
}

}  // namespace kiosk::core
