#include "kiosk/ui/strings.hpp"

namespace kiosk::ui {

std::string fillPlaceholders(std::string pattern, Placeholders values) {
    for (const auto& [name, value] : values) {
        const std::string token = "{" + std::string(name) + "}";
        for (size_t at = pattern.find(token); at != std::string::npos;
             at = pattern.find(token, at + value.size())) {
            pattern.replace(at, token.size(), value);
        }
    }
    return pattern;
}

std::string Strings::get(const std::string& key) const {
    if (!m_variant.empty()) {
        // Vietnamese holds every key, so a variant in vi.toml is a variant in every language.
        const std::string variant = m_variant + key;
        if (m_locales.vi.count(variant) != 0) return m_locales.get(variant, m_lang);
    }
    return m_locales.get(key, m_lang);
}

std::string Strings::format(const std::string& key, Placeholders values) const {
    return fillPlaceholders(get(key), values);
}

}  // namespace kiosk::ui
