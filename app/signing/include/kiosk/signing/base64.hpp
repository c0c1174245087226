#pragma once
// Standard base64 with padding (RFC 4648 §4), as RFC 9421 and RFC 9530 byte sequences use it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::signing {

// Encodes bytes as padded base64.
std::string base64Encode(std::string_view bytes);

// Decodes padded base64; nullopt for any character outside the alphabet or a wrong length.
std::optional<std::string> base64Decode(std::string_view text);

}  // namespace kiosk::signing
