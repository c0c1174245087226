#pragma once
// Where an open filing stands against its due date, counted in working days on the commune's
// working calendar (weekends, holidays and make-up days as base/working_calendar.hpp has them):
// what the desk colours the due date by.
#include <chrono>

#include "kiosk/base/working_calendar.hpp"
#include "kiosk/desk/filing_record.hpp"

namespace kiosk::desk {

// The working days d with from < d <= to (0 when to <= from): how many working days pass from
// the end of `from` to the end of `to`.
int workingDaysAfter(const WorkingCalendar& calendar, std::chrono::sys_days from, std::chrono::sys_days to);

// The working days the filing spent waiting for the citizen (a supplement to bring, a fee to
// pay) up to `until`: each wait runs from the day it was asked for to the day the filing moved
// on (or `until`), and counts the working days after its first day. The 766 rules do not count
// this time against the office.
int citizenWaitingDays(const FilingRecord& record, const WorkingCalendar& calendar, std::chrono::sys_days until);

struct DueState {
    enum class Kind {
        NoDueDate,    // not received yet, or no date given
        Closed,       // final, or approved and waiting to be handed back: no longer counted
        WithCitizen,  // waiting for a supplement or a fee: the office's clock is stopped
        OnTime,
        DueToday,
        Late,
    };
    Kind kind = Kind::NoDueDate;
    int lateWorkingDays = 0;  // Late: working days since the due date (at least 1)
    bool operator==(const DueState&) const = default;
};

// The state of `record` on `today`. A filing whose due day has passed is late by the working
// days after it less the days it waited for the citizen, so one due on a Friday is late by 1 on
// Monday, not 3, and one that waited two days for a supplement is due two working days later.
DueState dueState(const FilingRecord& record, std::chrono::sys_days today, const WorkingCalendar& calendar);

}  // namespace kiosk::desk
