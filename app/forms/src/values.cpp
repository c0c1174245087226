#include "kiosk/forms/values.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "kiosk/base/text.hpp"

namespace kiosk::forms {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..maxDigits digits from the front of `s`.
std::optional<int> takeDigits(std::string_view& s, size_t minDigits, size_t maxDigits) {
    size_t n = 0;
    int value = 0;
    while (n < s.size() && n < maxDigits && isDigit(s[n])) value = value * 10 + (s[n++] - '0');
    if (n < minDigits || (n < s.size() && isDigit(s[n]))) return std::nullopt;
    s.remove_prefix(n);
    return value;
}

}  // namespace

std::optional<Date> parseDate(std::string_view text) {
    std::string_view s = text::trimAsciiSpace(text);
    const auto day = takeDigits(s, 1, 2);
    if (!day || s.empty() || s.front() != '/') return std::nullopt;
    s.remove_prefix(1);
    const auto month = takeDigits(s, 1, 2);
    if (!month || s.empty() || s.front() != '/') return std::nullopt;
    s.remove_prefix(1);
    const auto year = takeDigits(s, 4, 4);
    if (!year || !s.empty()) return std::nullopt;
    const Date date{std::chrono::year(*year), std::chrono::month(static_cast<unsigned>(*month)),
                    std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string formatDate(Date date) {
    std::array<char, 16> buf{};
    std::snprintf(buf.data(), buf.size(), "%02u/%02u/%04d", static_cast<unsigned>(date.day()),
                  static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
    return buf.data();
}

std::optional<long long> parseInteger(std::string_view text) {
    std::string_view s = text::trimAsciiSpace(text);
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.empty() || !isDigit(s.front())) return std::nullopt;
    long long value = 0;
    int digits = 0;
    int groupDigits = 0;   // digits since the last separator
    bool grouped = false;  // a separator has been seen
    char separator = 0;
    for (char c : s) {
        if (isDigit(c)) {
            if (++digits > 15) return std::nullopt;
            value = value * 10 + (c - '0');
            ++groupDigits;
            continue;
        }
        if (c != '.' && c != ',' && c != ' ') return std::nullopt;
        // One kind of separator only, so "1.234,5" is not silently read as 12345.
        if (separator != 0 && c != separator) return std::nullopt;
        if ((grouped && groupDigits != 3) || (!grouped && groupDigits > 3)) return std::nullopt;
        separator = c;
        grouped = true;
        groupDigits = 0;
    }
    if (grouped && groupDigits != 3) return std::nullopt;
    return negative ? -value : value;
}

std::optional<double> parseNumber(std::string_view text) {
    if (const auto whole = parseInteger(text)) return static_cast<double>(*whole);
    const std::string_view s = text::trimAsciiSpace(text);
    if (s.empty()) return std::nullopt;
    for (char c : s) {
        if (!isDigit(c) && c != '.' && c != '-') return std::nullopt;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return {};
    if (std::fabs(value) < 1e15 && value == std::trunc(value)) {
        return std::to_string(static_cast<long long>(value));
    }
    std::array<char, 32> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    if (ec != std::errc()) return {};
    return std::string(buf.data(), end);
}

std::string phoneDigits(std::string_view text) {
    std::string digits;
    bool plus = false;
    for (char c : text) {
        if (isDigit(c)) {
            digits += c;
        } else if (c == '+' && digits.empty() && !plus) {
            plus = true;
        } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
            return {};
        }
    }
    if (plus) {
        if (digits.rfind("84", 0) != 0) return {};
        return "0" + digits.substr(2);
    }
    if (digits.rfind("0084", 0) == 0) return "0" + digits.substr(4);
    return digits;
}

bool isMobileNumber(std::string_view digits) {
    if (digits.size() != 10 || digits[0] != '0') return false;
    for (char c : digits) {
        if (!isDigit(c)) return false;
    }
    const char second = digits[1];
    return second == '3' || second == '5' || second == '7' || second == '8' || second == '9';
}

std::string withoutSpaces(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c != ' ' && c != '\t') out += c;
    }
    return out;
}

}  // namespace kiosk::forms
