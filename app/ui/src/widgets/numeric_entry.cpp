#include <string>

#include "kiosk/ui/widgets/keyboard.hpp"

namespace kiosk::ui {
namespace {

size_t maxDigits(InputKind kind) {
    switch (kind) {
        case InputKind::Date: return 8;
        case InputKind::Phone: return 10;
        case InputKind::Digits: return 12;
        case InputKind::Number: return 15;
        case InputKind::Pin: return 8;
        case InputKind::Text:
        case InputKind::Plain: break;
    }
    return 0;
}

std::string digitsOf(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= '0' && c <= '9') out += c;
    }
    return out;
}

}  // namespace

std::string formatDateDigits(std::string_view digits) {
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        out += digits[i];
        if (i == 1 || i == 3) out += '/';
    }
    return out;
}

std::string applyNumeric(InputKind kind, std::string_view current, const KeyPress& key) {
    std::string digits = digitsOf(current);
    switch (key.kind) {
        case KeyPress::Kind::Text:
        case KeyPress::Kind::Paste:
            // A pasted or scanned number keeps its digits and drops the rest ("0912 345 678").
            digits += digitsOf(key.text);
            if (digits.size() > maxDigits(kind)) digits.resize(maxDigits(kind));
            break;
        case KeyPress::Kind::Backspace:
            if (!digits.empty()) digits.pop_back();
            break;
        case KeyPress::Kind::Clear: digits.clear(); break;
        default: break;
    }
    return kind == InputKind::Date ? formatDateDigits(digits) : digits;
}

}  // namespace kiosk::ui
