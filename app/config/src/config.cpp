#include "kiosk/config/config.hpp"

#include <algorithm>

namespace kiosk::config {

const std::string& Locales::get(const std::string& key, forms::Lang lang) const {
    if (lang == forms::Lang::En) {
        if (const auto it = en.find(key); it != en.end()) return it->second;
    }
    if (const auto it = vi.find(key); it != vi.end()) return it->second;
    return key;
}

const forms::Service* Config::findService(const std::string& id) const {
    const auto it = std::find_if(services.begin(), services.end(),
                                 [&](const forms::Service& s) { return s.id == id; });
    return it == services.end() ? nullptr : &*it;
}

const forms::ChoiceList* Config::findChoices(const forms::Service& service, const std::string& id) const {
    const auto matches = [&](const forms::ChoiceList& list) { return list.id == id; };
    if (const auto it = std::find_if(service.choiceLists.begin(), service.choiceLists.end(), matches);
        it != service.choiceLists.end()) {
        return &*it;
    }
    const auto it = std::find_if(sharedChoices.begin(), sharedChoices.end(), matches);
    return it == sharedChoices.end() ? nullptr : &*it;
}

std::string ConfigError::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
    out += ": ";
    if (!keyPath.empty()) out += keyPath + ": ";
    out += message;
    if (!hint.empty()) out += " (" + hint + ")";
    return out;
}

}  // namespace kiosk::config
