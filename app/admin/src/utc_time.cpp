#include "utc_time.hpp"

#include <array>
#include <charconv>
#include <ctime>

namespace kiosk::admin {
namespace {

bool readNumber(std::string_view text, std::size_t at, std::size_t digits, int& out) {
    if (at + digits > text.size()) return false;
    for (std::size_t i = at; i < at + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    const char* first = text.data() + at;
    const auto [end, ec] = std::from_chars(first, first + digits, out);
    return ec == std::errc{} && end == first + digits;
}

}  // namespace

std::string utcTime(std::chrono::sys_seconds t) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::array<char, 32> buf{};
    std::strftime(buf.data(), buf.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf.data();
}

std::optional<std::chrono::sys_seconds> parseUtcTime(std::string_view text) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (text.size() != 10 && text.size() != 20) return std::nullopt;
    if (!readNumber(text, 0, 4, y) || text[4] != '-' || !readNumber(text, 5, 2, mo) || text[7] != '-' ||
        !readNumber(text, 8, 2, d)) {
        return std::nullopt;
    }
    if (text.size() == 20 &&
        (text[10] != 'T' || !readNumber(text, 11, 2, h) || text[13] != ':' || !readNumber(text, 14, 2, mi) ||
         text[16] != ':' || !readNumber(text, 17, 2, s) || text[19] != 'Z' || h > 23 || mi > 59 || s > 59)) {
        return std::nullopt;
    }
    const std::chrono::year_month_day day{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(mo)),
                                          std::chrono::day(static_cast<unsigned>(d))};
    if (!day.ok()) return std::nullopt;
    return std::chrono::sys_seconds(std::chrono::sys_days(day)) + std::chrono::hours(h) + std::chrono::minutes(mi) +
           std::chrono::seconds(s);
}

}  // namespace kiosk::admin
