#include "kiosk/config/staff_pin_hash.hpp"

#include <charconv>

namespace kiosk::config {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

std::optional<std::vector<unsigned char>> fromHex(std::string_view hex, std::size_t bytes) {
    if (hex.size() != bytes * 2) return std::nullopt;
    std::vector<unsigned char> out(bytes);
    for (std::size_t i = 0; i < bytes; ++i) {
        unsigned value = 0;
        const auto* first = hex.data() + 2 * i;
        const auto [end, ec] = std::from_chars(first, first + 2, value, 16);
        if (ec != std::errc{} || end != first + 2) return std::nullopt;
        out[i] = static_cast<unsigned char>(value);
    }
    return out;
}

std::string toHex(const std::vector<unsigned char>& bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

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
    return std::string(kScheme) + "$" + std::to_string(hash.iterations) + "$" + toHex(hash.salt) + "$" + toHex(hash.hash);
}

}  // namespace kiosk::config
