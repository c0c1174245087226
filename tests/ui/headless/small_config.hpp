#pragma once
// A small config built in code for UI tests that need no real service (idle, staff, look-up,
// keyboard), with the shipped locales so the screens show their real words.
#include <memory>

#include <toml++/toml.h>

#include "kiosk/config/config.hpp"
#include "support/paths.hpp"

namespace kiosk::test {

inline void flattenLocale(const toml::table& table, const std::string& prefix,
                          std::map<std::string, std::string>& out) {
    for (const auto& [key, node] : table) {
        const std::string name = prefix + std::string(key.str());
        if (const auto* inner = node.as_table()) flattenLocale(*inner, name + ".", out);
        else if (const auto* text = node.as_string()) out[name] = text->get();
    }
}

inline std::map<std::string, std::string> shippedLocale(const char* lang) {
    std::map<std::string, std::string> out;
    const auto path = shippedConfig() / "locales" / (std::string(lang) + ".toml");
    flattenLocale(toml::parse_file(path.string()), "", out);
    return out;
}

inline std::shared_ptr<config::Config> smallConfig() {
    auto cfg = std::make_shared<config::Config>();
    cfg->kiosk.kioskId = "KIOSK-UI-TEST";
    cfg->kiosk.communeName = "Xã Thử Nghiệm";
    cfg->kiosk.languages = {forms::Lang::Vi, forms::Lang::En};
    cfg->kiosk.idleTimeoutSeconds = 120;
    cfg->kiosk.idleWarningSeconds = 30;
    cfg->locales.vi = shippedLocale("vi");
    cfg->locales.en = shippedLocale("en");
    return cfg;
}

}  // namespace kiosk::test
