#include "kiosk/base/working_calendar.hpp"

#include <algorithm>

namespace kiosk {
namespace {

using std::chrono::sys_days;

std::vector<sys_days> sorted(std::vector<sys_days> days) {
    std::sort(days.begin(), days.end());
    return days;
}

bool contains(const std::vector<sys_days>& sortedDays, sys_days day) {
    return std::binary_search(sortedDays.begin(), sortedDays.end(), day);
}

}  // namespace

WorkingCalendar::WorkingCalendar(std::vector<sys_days> daysOff, std::vector<sys_days> makeUpDays)
    : m_daysOff(sorted(std::move(daysOff))), m_makeUpDays(sorted(std::move(makeUpDays))) {}

WorkingCalendar::WorkingCalendar(std::vector<DayOffPeriod> periods, std::vector<sys_days> makeUpDays)
    : m_periods(std::move(periods)), m_makeUpDays(sorted(std::move(makeUpDays))) {
    std::sort(m_periods.begin(), m_periods.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
    for (const auto& p : m_periods) {
        for (sys_days d = p.from; d <= p.to; d += std::chrono::days{1}) m_daysOff.push_back(d);
    }
    m_daysOff = sorted(std::move(m_daysOff));
}

bool WorkingCalendar::isWorkingDay(sys_days day) const {
    if (contains(m_makeUpDays, day)) return true;
    const std::chrono::weekday wd{day};
    return wd != std::chrono::Saturday && wd != std::chrono::Sunday && !contains(m_daysOff, day);
}

sys_days WorkingCalendar::dueDate(sys_days day, int hour, int workingDays) const {
    int remaining = workingDays;
    if (remaining == 0 && hour >= 15 && isWorkingDay(day)) remaining = 1;
    // Tết is at most a few weeks of days off: a year of searching only ends on a broken calendar.
    constexpr int kGiveUpAfterDays = 366;
    int searched = 0;
    const auto nextWorkingDay = [&](sys_days d) {
        while (!isWorkingDay(d) && searched++ < kGiveUpAfterDays) d += std::chrono::days{1};
        return d;
    };
    day = nextWorkingDay(day);
    for (; remaining > 0; --remaining) day = nextWorkingDay(day + std::chrono::days{1});
    return day;
}

std::optional<sys_days> WorkingCalendar::lastDayOff() const {
    if (m_daysOff.empty()) return std::nullopt;
    return m_daysOff.back();
}

}  // namespace kiosk
