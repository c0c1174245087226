#include "reference_portal/clock.hpp"

#include <cstdio>

namespace kiosk::reference_portal {

namespace {

constexpr std::chrono::hours kOffset{7};

struct Civil {
    std::chrono::year_month_day date;
    std::chrono::hh_mm_ss<std::chrono::seconds> time;
};

Civil civil(Seconds t) {
    const auto local = t + kOffset;
    const auto day = std::chrono::floor<std::chrono::days>(local);
    return Civil{std::chrono::year_month_day(day),
                 std::chrono::hh_mm_ss<std::chrono::seconds>(local - day)};
}

}  // namespace

Seconds now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

std::string rfc3339(Seconds t) {
    const Civil c = civil(t);
    char out[64];  // room for any value the compiler cannot rule out, not only real dates
    std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02ld:%02ld:%02ld+07:00", int(c.date.year()),
                  unsigned(c.date.month()), unsigned(c.date.day()),
                  static_cast<long>(c.time.hours().count()),
                  static_cast<long>(c.time.minutes().count()),
                  static_cast<long>(c.time.seconds().count()));
    return out;
}

std::string vietnamDay(Seconds t) {
    const Civil c = civil(t);
    char out[16];
    std::snprintf(out, sizeof out, "%02d%02u%02u", int(c.date.year()) % 100,
                  unsigned(c.date.month()), unsigned(c.date.day()));
    return out;
}

Seconds dueAfterWorkingDays(Seconds t, int workingDays, const WorkingCalendar& calendar) {
    const Civil received = civil(t);
    const std::chrono::sys_days due = calendar.dueDate(
        std::chrono::sys_days{received.date}, static_cast<int>(received.time.hours().count()), workingDays);
    return Seconds(due + std::chrono::hours{17} - kOffset);
}

}  // namespace kiosk::reference_portal
