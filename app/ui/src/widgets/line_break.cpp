#include "kiosk/ui/widgets/line_break.hpp"

#include <algorithm>

namespace kiosk::ui {

std::vector<std::string_view> linesAtSpaces(std::string_view text, float room,
                                            const std::function<float(std::string_view)>& width) {
    std::vector<std::string_view> lines;
    const auto isSpace = [](char c) { return c == ' '; };
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end && isSpace(*p)) ++p;
    while (p < end) {
        const char* lineEnd = std::find_if(p, end, isSpace);
        for (const char* next = lineEnd; next < end;) {
            next = std::find_if_not(next, end, isSpace);
            if (next == end) break;
            const char* wordEnd = std::find_if(next, end, isSpace);
            if (width(std::string_view(p, static_cast<size_t>(wordEnd - p))) > room) break;
            lineEnd = wordEnd;
            next = wordEnd;
        }
        lines.emplace_back(p, static_cast<size_t>(lineEnd - p));
        p = std::find_if_not(lineEnd, end, isSpace);
    }
    return lines;
}

}  // namespace kiosk::ui
