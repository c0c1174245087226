#include "kiosk/base/clock.hpp"

#include <ctime>

namespace kiosk {

std::chrono::year_month_day Clock::today() const {
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(localNow())};
}

Clock::Steady::time_point SystemClock::steadyNow() const { return Steady::now(); }

std::chrono::local_seconds SystemClock::localNow() const {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return std::chrono::local_seconds(std::chrono::seconds(now + tm.tm_gmtoff));
}

}  // namespace kiosk
