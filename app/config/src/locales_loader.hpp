#pragma once
// locales/<lang>.toml: the kiosk's own strings. Tables nest, so `[home]` + `title = "…"` is the
// key "home.title"; every value is a string.
#include <map>
#include <string>

#include "source_file.hpp"

namespace kiosk::config::detail {

struct LocaleStrings {
    std::map<std::string, std::string> strings;
    std::map<std::string, Position> where;  // for reporting a key the other language lacks
};

LocaleStrings loadLocale(const toml::table& document, SourceFile& file);

// Reports every key of `translation` (read from `file`) that the Vietnamese table lacks: the
// Vietnamese strings are the fallback, so a key only in English would show its bare name.
void checkTranslation(const LocaleStrings& vietnamese, const LocaleStrings& translation, SourceFile& file);

}  // namespace kiosk::config::detail
