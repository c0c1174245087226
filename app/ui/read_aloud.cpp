#include "ui/read_aloud.hpp"

#include <string_view>

namespace kiosk::ui {
namespace {

bool endsSentence(std::string_view line) {
    for (const std::string_view end : {".", "!", "?", ":", "…", "。"}) {
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
    }
    return false;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::string readAloudText(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& raw : lines) {
        const std::string_view line = trimmed(raw);
        if (line.empty()) continue;
        if (!out.empty()) out += ' ';
        out += line;
        if (!endsSentence(line)) out += '.';
    }
    return out;
}

}  // namespace kiosk::ui
