#pragma once
// Bytes as hexadecimal text and back: the one place the kiosk and the reference portal write
// digests, key ids, random ids and salts as hex.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

enum class HexCase { Lower, Upper };

// Appends the two hex digits of `byte`, high nibble first.
void appendHex(std::string& out, unsigned char byte, HexCase letters = HexCase::Lower);

// Every byte as two lower-case hex digits.
std::string toHex(std::span<const unsigned char> bytes);
std::string toHex(std::string_view bytes);

// True when `text` is exactly `digits` hex digits, either case.
bool isHex(std::string_view text, std::size_t digits);

// The `bytes` bytes that 2 * `bytes` hex digits (either case) spell; nullopt for any other text.
std::optional<std::vector<unsigned char>> fromHex(std::string_view text, std::size_t bytes);

}  // namespace kiosk
