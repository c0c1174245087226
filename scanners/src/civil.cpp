#include "scanners/civil.hpp"

#include "scanners/unicode.hpp"

#include <cstdio>

namespace scanners {
namespace {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year)) return 29;
    return kDays[month - 1];
}

// Reads 1..maxDigits ASCII digits from the front of `text`; -1 when there are none.
int takeNumber(std::string_view& text, size_t maxDigits) {
    int value = 0;
    size_t used = 0;
    while (used < text.size() && used < maxDigits && text[used] >= '0' && text[used] <= '9') {
        value = value * 10 + (text[used] - '0');
        ++used;
    }
    if (used == 0) return -1;
    text.remove_prefix(used);
    return value;
}

bool isDateSeparator(char c) { return c == '/' || c == '-' || c == '.'; }

}  // namespace

bool isValidDate(const Date& date) {
    if (date.year < 1800 || date.year > 2199) return false;
    if (date.month < 1 || date.month > 12) return false;
    return date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

std::optional<Date> parseDate(std::string_view text) {
    text = unicode::trim(text);
    Date date;
    if (text.size() == 8 && text.find_first_not_of("0123456789") == std::string_view::npos) {
        std::string_view rest = text;
        date.day = takeNumber(rest, 2);
        date.month = takeNumber(rest, 2);
        date.year = takeNumber(rest, 4);
    } else {
        std::string_view rest = text;
        date.day = takeNumber(rest, 2);
        if (rest.empty() || !isDateSeparator(rest.front())) return std::nullopt;
        const char separator = rest.front();
        rest.remove_prefix(1);
        date.month = takeNumber(rest, 2);
        if (rest.empty() || rest.front() != separator) return std::nullopt;
        rest.remove_prefix(1);
        if (rest.size() != 4) return std::nullopt;
        date.year = takeNumber(rest, 4);
        if (!rest.empty()) return std::nullopt;
    }
    if (!isValidDate(date)) return std::nullopt;
    return date;
}

std::string formatDate(const Date& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d", date.day % 100, date.month % 100,
                  date.year % 10000);
    return buffer;
}

std::string_view sexLabel(Sex sex) {
    switch (sex) {
        case Sex::Male: return "Nam";
        case Sex::Female: return "Nữ";
        case Sex::Unknown: break;
    }
    return {};
}

Sex parseSex(std::string_view text) {
    const std::string folded = unicode::foldToAsciiUpper(text);
    if (folded == "NAM") return Sex::Male;
    if (folded == "NU") return Sex::Female;
    return Sex::Unknown;
}

}  // namespace scanners
