#include "kiosk/ime/options.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace kiosk::ime {
namespace {

std::string lowered(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

std::optional<Method> parseMethod(std::string_view name) {
    const std::string n = lowered(name);
    if (n == "telex") return Method::Telex;
    if (n == "vni") return Method::Vni;
    return std::nullopt;
}

std::optional<ToneStyle> parseToneStyle(std::string_view name) {
    const std::string n = lowered(name);
    if (n == "old") return ToneStyle::Old;
    if (n == "new") return ToneStyle::New;
    return std::nullopt;
}

}  // namespace kiosk::ime
