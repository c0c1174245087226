#include "kiosk/base/lookup_secret.hpp"

namespace kiosk {

std::optional<std::string> readLookupSecret(std::string_view typed) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (kLookupSecretAlphabet.find(c) == std::string_view::npos || code.size() == kLookupSecretLength) {
            return std::nullopt;
        }
        code += c;
    }
    if (code.size() != kLookupSecretLength) return std::nullopt;
    return code;
}

}  // namespace kiosk
