#include "kiosk/desk/due_state.hpp"

#include <algorithm>
#include <optional>

namespace kiosk::desk {

int workingDaysAfter(const WorkingCalendar& calendar, std::chrono::sys_days from, std::chrono::sys_days to) {
    int count = 0;
    for (auto day = from + std::chrono::days{1}; day <= to; day += std::chrono::days{1}) {
        if (calendar.isWorkingDay(day)) ++count;
    }
    return count;
}

int citizenWaitingDays(const FilingRecord& record, const WorkingCalendar& calendar, std::chrono::sys_days until) {
    int waited = 0;
    std::optional<std::chrono::sys_days> since;  // the wait under way
    for (const auto& change : record.history) {
        const auto day = std::min(dayOf(change.at), until);
        if (since && !needsCitizen(change.toStatus)) {
            waited += workingDaysAfter(calendar, *since, day);
            since.reset();
        } else if (!since && needsCitizen(change.toStatus)) {
            since = day;
        }
    }
    if (since) waited += workingDaysAfter(calendar, *since, until);
    return waited;
}

DueState dueState(const FilingRecord& record, std::chrono::sys_days today, const WorkingCalendar& calendar) {
    using Kind = DueState::Kind;
    if (isFinal(record.status) || record.status == "approved") return {Kind::Closed, 0};
    if (needsCitizen(record.status)) return {Kind::WithCitizen, 0};
    if (!record.dueAt) return {Kind::NoDueDate, 0};
    const auto due = dayOf(*record.dueAt);
    if (today < due) return {Kind::OnTime, 0};
    const int waited = citizenWaitingDays(record, calendar, today);
    const int late = workingDaysAfter(calendar, due, today) - waited;
    if (late > 0) return {Kind::Late, late};
    // 0: on the due day (moved on by the waits), or past a due day that fell on a day off with no
    // working day since.
    return {late == 0 ? Kind::DueToday : Kind::OnTime, 0};
}

}  // namespace kiosk::desk
