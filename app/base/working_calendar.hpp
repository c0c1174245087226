#pragma once
// The working days of a Vietnamese state office: Monday to Friday, less the public holidays and
// Tết days the government announces each year, plus the weekend days it makes working days in
// exchange ("làm bù"). The date a result is due ("ngày hẹn trả kết quả") is counted in these.
#include <chrono>
#include <optional>
#include <vector>

namespace kiosk {

class WorkingCalendar {
public:
    WorkingCalendar() = default;  // Monday to Friday, no holidays known
    WorkingCalendar(std::vector<std::chrono::sys_days> daysOff,
                    std::vector<std::chrono::sys_days> makeUpDays);

    bool isWorkingDay(std::chrono::sys_days day) const;

    // The day a procedure with a time limit of `workingDays` is due when received on `day` at
    // `hour` o'clock local time. Counting starts on the first working day from `day`; a limit of
    // 0 is that same day, or the next working day when received on a working day at 15:00 or
    // later (the rule the civil-status and certification decrees state).
    std::chrono::sys_days dueDate(std::chrono::sys_days day, int hour, int workingDays) const;

    // The last day off written down, so staff can see how far ahead the calendar reaches.
    std::optional<std::chrono::sys_days> lastDayOff() const;

private:
    std::vector<std::chrono::sys_days> m_daysOff;     // sorted
    std::vector<std::chrono::sys_days> m_makeUpDays;  // sorted
};

}  // namespace kiosk
