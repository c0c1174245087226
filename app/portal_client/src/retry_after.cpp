#include "kiosk/portal_client/retry_after.hpp"

#include <array>
#include <cstdint>

#include "kiosk/base/text.hpp"

namespace kiosk::portal_client {
namespace {

using namespace std::chrono;

constexpr std::int64_t kTenYears = 10LL * 366 * 24 * 3600;

constexpr std::array<std::string_view, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> kLongDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A left-to-right reader over the date text; every step fails softly.
class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    bool literal(std::string_view expected) {
        if (m_text.substr(0, expected.size()) != expected) return false;
        m_text.remove_prefix(expected.size());
        return true;
    }
    // Exactly `count` digits.
    std::optional<int> digits(std::size_t count) {
        if (m_text.size() < count) return std::nullopt;
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = m_text[i];
            if (c < '0' || c > '9') return std::nullopt;
            value = value * 10 + (c - '0');
        }
        m_text.remove_prefix(count);
        return value;
    }
    template <std::size_t N>
    std::optional<unsigned> oneOf(const std::array<std::string_view, N>& names) {
        for (std::size_t i = 0; i < N; ++i) {
            if (literal(names[i])) return static_cast<unsigned>(i);
        }
        return std::nullopt;
    }
    bool done() const { return m_text.empty(); }

private:
    std::string_view m_text;
};

struct Fields {
    int year = 0;
    unsigned month = 0;  // 1-12
    int day = 0;
    int hour = 0, minute = 0, second = 0;
};

std::optional<sys_seconds> toTime(const Fields& f) {
    const year_month_day date{year{f.year}, month{f.month}, day{static_cast<unsigned>(f.day)}};
    if (!date.ok() || f.hour > 23 || f.minute > 59 || f.second > 60) return std::nullopt;
    return sys_seconds{sys_days{date}} + hours{f.hour} + minutes{f.minute} + seconds{f.second};
}

bool readClock(Cursor& c, Fields& f) {
    const auto h = c.digits(2);
    if (!h || !c.literal(":")) return false;
    const auto m = c.digits(2);
    if (!m || !c.literal(":")) return false;
    const auto s = c.digits(2);
    if (!s) return false;
    f.hour = *h;
    f.minute = *m;
    f.second = *s;
    return true;
}

bool readMonth(Cursor& c, Fields& f) {
    const auto m = c.oneOf(kMonths);
    if (!m) return false;
    f.month = *m + 1;
    return true;
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
std::optional<sys_seconds> imfFixdate(std::string_view text) {
    Cursor c(text);
    Fields f;
    if (!c.oneOf(kShortDays) || !c.literal(", ")) return std::nullopt;
    const auto d = c.digits(2);
    if (!d || !c.literal(" ") || !readMonth(c, f) || !c.literal(" ")) return std::nullopt;
    const auto y = c.digits(4);
    if (!y || !c.literal(" ") || !readClock(c, f) || !c.literal(" GMT") || !c.done()) return std::nullopt;
    f.day = *d;
    f.year = *y;
    return toTime(f);
}

// "Sunday, 06-Nov-94 08:49:37 GMT"; the century is the one that puts the date no more than
// 50 years after `now` (RFC 9110 §5.6.7).
std::optional<sys_seconds> rfc850(std::string_view text, sys_seconds now) {
    Cursor c(text);
    Fields f;
    if (!c.oneOf(kLongDays) || !c.literal(", ")) return std::nullopt;
    const auto d = c.digits(2);
    if (!d || !c.literal("-") || !readMonth(c, f) || !c.literal("-")) return std::nullopt;
    const auto yy = c.digits(2);
    if (!yy || !c.literal(" ") || !readClock(c, f) || !c.literal(" GMT") || !c.done()) return std::nullopt;
    f.day = *d;
    const int nowYear = static_cast<int>(year_month_day{floor<days>(now)}.year());
    f.year = nowYear - nowYear % 100 + *yy;
    if (f.year > nowYear + 50) f.year -= 100;
    return toTime(f);
}

// "Sun Nov  6 08:49:37 1994" (the day is space-padded to two characters)
std::optional<sys_seconds> asctime(std::string_view text) {
    Cursor c(text);
    Fields f;
    if (!c.oneOf(kShortDays) || !c.literal(" ") || !readMonth(c, f) || !c.literal(" ")) return std::nullopt;
    std::optional<int> d;
    if (c.literal(" ")) {
        d = c.digits(1);
    } else {
        d = c.digits(2);
    }
    if (!d || !c.literal(" ") || !readClock(c, f) || !c.literal(" ")) return std::nullopt;
    const auto y = c.digits(4);
    if (!y || !c.done()) return std::nullopt;
    f.day = *d;
    f.year = *y;
    return toTime(f);
}

}  // namespace

std::optional<sys_seconds> parseHttpDate(std::string_view text, sys_seconds now) {
    text = text::trimAsciiSpace(text);
    if (auto t = imfFixdate(text)) return t;
    if (auto t = rfc850(text, now)) return t;
    return asctime(text);
}

std::optional<seconds> parseRetryAfter(std::string_view value, sys_seconds now) {
    value = text::trimAsciiSpace(value);
    if (value.empty()) return std::nullopt;
    if (value.front() >= '0' && value.front() <= '9') {
        std::int64_t total = 0;
        for (const char ch : value) {
            if (ch < '0' || ch > '9') return std::nullopt;
            total = total * 10 + (ch - '0');
            if (total > kTenYears) total = kTenYears;  // saturate instead of overflowing
        }
        return seconds{total};
    }
    const auto when = parseHttpDate(value, now);
    if (!when) return std::nullopt;
    return *when <= now ? seconds{0} : std::min(seconds{kTenYears}, *when - now);
}

}  // namespace kiosk::portal_client
