#include "kiosk/base/hex.hpp"

#include <algorithm>

namespace kiosk {
namespace {

// The value of one hex digit, or -1.
int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

void appendHex(std::string& out, unsigned char byte, HexCase letters) {
    const char* digits = letters == HexCase::Lower ? "0123456789abcdef" : "0123456789ABCDEF";
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
}

std::string toHex(std::span<const unsigned char> bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const unsigned char b : bytes) appendHex(out, b);
    return out;
}

std::string toHex(std::string_view bytes) {
    return toHex(std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

bool isHex(std::string_view text, std::size_t digits) {
    return text.size() == digits && std::all_of(text.begin(), text.end(), [](char c) { return digitValue(c) >= 0; });
}

std::optional<std::vector<unsigned char>> fromHex(std::string_view text, std::size_t bytes) {
    if (!isHex(text, bytes * 2)) return std::nullopt;
    std::vector<unsigned char> out(bytes);
    for (std::size_t i = 0; i < bytes; ++i) {
        out[i] = static_cast<unsigned char>(digitValue(text[2 * i]) * 16 + digitValue(text[2 * i + 1]));
    }
    return out;
}

}  // namespace kiosk
