#include "locales_loader.hpp"

#include <vector>

#include "suggest.hpp"

namespace kiosk::config::detail {
namespace {

void flatten(const toml::table& table, const std::string& prefix, SourceFile& file, LocaleStrings& out) {
    for (const auto& [key, node] : table) {
        const std::string name = prefix + std::string(key.str());
        if (const auto* inner = node.as_table()) {
            flatten(*inner, name + ".", file, out);
        } else if (const auto* text = node.as_string()) {
            out.strings.emplace(name, text->get());
            out.where.emplace(name, positionOf(key.source()));
        } else {
            file.report(positionOf(node.source()), name, "config.wrong_type",
                        "'" + name + "' phải là chuỗi trong dấu nháy / '" + name + "' must be a string in quotes",
                        "viết / write: " + std::string(key.str()) + " = \"…\"");
        }
    }
}

}  // namespace

LocaleStrings loadLocale(const toml::table& document, SourceFile& file) {
    LocaleStrings out;
    flatten(document, {}, file, out);
    return out;
}

void checkTranslation(const LocaleStrings& vietnamese, const LocaleStrings& translation, SourceFile& file) {
    std::vector<std::string> known;
    for (const auto& [key, text] : vietnamese.strings) known.push_back(key);
    for (const auto& [key, text] : translation.strings) {
        if (vietnamese.strings.count(key) > 0) continue;
        const std::string close = closestMatch(key, known);
        file.report(translation.where.at(key), key, "config.locale_key",
                    "khóa '" + key + "' không có trong locales/vi.toml / key '" + key + "' is not in locales/vi.toml",
                    close.empty() ? "thêm bản tiếng Việt vào vi.toml hoặc xóa khóa này / add the Vietnamese text to "
                                    "vi.toml or remove this key"
                                  : "có phải ý bạn là '" + close + "'? / did you mean '" + close + "'?");
    }
}

}  // namespace kiosk::config::detail
