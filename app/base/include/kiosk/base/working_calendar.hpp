#pragma once
// The working days of a Vietnamese state office: Monday to Friday, less the public holidays and
// Tết days the government announces each year, plus the weekend days it makes working days in
// exchange ("làm bù"). The date a result is due ("ngày hẹn trả kết quả") is counted in these.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// One break as an administrator wrote it: its first and last day and why.
struct DayOffPeriod {
    std::chrono::sys_days from, to;
    std::string reason;
};

class WorkingCalendar {
public:
    WorkingCalendar() = default;  // Monday to Friday, no holidays known
    WorkingCalendar(std::vector<std::chrono::sys_days> daysOff,
                    std::vector<std::chrono::sys_days> makeUpDays);
    // From the breaks as written (working-calendar.toml), which periods() then lists.
    WorkingCalendar(std::vector<DayOffPeriod> periods, std::vector<std::chrono::sys_days> makeUpDays);

    bool isWorkingDay(std::chrono::sys_days day) const;

    // The day a procedure with a time limit of `workingDays` is due when received on `day` at
    // `hour` o'clock local time. Counting starts on the first working day from `day`; a limit of
    // 0 is that same day, or the next working day when received on a working day at 15:00 or
    // later (the rule the civil-status and certification decrees state).
    std::chrono::sys_days dueDate(std::chrono::sys_days day, int hour, int workingDays) const;

    // The last day off written down, so staff can see how far ahead the calendar reaches.
    std::optional<std::chrono::sys_days> lastDayOff() const;
    // The breaks as written, by first day: what staff read to see exactly what the calendar
    // holds (and so what it lacks). Empty for a calendar made from bare days.
    const std::vector<DayOffPeriod>& periods() const { return m_periods; }

private:
    std::vector<DayOffPeriod> m_periods;              // sorted by `from`
    std::vector<std::chrono::sys_days> m_daysOff;     // sorted
    std::vector<std::chrono::sys_days> m_makeUpDays;  // sorted
};

}  // namespace kiosk
