#include "kiosk/core/lookup_code.hpp"

namespace kiosk::core {

std::optional<std::string> lookupKey(std::string_view typed) {
    std::string key;
    for (const char c : typed) {
        if (c >= 'a' && c <= 'z') key += static_cast<char>(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) key += c;
        else if (c != ' ' && c != '.' && c != '-' && c != '/' && c != '\t') return std::nullopt;
    }
    if (key.size() < kShortestLookupKey) return std::nullopt;
    return key;
}

}  // namespace kiosk::core
