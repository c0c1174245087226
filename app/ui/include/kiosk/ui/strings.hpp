#pragma once
// The kiosk's own words, by key, in the session's language (kiosk-config/locales/*.toml).
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "kiosk/config/config.hpp"

namespace kiosk::ui {

using Placeholders = std::initializer_list<std::pair<std::string_view, std::string>>;

class Strings {
public:
    // `variant`: a prefix whose keys, where the locales have them, say the same thing to another
    // reader: "desk_intake." words the kiosk's screens for the officer at the one-stop desk
    // (no touch, no "bạn" to the citizen), and every other key stays the kiosk's own.
    Strings(const config::Locales& locales, forms::Lang lang, std::string variant = {})
        : m_locales(locales), m_lang(lang), m_variant(std::move(variant)) {}

    // The string for `key` (its variant's where there is one); Vietnamese when the language
    // lacks it, the key itself as a last resort. A copy, because that last resort refers to
    // `key`, often a temporary.
    std::string get(const std::string& key) const;
    // The string with each "{name}" replaced by its value.
    std::string format(const std::string& key, Placeholders values) const;
    // An administrator's text (service names, labels) in the session's language.
    const std::string& text(const forms::Text& t) const { return t.in(m_lang); }
    forms::Lang lang() const { return m_lang; }

private:
    const config::Locales& m_locales;
    forms::Lang m_lang;
    std::string m_variant;
};

// "{name}" in `pattern` replaced by each value.
std::string fillPlaceholders(std::string pattern, Placeholders values);

}  // namespace kiosk::ui
