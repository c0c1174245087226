#include "kiosk/ui/read_aloud.hpp"

#include <string_view>

#include "kiosk/base/text.hpp"

namespace kiosk::ui {

speech::Voice voiceFor(forms::Lang lang) {
    return lang == forms::Lang::En ? speech::Voice::English : speech::Voice::Vietnamese;
}

namespace {

bool endsSentence(std::string_view line) {
    for (const std::string_view end : {".", "!", "?", ":", "…", "。"}) {
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
    }
    return false;
}

}  // namespace

std::string spelledCode(const std::string& code, const std::vector<std::string>& digits,
                        const std::string& dot, const std::string& dash) {
    std::string out;
    bool inGroup = false;
    auto word = [&](const std::string& w, bool separator) {
        if (!out.empty()) out += (separator || !inGroup) ? ", " : " ";
        out += w;
        inGroup = !separator;
    };
    for (const char c : code) {
        if (c >= '0' && c <= '9' && digits.size() == 10) word(digits[static_cast<size_t>(c - '0')], false);
        else if (c == '.') word(dot, true);
        else if (c == '-') word(dash, true);
        else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word(std::string(1, c), false);
    }
    return out;
}

std::string readAloudText(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& raw : lines) {
        const std::string_view line = text::trimAsciiSpace(raw);
        if (line.empty()) continue;
        if (!out.empty()) out += ' ';
        out += line;
        if (!endsSentence(line)) out += '.';
    }
    return out;
}

}  // namespace kiosk::ui
